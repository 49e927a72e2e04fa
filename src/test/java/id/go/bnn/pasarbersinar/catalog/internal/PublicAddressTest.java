package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Without PASAR_BASE_URL, robots.txt and the sitemap are built from the request's host: then nothing may cache them. */
@SpringBootTest
class PublicAddressTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void answers_built_from_the_requests_host_are_never_cached() throws Exception {
        var response = MockMvcBuilders.webAppContextSetup(context).build()
                .perform(get("http://untrusted.example/robots.txt")).andReturn().getResponse();
        assertThat(response.getContentAsString()).contains("Sitemap: http://untrusted.example/sitemap.xml");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }
}
