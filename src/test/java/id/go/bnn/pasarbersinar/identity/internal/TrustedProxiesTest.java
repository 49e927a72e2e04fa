package id.go.bnn.pasarbersinar.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.boot.test.context.SpringBootTest;

/** X-Forwarded-For is believed from configured proxies only: by default loopback, never any private address. */
@SpringBootTest
class TrustedProxiesTest {

    @Autowired
    Environment environment;

    @Test
    void forwarded_headers_are_trusted_from_loopback_only_by_default() {
        String proxies = environment.getProperty("server.tomcat.remoteip.internal-proxies");
        assertThat(proxies).isNotBlank();
        assertThat("127.0.0.1").matches(proxies);
        assertThat("0:0:0:0:0:0:0:1").matches(proxies);
        assertThat("10.0.0.7").doesNotMatch(proxies);
        assertThat("192.168.1.20").doesNotMatch(proxies);
        assertThat("172.16.0.3").doesNotMatch(proxies);
    }
}
