package id.go.bnn.pasarbersinar.payout.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoTransfersChoiceTest {

    @Test
    void demo_transfers_stand_in_for_stripe_in_the_demo_without_a_key_only() {
        assertThat(DemoTransfers.NoStripeKey.wanted(new MockEnvironment().withProperty("pasar.demo.enabled", "true"))).isTrue();
        assertThat(DemoTransfers.NoStripeKey.wanted(new MockEnvironment().withProperty("pasar.demo.enabled", "false"))).isFalse();
        assertThat(DemoTransfers.NoStripeKey.wanted(new MockEnvironment())).isFalse();
        assertThat(DemoTransfers.NoStripeKey.wanted(new MockEnvironment().withProperty("pasar.demo.enabled", "true")
                .withProperty("pasar.payout.stripe.secret-key", "sk_test_x"))).isFalse();
    }
}
