package id.go.bnn.pasarbersinar.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ShopAddressTest {

    @Test
    void a_path_is_resolved_with_one_slash_whether_or_not_the_setting_or_the_path_has_one() {
        for (String configured : new String[] {"https://pasarbersinar.example", "https://pasarbersinar.example/", " https://pasarbersinar.example// "}) {
            ShopAddress address = ShopAddress.of(configured);
            assertThat(address.value()).as(configured).isEqualTo("https://pasarbersinar.example");
            assertThat(address.resolve("mitra/produk/7")).isEqualTo("https://pasarbersinar.example/mitra/produk/7");
            assertThat(address.resolve("/mitra/keuangan?stripe=return")).isEqualTo("https://pasarbersinar.example/mitra/keuangan?stripe=return");
        }
    }

    @Test
    void a_port_and_a_path_of_the_shop_are_kept() {
        ShopAddress address = ShopAddress.of("http://127.0.0.1:8118/pasar/");
        assertThat(address.resolve("pesanan/PB-1")).isEqualTo("http://127.0.0.1:8118/pasar/pesanan/PB-1");
        assertThat(address).hasToString("http://127.0.0.1:8118/pasar");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"pasarbersinar.example", "ftp://pasarbersinar.example", "https://", "https://pasarbersinar.example/?a=1",
            "https://pasarbersinar.example/#top", "https://user@pasarbersinar.example", "https://pasar bersinar.example", "javascript:alert(1)"})
    void anything_but_an_http_address_with_a_host_is_refused_with_a_message_naming_the_setting(String configured) {
        assertThatThrownBy(() -> ShopAddress.of(configured))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pasar.base-url (PASAR_BASE_URL) must be the shop's public address, such as https://pasarbersinar.id");
    }
}
