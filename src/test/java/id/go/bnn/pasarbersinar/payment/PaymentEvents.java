package id.go.bnn.pasarbersinar.payment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Records the payment module's events as they are published, for tests to count them per order. */
@TestComponent
public class PaymentEvents {

    private final List<Object> published = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PaymentSucceeded event) {
        published.add(event);
    }

    @EventListener
    void on(PaymentFailed event) {
        published.add(event);
    }

    @EventListener
    void on(RefundSettled event) {
        published.add(event);
    }

    @EventListener
    void on(PaymentFeeCharged event) {
        published.add(event);
    }

    @EventListener
    void on(QrisChargePaid event) {
        published.add(event);
    }

    public List<QrisChargePaid> qrisPaid(String chargeKey) {
        return published.stream().filter(QrisChargePaid.class::isInstance).map(QrisChargePaid.class::cast)
                .filter(e -> e.chargeKey().equals(chargeKey)).toList();
    }

    public List<PaymentFeeCharged> fees(String orderNumber) {
        return published.stream().filter(PaymentFeeCharged.class::isInstance).map(PaymentFeeCharged.class::cast)
                .filter(e -> e.orderNumber().equals(orderNumber)).toList();
    }

    public List<PaymentSucceeded> succeeded(String orderNumber) {
        return published.stream().filter(PaymentSucceeded.class::isInstance).map(PaymentSucceeded.class::cast)
                .filter(e -> e.orderNumber().equals(orderNumber)).toList();
    }

    public List<PaymentFailed> failed(String orderNumber) {
        return published.stream().filter(PaymentFailed.class::isInstance).map(PaymentFailed.class::cast)
                .filter(e -> e.orderNumber().equals(orderNumber)).toList();
    }

    public List<RefundSettled> refunds(String orderNumber) {
        return published.stream().filter(RefundSettled.class::isInstance).map(RefundSettled.class::cast)
                .filter(e -> e.orderNumber().equals(orderNumber)).toList();
    }

    /** Everything published about an order, in order. */
    public List<Object> about(String orderNumber) {
        return published.stream().filter(e -> switch (e) {
            case PaymentSucceeded s -> s.orderNumber().equals(orderNumber);
            case PaymentFailed f -> f.orderNumber().equals(orderNumber);
            case RefundSettled r -> r.orderNumber().equals(orderNumber);
            default -> false;
        }).toList();
    }
}
