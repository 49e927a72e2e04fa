package id.go.bnn.pasarbersinar;

import id.go.bnn.pasarbersinar.shared.ShopAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop's public address, read and checked once at start-up: a wrong {@code PASAR_BASE_URL} stops the start. */
@Configuration(proxyBeanMethods = false)
class ShopAddressConfiguration {

    @Bean
    ShopAddress shopAddress(@Value("${pasar.base-url:http://localhost:${server.port:8080}}") String configured) {
        return ShopAddress.of(configured);
    }
}
