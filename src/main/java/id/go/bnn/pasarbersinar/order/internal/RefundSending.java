package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.payment.PaymentUnavailableException;
import id.go.bnn.pasarbersinar.payment.Payments;
import id.go.bnn.pasarbersinar.payment.RefundRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a claimed refund to the provider, after the claim committed. A provider out of reach leaves it requested (the
 * retry job sends it again); a refusal gives the claim back, runs {@code onRefused} in the same transaction and says so.
 */
@Component
public class RefundSending {

    private static final Logger log = LoggerFactory.getLogger(RefundSending.class);

    private final Payments payments;
    private final RefundClaims claims;
    private final TransactionTemplate transaction;

    RefundSending(Payments payments, RefundClaims claims, TransactionTemplate transaction) {
        this.payments = payments;
        this.claims = claims;
        this.transaction = transaction;
    }

    public void send(RefundRequest request, Runnable onRefused) {
        try {
            payments.refund(request);
        } catch (PaymentUnavailableException later) {
            log.warn("Refund {} of order {} could not reach the provider; it is sent again later", request.refundId(), request.orderNumber(), later);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            log.error("Refund {} of order {} was refused: {}", request.refundId(), request.orderNumber(), refused.getMessage());
            transaction.executeWithoutResult(status -> {
                claims.fail(request.refundId());
                onRefused.run();
            });
            throw new OrderException("order.refund.error.refused");
        }
    }
}
