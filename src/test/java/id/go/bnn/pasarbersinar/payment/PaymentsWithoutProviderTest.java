package id.go.bnn.pasarbersinar.payment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.payment.internal.PaymentProperties;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProviders;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentsWithoutProviderTest {

    /** What a shop without Stripe key and without the demo switch has: a provider that is not there. */
    private static final PaymentProvider ABSENT = new PaymentProvider() {
        @Override
        public String name() {
            return "NONE";
        }

        @Override
        public boolean isDemo() {
            return false;
        }

        @Override
        public boolean available() {
            return false;
        }

        @Override
        public OpenedSession open(CheckoutRequest request, int attempt, String idempotencyKey, Instant expiresAt) {
            throw new AssertionError("an absent provider is never asked");
        }

        @Override
        public SessionState lookup(String sessionId) {
            throw new AssertionError("an absent provider is never asked");
        }

        @Override
        public SessionState expire(String sessionId, String idempotencyKey) {
            throw new AssertionError("an absent provider is never asked");
        }

        @Override
        public RefundState refund(String refundId, String orderNumber, String paymentReference, Money amount, String idempotencyKey) {
            throw new AssertionError("an absent provider is never asked");
        }

        @Override
        public RefundState refundStatus(String providerRefundId) {
            throw new AssertionError("an absent provider is never asked");
        }
    };

    @Test
    void checkout_is_refused_as_unavailable_before_anything_is_recorded() {
        // No store: recording an attempt would fail with a NullPointerException instead.
        Payments payments = new Payments(PaymentProviders.of(ABSENT), null, null, null, new PaymentProperties(null, null), Clock.systemUTC());

        assertThatThrownBy(() -> payments.startCheckout(Orders.twoParcels(Orders.newOrderNumber())))
                .isInstanceOf(PaymentUnavailableException.class);
    }
}
