package id.go.bnn.pasarbersinar.reporting;

import id.go.bnn.pasarbersinar.catalog.StorefrontImpact;
import id.go.bnn.pasarbersinar.payout.EarningsFigures;
import id.go.bnn.pasarbersinar.payout.EarningsFigures.Earned;
import id.go.bnn.pasarbersinar.producer.GroupDirectory;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the shop's money did, for everybody ({@code /dampak}, the home page's headline, a group's page). Every figure is
 * computed from the ledger (the payout module's {@link EarningsFigures}) and the groups (the producer module's
 * {@link GroupDirectory}), never typed in; the definitions are shared with the staff dashboards so the numbers agree:
 * <ul>
 * <li>years are calendar years in Asia/Jakarta (WIB);</li>
 * <li><b>paid to makers this year</b> = the sum of the {@code payout-paid:<payoutId>} postings to
 * {@code GROUP_PAID_OUT} booked in the calendar year;</li>
 * <li><b>earned by a group through the shop</b> = its {@code paid:<fulfilmentId>} credits of the items (items −
 * commission) minus what its {@code refund:<refundId>} debits took back of them (items − commission back), plus what
 * its sales at exhibition booths earned ({@code booth:<saleId>} credits, total − the event's commission), all time,
 * without shipping; "earned through the shop" on {@code /dampak} is the sum over all groups (an aggregate: shown
 * whatever single groups chose);</li>
 * <li><b>shipping passed to couriers</b> = the shipping credited with the paid parcels less the shipping refunded, all
 * time: money that passes through the groups to couriers, shown apart from their income;</li>
 * <li><b>groups reached</b> = groups with at least one paid fulfilment or one booth sale in the year; <b>provinces reached</b> = the
 * provinces of those groups.</li>
 * </ul>
 * A single group's earnings are public only if the group agreed ({@code impact_consent}, switched by its members) and
 * it is verified. The figures are cached until the ledger or a group changes: each call costs one cheap query (the
 * newest ledger transaction and group change), the aggregation runs only after a change, so a busy home page never
 * aggregates the ledger twice for the same state, on any number of nodes.
 */
@Service
public class PublicImpact implements StorefrontImpact {

    /** Years and months of the impact figures. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private final EarningsFigures earnings;
    private final GroupDirectory directory;
    private final Regions regions;
    private final Clock clock;

    private record Cached(String key, ImpactFigures figures) {
    }

    private volatile Cached cached;

    PublicImpact(EarningsFigures earnings, GroupDirectory directory, Regions regions, Clock clock) {
        this.earnings = earnings;
        this.directory = directory;
        this.regions = regions;
        this.clock = clock;
    }

    /** This year's figures (Asia/Jakarta). Anybody may read them. */
    public ImpactFigures thisYear() {
        int year = LocalDate.now(clock.withZone(ZONE)).getYear();
        String key = year + "/" + earnings.stamp() + "/" + directory.stamp();
        Cached current = cached;
        if (current != null && current.key().equals(key)) {
            return current.figures();
        }
        ImpactFigures figures = compute(year);
        cached = new Cached(key, figures);
        return figures;
    }

    /** The figures of a calendar year (Asia/Jakarta), not cached. */
    public ImpactFigures of(int year) {
        return compute(year);
    }

    private ImpactFigures compute(int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant();
        long paid = earnings.paidToMakers(from, to);
        Map<Long, Earned> earned = earnings.earnedByGroup();
        long earnedTotal = earned.values().stream().mapToLong(Earned::income).sum();
        long shippingTotal = earned.values().stream().mapToLong(Earned::shipping).sum();
        List<GroupDirectory.Entry> reached = directory.byIds(earnings.groupsPaidBetween(from, to));
        Map<String, List<GroupDirectory.Entry>> byProvince = new LinkedHashMap<>();
        reached.forEach(group -> byProvince.computeIfAbsent(group.provinceCode(), code -> new ArrayList<>()).add(group));
        List<ImpactFigures.ProvinceGroups> provinces = byProvince.entrySet().stream()
                .map(entry -> new ImpactFigures.ProvinceGroups(entry.getKey(), regions.provinceName(entry.getKey()),
                        entry.getValue().stream().filter(GroupDirectory.Entry::verified)
                                .map(group -> new ImpactFigures.ReachedGroup(group.slug(), group.name(), group.regency(),
                                        group.impactConsent() ? Money.rupiah(earned.getOrDefault(group.id(), Earned.NOTHING).income()) : null))
                                .toList(),
                        (int) entry.getValue().stream().filter(group -> !group.verified()).count()))
                .sorted(java.util.Comparator.comparing(ImpactFigures.ProvinceGroups::provinceName))
                .toList();
        return new ImpactFigures(year, Money.rupiah(paid), Money.rupiah(earnedTotal), Money.rupiah(shippingTotal), reached.size(), byProvince.size(), provinces);
    }

    @Override
    public Optional<Headline> headline() {
        ImpactFigures figures = thisYear();
        if (figures.paidToMakers().rupiah() == 0 && figures.groups() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Headline(figures.year(), figures.paidToMakers(), figures.groups(), figures.provinces()));
    }

    /** Only for a verified group that agreed, and only when it earned anything. */
    @Override
    public Optional<Money> earnedByGroup(GroupId group) {
        if (!directory.consents(group.value())) {
            return Optional.empty();
        }
        long earned = earnings.earnedBy(group.value()).income();
        return earned > 0 ? Optional.of(Money.rupiah(earned)) : Optional.empty();
    }
}
