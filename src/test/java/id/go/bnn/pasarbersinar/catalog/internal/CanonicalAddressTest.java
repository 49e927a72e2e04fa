package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** With PASAR_BASE_URL set, a forged Host header never reaches the sitemap or robots.txt. */
@SpringBootTest(properties = "pasar.canonical-base-url=https://pasarbersinar.example/")
class CanonicalAddressTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void robots_and_sitemap_use_the_configured_address_whatever_the_host_header_says() throws Exception {
        var http = MockMvcBuilders.webAppContextSetup(context).build();
        var robots = http.perform(get("http://attacker.example/robots.txt")).andReturn().getResponse();
        assertThat(robots.getContentAsString()).contains("Sitemap: https://pasarbersinar.example/sitemap.xml").doesNotContain("attacker");
        assertThat(robots.getHeader("Cache-Control")).contains("max-age=3600");
        var sitemap = http.perform(get("http://attacker.example/sitemap.xml")).andReturn().getResponse();
        assertThat(sitemap.getContentAsString()).contains("https://pasarbersinar.example/sitemap/").doesNotContain("attacker");
    }
}
