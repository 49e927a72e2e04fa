package id.go.bnn.pasarbersinar.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Vaadin sends browsers it cannot run to ?v-r=oldbrowser: they get a page that says so, not a 500. */
class OldBrowserPageTest {

    @Test
    void an_old_browser_gets_a_page_that_says_so() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setParameter("v-r", "oldbrowser");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new OldBrowserPage().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("Peramban Anda terlalu lama", "Your browser is too old").doesNotContain("<script");
        assertThat(chain.getRequest()).as("not passed on to Vaadin").isNull();
    }
}
