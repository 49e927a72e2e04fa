package id.go.bnn.pasarbersinar.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The first page's inline scripts (Vaadin's initial UI state) cannot be ended by text inside them. */
class InlineScriptsTest {

    private static final String PAYLOAD = "</script><img src=x onerror=alert(1)>";

    @Test
    void text_in_the_initial_ui_state_cannot_end_its_script() {
        Document page = Jsoup.parse("<html><head></head><body></body></html>");
        page.head().appendElement("script").attr("initial", "")
                .appendChild(new DataNode("window.Vaadin.TypeScript = {\"value\":\"" + PAYLOAD + " <!-- x\"};"));

        InlineScripts.secure(page, "abc123");

        String html = page.html();
        assertThat(html).doesNotContain(PAYLOAD).contains("<\\/script><img src=x onerror=alert(1)>").contains("<\\!-- x");
        Document reparsed = Jsoup.parse(html);
        assertThat(reparsed.select("img")).as("no element escapes the script").isEmpty();
        assertThat(reparsed.selectFirst("script").attr("nonce")).isEqualTo("abc123");
    }

    @Test
    void the_policy_allows_only_scripts_with_the_nonce_and_connections_to_the_shop() {
        String policy = ContentSecurityPolicy.policy("n0nce");
        assertThat(policy).contains("script-src 'self' 'nonce-n0nce' 'unsafe-eval';", "connect-src 'self';", "script-src-attr 'none'")
                .doesNotContain("ws:", "wss:", "script-src 'self' 'unsafe-inline'");
    }
}
