package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.payout.internal.CommissionStore;
import id.go.bnn.pasarbersinar.payout.internal.PayoutProperties;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's commission: a rate from the setting {@code pasar.payout.commission-percent} until an administrator
 * sets one, overridable per category and per group (a group's override wins over its category's). The rate in force
 * when an order was paid is stored with its commission, so later changes never touch past earnings.
 */
@Service
@Transactional
public class Commissions {

    private final CommissionStore store;
    private final PayoutProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Commissions(CommissionStore store, PayoutProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** An override in force: scope CATEGORY (key = category code) or GROUP (key = group id). */
    public record Override(String scope, String key, CommissionRate rate, Instant setAt) {
    }

    public record Settings(CommissionRate platform, List<Override> overrides) {
    }

    /** The rate for one line of a group's parcel at a moment: the group's override, else the category's, else the platform's. */
    @Transactional(readOnly = true)
    public CommissionRate rateAt(long groupId, String categoryCode, Instant at) {
        return store.rateAt(CommissionStore.GROUP, Long.toString(groupId), at)
                .or(() -> categoryCode == null ? java.util.Optional.empty() : store.rateAt(CommissionStore.CATEGORY, categoryCode, at))
                .or(() -> store.rateAt(CommissionStore.PLATFORM, "", at))
                .map(CommissionRate::new)
                .orElseGet(() -> new CommissionRate(properties.commissionBasisPoints()));
    }

    @Transactional(readOnly = true)
    public Settings settings() {
        Caller.current().requireAdmin("commission settings");
        Instant now = clock.instant();
        CommissionRate platform = store.rateAt(CommissionStore.PLATFORM, "", now).map(CommissionRate::new)
                .orElseGet(() -> new CommissionRate(properties.commissionBasisPoints()));
        List<Override> overrides = store.current().stream().filter(row -> !row.scope().equals(CommissionStore.PLATFORM))
                .map(row -> new Override(row.scope(), row.scopeKey(), new CommissionRate(row.rateBp()), row.setAt())).toList();
        return new Settings(platform, overrides);
    }

    public void setPlatformRate(CommissionRate rate) {
        record(CommissionStore.PLATFORM, "", rate);
    }

    /** Sets (or with null removes) the override of a category. */
    public void setCategoryRate(String categoryCode, CommissionRate rate) {
        if (categoryCode == null || !categoryCode.matches("[a-z0-9-]{1,40}")) {
            throw new PayoutException("payout.error.category");
        }
        record(CommissionStore.CATEGORY, categoryCode, rate);
    }

    /** Sets (or with null removes) the override of a group. */
    public void setGroupRate(GroupId group, CommissionRate rate) {
        record(CommissionStore.GROUP, Long.toString(group.value()), rate);
    }

    private void record(String scope, String key, CommissionRate rate) {
        Caller caller = Caller.current();
        caller.requireAdmin("commission rates");
        if (scope.equals(CommissionStore.PLATFORM) && rate == null) {
            throw new PayoutException("payout.error.rate-format");
        }
        Instant now = clock.instant();
        String before = store.rateAt(scope, key, now).map(bp -> new CommissionRate(bp).percent()).orElse("-");
        store.set(scope, key, rate == null ? null : rate.basisPoints(), caller.accountId(), now);
        events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null, "commission-rate",
                scope + (key.isEmpty() ? "" : ":" + key), rate == null ? "remove" : "set", before, rate == null ? "-" : rate.percent(), now));
    }
}
