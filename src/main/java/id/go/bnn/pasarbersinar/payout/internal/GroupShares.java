package id.go.bnn.pasarbersinar.payout.internal;

import id.go.bnn.pasarbersinar.order.GroupShareEstimate;
import id.go.bnn.pasarbersinar.payout.CommissionRate;
import id.go.bnn.pasarbersinar.payout.Commissions;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The order module's {@link GroupShareEstimate}, computed as {@link EarningsPosting} credits a paid parcel: per line the
 * commission at the group's (else the category's, else the platform's) rate, rounded half up; a difference between the
 * lines and the items total is one more line at the group's rate; the group gets items − commission + shipping.
 */
@Component
class GroupShares implements GroupShareEstimate {

    private final Commissions commissions;

    GroupShares(Commissions commissions) {
        this.commissions = commissions;
    }

    @Override
    public Money shareOf(long groupId, List<ShareLine> lines, Money itemsTotal, Money shipping, Instant at) {
        long commission = 0;
        long linesTotal = 0;
        for (ShareLine line : lines) {
            CommissionRate rate = commissions.rateAt(groupId, line.categoryCode(), at);
            linesTotal = Math.addExact(linesTotal, line.total().rupiah());
            commission = Math.addExact(commission, rate.commissionOf(line.total().rupiah()));
        }
        long rest = itemsTotal.rupiah() - linesTotal;
        if (rest != 0) {
            commission = Math.addExact(commission, commissions.rateAt(groupId, null, at).commissionOf(rest));
        }
        return Money.rupiah(itemsTotal.rupiah() - commission + shipping.rupiah());
    }
}
