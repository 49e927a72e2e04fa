package id.go.bnn.pasarbersinar.payout.internal;

import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_AVAILABLE;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_PENDING;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.PLATFORM;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.PLATFORM_BUYER_PAYMENTS;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.PLATFORM_COMMISSION;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.PLATFORM_DISPUTE_COSTS;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.PLATFORM_REFUNDS;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.PLATFORM_SHIPPING_PASSED_THROUGH;

import id.go.bnn.pasarbersinar.order.FulfilmentDelivered;
import id.go.bnn.pasarbersinar.order.FulfilmentRefunded;
import id.go.bnn.pasarbersinar.order.OrderPaid;
import id.go.bnn.pasarbersinar.order.OrderPaid.PaidFulfilment;
import id.go.bnn.pasarbersinar.order.OrderPaid.PaidLine;
import id.go.bnn.pasarbersinar.payout.CommissionRate;
import id.go.bnn.pasarbersinar.payout.Commissions;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore.Entry;
import id.go.bnn.pasarbersinar.payout.internal.PayoutFulfilmentStore.Fulfilment;
import id.go.bnn.pasarbersinar.payout.internal.PayoutFulfilmentStore.Line;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the order events into ledger transactions, each once (its source key): a paid parcel credits the group's
 * pending earnings with items − commission + shipping; delivery plus the holding period moves them to available; a
 * refund debits them (pending if not released yet, else available, which may then go negative and is carried into
 * the next payout) and gives the commission on the refunded items back; a refund a curator put at the platform's cost
 * is the platform's expense and leaves the group's balance as it was.
 */
@Component
@Transactional
public class EarningsPosting {

    private final LedgerStore ledger;
    private final Commissions commissions;
    private final PayoutProperties properties;
    private final PayoutFulfilmentStore fulfilments;
    private final Clock clock;

    EarningsPosting(LedgerStore ledger, Commissions commissions, PayoutProperties properties, PayoutFulfilmentStore fulfilments, Clock clock) {
        this.ledger = ledger;
        this.commissions = commissions;
        this.properties = properties;
        this.fulfilments = fulfilments;
        this.clock = clock;
    }

    public void paid(OrderPaid order) {
        for (PaidFulfilment fulfilment : order.fulfilments()) {
            paid(order, fulfilment);
        }
    }

