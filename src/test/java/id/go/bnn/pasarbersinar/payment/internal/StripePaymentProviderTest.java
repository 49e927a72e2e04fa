package id.go.bnn.pasarbersinar.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StripePaymentProviderTest {

    private final StripePaymentProvider stripe = new StripePaymentProvider(new PaymentProperties.Stripe("sk_test_x", "", "http://localhost:1"));

    @Test
    void rupiah_are_sent_to_stripe_in_hundredths_because_idr_is_not_zero_decimal_there() {
        assertThat(StripePaymentProvider.minorUnits(Money.rupiah(55_000))).isEqualTo(5_500_000L);
        assertThat(StripePaymentProvider.fromMinorUnits(5_500_000L)).isEqualTo(Money.rupiah(55_000));
    }

    @Test
    void a_session_closes_no_sooner_than_stripe_allows_and_no_later_than_a_day() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(stripe.payableUntil(now.plus(Duration.ofMinutes(10)), now)).isEqualTo(now.plus(Duration.ofMinutes(31)));
        assertThat(stripe.payableUntil(now.plus(Duration.ofHours(2)), now)).isEqualTo(now.plus(Duration.ofHours(2)));
        assertThat(stripe.payableUntil(now.plus(Duration.ofDays(3)), now)).isEqualTo(now.plus(Duration.ofHours(24).minusMinutes(1)));
    }
}
