package id.go.bnn.pasarbersinar.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void formats_rupiah_with_dots_between_thousands() {
        assertThat(Money.rupiah(150_000).format()).isEqualTo("Rp 150.000");
        assertThat(Money.rupiah(1_250_000).format()).isEqualTo("Rp 1.250.000");
        assertThat(Money.rupiah(950).format()).isEqualTo("Rp 950");
        assertThat(Money.rupiah(0).format()).isEqualTo("Rp 0");
        assertThat(Money.rupiah(-25_000).format()).isEqualTo("-Rp 25.000");
    }

    @Test
    void adds_and_multiplies_in_whole_rupiah() {
        assertThat(Money.rupiah(150_000).times(3).plus(Money.rupiah(20_000))).isEqualTo(Money.rupiah(470_000));
        assertThat(Money.rupiah(10).minus(Money.rupiah(25)).isNegative()).isTrue();
    }

    @Test
    void refuses_to_overflow_silently() {
        assertThatThrownBy(() -> Money.rupiah(Long.MAX_VALUE).plus(Money.rupiah(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.rupiah(Long.MAX_VALUE / 2).times(3)).isInstanceOf(ArithmeticException.class);
    }
}