    private void paid(OrderPaid order, PaidFulfilment fulfilment) {
        String key = "paid:" + fulfilment.fulfilmentId();
        if (ledger.isPosted(key)) {
            return;
        }
        long group = fulfilment.groupId();
        long items = fulfilment.items().rupiah();
        long shipping = fulfilment.shipping().rupiah();
        List<Line> lines = new ArrayList<>();
        long linesTotal = 0;
        for (PaidLine paid : fulfilment.lines()) {
            CommissionRate rate = commissions.rateAt(group, paid.categoryCode(), order.paidAt());
            long total = paid.total().rupiah();
            linesTotal = Math.addExact(linesTotal, total);
            lines.add(new Line(paid.productId(), paid.categoryCode(), paid.quantity(), paid.unitPrice().rupiah(), total, rate, rate.commissionOf(total),
                    paid.title()));
        }
        if (linesTotal != items) {
            // The parcel's items total is what the buyer paid; a difference to its lines (a discount, say) is one line more.
            CommissionRate rate = commissions.rateAt(group, null, order.paidAt());
            long rest = items - linesTotal;
            lines.add(new Line(0, null, 1, rest, rest, rate, rate.commissionOf(rest), null));
        }
        long commission = lines.stream().mapToLong(Line::commission).sum();
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.of(PLATFORM_BUYER_PAYMENTS, PLATFORM, -items, "items").forFulfilment(fulfilment.fulfilmentId()));
        entries.add(Entry.of(PLATFORM_SHIPPING_PASSED_THROUGH, PLATFORM, -shipping, "shipping").forFulfilment(fulfilment.fulfilmentId()));
        for (Line line : lines) {
            entries.add(Entry.of(PLATFORM_COMMISSION, PLATFORM, line.commission(), "commission")
                    .forFulfilment(fulfilment.fulfilmentId()).atRate(line.rate().basisPoints()));
        }
        entries.add(Entry.of(GROUP_PENDING, group, items - commission, "items").forFulfilment(fulfilment.fulfilmentId()));
        entries.add(Entry.of(GROUP_PENDING, group, shipping, "shipping").forFulfilment(fulfilment.fulfilmentId()));
        ledger.post(key, "paid", "Order " + order.orderNumber() + " paid", entries, order.paidAt(), null);
        fulfilments.insertPaid(fulfilment.fulfilmentId(), group, order.orderNumber(), order.paidAt(), items, shipping, commission, lines);
    }

    /** Notes the delivery; earnings become available once the holding period has passed (at once when it is zero). */
    public void delivered(FulfilmentDelivered delivered) {
        requireKnown(delivered.fulfilmentId());
        fulfilments.markDelivered(delivered.fulfilmentId(), delivered.deliveredAt());
        releaseIfDue(delivered.fulfilmentId(), clock.instant());
    }

    public void refunded(FulfilmentRefunded refund) {
        String key = "refund:" + refund.refundId();
        if (ledger.isPosted(key)) {
            return;
        }
        Fulfilment f = lock(refund.fulfilmentId());
        if (refund.platformCost()) {
            // The platform's expense: the group keeps what it earned and the commission stays, so the parcel's
            // refunded figures (which later refunds at the group's cost share the commission by) do not move.
            ledger.post(key, "refund", "Refund " + refund.refundId() + " of order " + refund.orderNumber() + " at the platform's cost", List.of(
                    Entry.of(PLATFORM_REFUNDS, PLATFORM, refund.total().rupiah(), "refund").forFulfilment(f.id()),
                    Entry.of(PLATFORM_DISPUTE_COSTS, PLATFORM, -refund.total().rupiah(), "dispute at the platform's cost").forFulfilment(f.id())),
                    refund.refundedAt(), null);
            return;
        }
        long refundedItems = refund.items().rupiah();
        long refundedShipping = refund.shipping().rupiah();
        long commissionLeft = f.commission() - f.refundedCommission();
        long commissionBack;
        // Nothing of the items is left after this refund (a whole refund, a cancel, or the last of several partial
        // ones): all the commission left goes back, so no rounding remainder stays in an account nothing releases.
        boolean nothingLeft = refund.wholeFulfilment() || f.items() == 0 || f.refundedItems() + refundedItems >= f.items();
        if (nothingLeft) {
            commissionBack = commissionLeft;
        } else {
            // The share of the parcel's commission on the refunded items, rounded half up, never more than is left.
            long share = Math.addExact(Math.multiplyExact(Math.multiplyExact(refundedItems, f.commission()), 2L), f.items()) / (2 * f.items());
            commissionBack = Math.max(0, Math.min(commissionLeft, share));
        }
        var account = f.releasedAt() == null ? GROUP_PENDING : GROUP_AVAILABLE;
        List<Entry> entries = List.of(
                Entry.of(PLATFORM_REFUNDS, PLATFORM, refundedItems, "refund").forFulfilment(f.id()),
                // Booked apart so the group's statement shows what went back for items and for shipping.
                Entry.of(PLATFORM_REFUNDS, PLATFORM, refundedShipping, "refund shipping").forFulfilment(f.id()),
                Entry.of(PLATFORM_COMMISSION, PLATFORM, -commissionBack, "commission back").forFulfilment(f.id()),
                Entry.of(account, refund.groupId(), -(refundedItems - commissionBack + refundedShipping), "refund").forFulfilment(f.id()));
        ledger.post(key, "refund", "Refund " + refund.refundId() + " of order " + refund.orderNumber(), entries, refund.refundedAt(), null);
        fulfilments.addRefund(f.id(), refundedItems, refundedShipping, commissionBack);
    }

    /** Fulfilments whose holding period is over at this moment and that were not released yet. */
    @Transactional(readOnly = true)
    public List<Long> due(Instant now, int limit) {
        return fulfilments.deliveredUnreleased(now.minus(properties.holdingPeriod()), limit);
    }

    /** Moves what is left of a fulfilment's pending earnings to available, once, if its holding period is over. */
    public boolean releaseIfDue(long fulfilmentId, Instant now) {
        Fulfilment f = lock(fulfilmentId);
        if (f.releasedAt() != null || f.deliveredAt() == null || f.deliveredAt().plus(properties.holdingPeriod()).isAfter(now)) {
            return false;
        }
        long pending = ledger.balance(GROUP_PENDING, f.groupId(), fulfilmentId);
        ledger.post("release:" + fulfilmentId, "release", "Order " + f.orderNumber() + " payable after the holding period", List.of(
                Entry.of(GROUP_PENDING, f.groupId(), -pending, "release").forFulfilment(fulfilmentId),
                Entry.of(GROUP_AVAILABLE, f.groupId(), pending, "release").forFulfilment(fulfilmentId)), now, null);
        fulfilments.markReleased(fulfilmentId, now);
        return true;
    }

    private void requireKnown(long fulfilmentId) {
        lock(fulfilmentId);
    }

    /** The fulfilment's row, locked against a concurrent release or refund of the same parcel. */
    private Fulfilment lock(long fulfilmentId) {
        return fulfilments.lock(fulfilmentId)
                // Not paid yet as far as the ledger knows: the event is retried later (its publication stays incomplete).
                .orElseThrow(() -> new IllegalStateException("Fulfilment " + fulfilmentId + " is not in the ledger yet"));
    }
}
