package id.go.bnn.pasarbersinar.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Every answer carries the content security policy with a nonce of its own, next to Spring Security's headers. */
@SpringBootTest
class ContentSecurityPolicyTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ContentSecurityPolicy policy;

    @Test
    void every_answer_has_a_policy_with_a_fresh_nonce_and_no_inline_handlers() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).addFilters(policy).apply(springSecurity()).build();
        String first = http.perform(get("/robots.txt")).andReturn().getResponse().getHeader("Content-Security-Policy");
        String second = http.perform(get("/robots.txt")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(first).contains("'nonce-", "connect-src 'self';", "frame-ancestors 'self'", "object-src 'none'")
                .doesNotContain("ws:", "'unsafe-inline' 'unsafe-eval'");
        assertThat(first).isNotEqualTo(second);
    }
}
