package id.go.bnn.pasarbersinar;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.shared.ShopAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The shop's address is read once at start-up, and a wrong one stops the start with a message naming the setting. */
class ShopAddressConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(ShopAddressConfiguration.class);

    @Test
    void the_setting_becomes_one_shop_address_without_its_trailing_slash() {
        runner.withPropertyValues("pasar.base-url=https://pasarbersinar.example/")
                .run(context -> assertThat(context.getBean(ShopAddress.class).resolve("mitra/produk/7"))
                        .isEqualTo("https://pasarbersinar.example/mitra/produk/7"));
    }

    @Test
    void without_the_setting_the_address_is_localhost_on_the_server_port() {
        runner.withPropertyValues("server.port=8118")
                .run(context -> assertThat(context.getBean(ShopAddress.class).value()).isEqualTo("http://localhost:8118"));
    }

    @Test
    void a_wrong_setting_stops_the_start_with_a_message_naming_it() {
        runner.withPropertyValues("pasar.base-url=pasarbersinar.example").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pasar.base-url (PASAR_BASE_URL) must be the shop's public address")
                    .hasMessageContaining("'pasarbersinar.example'");
        });
    }
}
