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

    private static final PaymentProperties.Midtrans MIDTRANS = new PaymentProperties.Midtrans("SB-Mid-server-x", "", "http://localhost:1",
            "http://localhost:1", null, null, null);

    private static PaymentProviders providers(PaymentProperties properties, boolean demo) {
        PaymentProvider primary = PaymentProviderConfiguration.choose(properties, null, demo);
        return new PaymentProviders(primary, properties.midtrans().configured()
                ? java.util.Optional.of(new MidtransPaymentProvider(properties.midtrans(), java.time.Clock.systemUTC())) : java.util.Optional.empty());
    }

    @Test
    void the_methods_offered_are_those_configured() {
        PaymentProperties both = new PaymentProperties(null, STRIPE_KEY.stripe(), MIDTRANS);
        PaymentProperties midtransOnly = new PaymentProperties(null, null, MIDTRANS);

        assertThat(providers(NO_KEY, false).availableMethods()).isEmpty();
        assertThat(providers(NO_KEY, true).availableMethods()).containsExactly(id.go.bnn.pasarbersinar.payment.PaymentMethod.values());
        assertThat(providers(STRIPE_KEY, true).availableMethods()).containsExactly(id.go.bnn.pasarbersinar.payment.PaymentMethod.CARD);
        assertThat(providers(midtransOnly, true).availableMethods()).doesNotContain(id.go.bnn.pasarbersinar.payment.PaymentMethod.CARD)
                .contains(id.go.bnn.pasarbersinar.payment.PaymentMethod.QRIS, id.go.bnn.pasarbersinar.payment.PaymentMethod.GOPAY,
                        id.go.bnn.pasarbersinar.payment.PaymentMethod.SHOPEEPAY, id.go.bnn.pasarbersinar.payment.PaymentMethod.BCA_VA,
                        id.go.bnn.pasarbersinar.payment.PaymentMethod.PERMATA_VA)
                .hasSize(8);
        assertThat(providers(both, false).availableMethods()).containsExactly(id.go.bnn.pasarbersinar.payment.PaymentMethod.values());
    }

    @Test
    void the_card_goes_to_stripe_the_other_methods_to_midtrans_and_each_session_back_to_its_provider() {
        PaymentProviders both = providers(new PaymentProperties(null, STRIPE_KEY.stripe(), MIDTRANS), false);
        PaymentProviders midtransOnly = providers(new PaymentProperties(null, null, MIDTRANS), true);

        assertThat(both.forMethod(id.go.bnn.pasarbersinar.payment.PaymentMethod.CARD).name()).isEqualTo("STRIPE");
        assertThat(both.forMethod(id.go.bnn.pasarbersinar.payment.PaymentMethod.QRIS).name()).isEqualTo("MIDTRANS");
        assertThat(both.forMethod(id.go.bnn.pasarbersinar.payment.PaymentMethod.MANDIRI_VA).name()).isEqualTo("MIDTRANS");
        assertThat(both.forMethod(null).name()).isEqualTo("STRIPE");
        assertThat(both.named("MIDTRANS").name()).isEqualTo("MIDTRANS");
        assertThat(both.named("STRIPE").name()).isEqualTo("STRIPE");
        assertThat(both.named("DEMO").available()).isFalse();
        // Midtrans configured: the demo provider is not used, even in the demo; no card without Stripe.
        assertThat(midtransOnly.isDemo()).isFalse();
        assertThat(midtransOnly.forMethod(null).name()).isEqualTo("MIDTRANS");
        assertThat(midtransOnly.forMethod(id.go.bnn.pasarbersinar.payment.PaymentMethod.CARD).available()).isFalse();
        assertThat(providers(STRIPE_KEY, false).forMethod(id.go.bnn.pasarbersinar.payment.PaymentMethod.GOPAY).available()).isFalse();
        assertThat(providers(NO_KEY, true).forMethod(id.go.bnn.pasarbersinar.payment.PaymentMethod.GOPAY).name()).isEqualTo("DEMO");
    }
}
