package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.catalog.Stock;
import id.go.bnn.pasarbersinar.order.FulfilmentRefunded;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.OrderPaid;
import id.go.bnn.pasarbersinar.order.OrderStatus;
import id.go.bnn.pasarbersinar.payment.PaymentFailed;
import id.go.bnn.pasarbersinar.payment.PaymentSucceeded;
import id.go.bnn.pasarbersinar.payment.Payments;
import id.go.bnn.pasarbersinar.payment.RefundRequest;
import id.go.bnn.pasarbersinar.payment.RefundSettled;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.StorefrontChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the payment module tells the orders. Every handler is idempotent: a duplicated, late or out-of-order event
 * finds the order moved already and changes nothing. The public {@code on…} methods are the handlers' bodies, for
 * the listeners and for tests that need the outcome synchronously.
 */
@Component
public class PaymentOutcomeListener {

    private static final Logger log = LoggerFactory.getLogger(PaymentOutcomeListener.class);

    private final OrderStore store;
    private final RefundStore refunds;
    private final OrderReleases releases;
    private final Stock stock;
    private final Payments payments;
    private final RefundClaims claims;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentOutcomeListener(OrderStore store, RefundStore refunds, OrderReleases releases, Stock stock, Payments payments,
            RefundClaims claims, ApplicationEventPublisher events, Clock clock) {
        this.claims = claims;
        this.store = store;
        this.refunds = refunds;
        this.releases = releases;
        this.stock = stock;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded event) {
        onPaymentSucceeded(event);
    }

    @ApplicationModuleListener
    void on(PaymentFailed event) {
        onPaymentFailed(event);
    }

    @ApplicationModuleListener
    void on(RefundSettled event) {
        onRefundSettled(event);
    }

    @Transactional
    public void onPaymentSucceeded(PaymentSucceeded event) {
        OrderStore.Head head = store.head(event.orderNumber()).orElse(null);
        if (head == null) {
            log.warn("Payment succeeded for unknown order {}; nothing to do here", event.orderNumber());
            return;
        }
        Instant now = clock.instant();
        if (head.status() == OrderStatus.AWAITING_PAYMENT && store.moveOrder(head.id(), OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, now)) {
            paid(head, now);
            return;
        }
        if (head.status() == OrderStatus.EXPIRED) {
            latePayment(head, now);
        }
        // PAID already: a duplicate, nothing changes.
    }

    /** The buyer paid after the reservation ran out: take the stock again if it is still there, else give the money back. */
    private void latePayment(OrderStore.Head head, Instant now) {
        List<OrderStore.LineQuantity> lines = store.linesOfOrder(head.id());
        Map<Long, LocalizedText> titles = store.lineTitles(head.id());
        Map<Long, Integer> byVariant = new TreeMap<>();
        lines.forEach(line -> byVariant.merge(line.variantId(), line.quantity(), Integer::sum));
        List<Map.Entry<Long, Integer>> taken = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : byVariant.entrySet()) {
            if (!stock.reserve(entry.getKey(), entry.getValue())) {
                taken.forEach(done -> stock.release(done.getKey(), done.getValue()));
                refundLatePayment(head);
                return;
            }
            taken.add(entry);
        }
        if (!store.moveOrder(head.id(), OrderStatus.EXPIRED, OrderStatus.PAID, now)) {
            taken.forEach(done -> stock.release(done.getKey(), done.getValue()));
            return;
        }
        store.reopenCancelledFulfilments(head.id());
        log.info("Order {} was paid after its reservation ran out; the stock was still there and is taken again", head.number());
        paid(head, now);
    }

    private void refundLatePayment(OrderStore.Head head) {
        log.warn("Order {} was paid after its reservation ran out and the stock is gone; the payment is refunded", head.number());
        RefundRequest refund = new RefundRequest("late-" + head.number(), head.number(), head.total(), "reservation expired, sold out");
        // The provider is called once our state is committed; its answer arrives as RefundSettled.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                payments.refund(refund);
            }
        });
    }

    private void paid(OrderStore.Head head, Instant now) {
        List<OrderStore.FulfilmentRef> fulfilments = store.fulfilments(head.id());
        List<OrderStore.LineQuantity> lines = store.linesOfOrder(head.id());
        Map<Long, LocalizedText> titles = store.lineTitles(head.id());
        List<OrderPaid.PaidFulfilment> paid = new ArrayList<>();
        for (OrderStore.FulfilmentRef f : fulfilments) {
            store.moveFulfilment(f.id(), FulfilmentStatus.AWAITING_PAYMENT, FulfilmentStatus.PAID);
            String programme = store.programmeCode(f.id());
            paid.add(new OrderPaid.PaidFulfilment(f.id(), f.groupId(), f.provinceCode(), programme, f.items(), f.shipping(),
                    lines.stream().filter(line -> line.fulfilmentId() == f.id())
                            .map(line -> new OrderPaid.PaidLine(line.productId(), line.variantId(), line.categoryCode(), line.quantity(),
                                    line.unitPrice(), titles.get(line.lineId())))
                            .toList()));
        }
        lines.forEach(line -> stock.countSales(line.productId(), line.quantity()));
        events.publishEvent(new OrderPaid(head.number(), now, head.total(), paid));
        // The impact page (/dampak) counts it: its cached copy goes.
        events.publishEvent(StorefrontChanged.lists());
    }

    @Transactional
    public void onPaymentFailed(PaymentFailed event) {
        if (!releases.expire(event.orderNumber(), event.reason())) {
            log.info("Payment of order {} failed ({}), but the order was not waiting for it any more", event.orderNumber(), event.reason());
        }
    }

    /** Settles a refund the order module asked for; unknown refund ids (a late payment's refund) only get logged. */
    @Transactional
    public void onRefundSettled(RefundSettled event) {
        Long fulfilmentId = refunds.open(event.refundId()).map(RefundStore.OpenRefund::fulfilmentId).orElse(null);
        if (fulfilmentId == null) {
            log.info("Refund {} of order {} settled (succeeded: {}); nothing open for it here", event.refundId(), event.orderNumber(),
                    event.succeeded());
            return;
        }
        if (!event.succeeded()) {
            // The quantities and the shipping were claimed when the refund was asked for; they are refundable again.
            claims.fail(event.refundId());
            return;
        }
        // Refunds of one parcel take their turn (the same lock their claims took).
        store.lockFulfilment(fulfilmentId);
        RefundStore.OpenRefund refund = refunds.open(event.refundId()).orElse(null);
        Instant now = clock.instant();
        if (refund == null || !refunds.markSucceeded(event.refundId(), now)) {
            return;
        }
        List<RefundStore.RefundedLine> lines = refunds.refundedLines(event.refundId());
        Money items = refund.items();
        Money shipping = refund.shipping();
        boolean whole = refund.whole();
        if (refund.restock()) {
            lines.forEach(line -> stock.release(line.variantId(), line.quantity()));
        }
        refunds.addRefunded(fulfilmentId, items.plus(shipping));
        OrderStore.FulfilmentRef f = store.fulfilment(fulfilmentId).orElseThrow();
        if (whole && f.status().canMoveTo(FulfilmentStatus.REFUNDED)) {
            store.moveFulfilment(fulfilmentId, f.status(), FulfilmentStatus.REFUNDED);
        }
        events.publishEvent(new FulfilmentRefunded(event.refundId(), f.orderNumber(), fulfilmentId, f.groupId(), items, shipping,
                whole, now, refund.platformCost()));
        // The impact page (/dampak) counts it: its cached copy goes.
        events.publishEvent(StorefrontChanged.lists());
    }
}
