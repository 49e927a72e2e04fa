package id.go.bnn.pasarbersinar.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.payment.Orders;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentProviderChoiceTest {

    private static final PaymentProperties NO_KEY = new PaymentProperties(null, null);
    private static final PaymentProperties STRIPE_KEY = new PaymentProperties(null, new PaymentProperties.Stripe("sk_test_x", "", "http://localhost:1"));

    @Test
    void without_a_stripe_key_and_without_the_demo_switch_no_provider_takes_payments_and_the_demo_one_is_not_offered() {
        PaymentProvider provider = PaymentProviderConfiguration.choose(NO_KEY, null, false);

        assertThat(provider.isDemo()).isFalse();
        assertThat(provider.available()).isFalse();
        assertThatThrownBy(() -> provider.open(Orders.twoParcels(Orders.newOrderNumber()), 1, "key", Instant.now()))
                .isInstanceOfSatisfying(PaymentProviderException.class, refused -> assertThat(refused.definitive()).isFalse());
    }

    @Test
    void the_demo_switch_brings_the_demo_provider_and_a_stripe_key_wins_over_it() {
        assertThat(PaymentProviderConfiguration.choose(NO_KEY, null, true).isDemo()).isTrue();
        PaymentProvider stripe = PaymentProviderConfiguration.choose(STRIPE_KEY, null, true);
        assertThat(stripe.isDemo()).isFalse();
        assertThat(stripe.available()).isTrue();
        assertThat(stripe.name()).isEqualTo("STRIPE");
    }
}
