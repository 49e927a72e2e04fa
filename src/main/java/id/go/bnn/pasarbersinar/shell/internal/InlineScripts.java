package id.go.bnn.pasarbersinar.shell.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Makes the first page's inline scripts safe, on every page at once. With {@code vaadin.eagerServerLoad=true} Vaadin
 * writes the first view's whole state (every text it shows, including what a visitor typed or a search term from the
 * address) into an inline {@code <script>}, as JSON that jsoup does not escape: a text containing {@code </script>}
 * would end the script and start markup. Here, after Vaadin has built the page, every inline script gets {@code </}
 * written as {@code <\/} and {@code <!--} as {@code <\!--} (the same string to JavaScript, never the end of the
 * element to the HTML parser), and every script gets the request's CSP nonce ({@link ContentSecurityPolicy}).
 */
@Component
class InlineScripts implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(InlineScripts::secure);
    }

    static void secure(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        Object nonce = request == null ? null : request.getAttribute(ContentSecurityPolicy.NONCE_ATTRIBUTE);
        secure(response.getDocument(), nonce == null ? null : nonce.toString());
    }

    static void secure(Document document, String nonce) {
        for (Element script : document.select("script")) {
            for (DataNode data : script.dataNodes()) {
                data.setWholeData(escape(data.getWholeData()));
            }
            if (nonce != null) {
                script.attr("nonce", nonce);
            }
        }
    }

    /** Text inside a script that can no longer end it or open an HTML comment; JavaScript reads it unchanged. */
    static String escape(String script) {
        return script.replace("</", "<\\/").replace("<!--", "<\\!--");
    }
}
