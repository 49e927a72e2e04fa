package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.order.internal.ShippingRateStore;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Province;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipping per parcel: the first kilogram plus each further started kilogram, by zone. The national table (group 0)
 * is the administrator's; a group may keep its own rows, which win for its parcels.
 */
@Service
public class ShippingRates {

    /** The group id of the national default table. */
    public static final long NATIONAL = 0;
    /** No parcel in Indonesia or abroad costs more than this per kilogram: a larger figure is a typing slip. */
    public static final Money MAX_RATE = Money.rupiah(10_000_000);

    public record Rate(Money firstKg, Money perExtraKg) {

        public Money price(int weightGrams) {
            int kilograms = Math.max(1, (weightGrams + 999) / 1000);
            return firstKg.plus(perExtraKg.times(kilograms - 1L));
        }
    }

    private final ShippingRateStore store;
    private final Regions regions;
    private final ProducerGroups groups;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShippingRates(ShippingRateStore store, Regions regions, ProducerGroups groups, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
    }

    public ShippingZone zone(String fromProvince, String toProvince) {
        if (toProvince == null) {
            return ShippingZone.ABROAD;
        }
        if (fromProvince.equals(toProvince)) {
            return ShippingZone.SAME_PROVINCE;
        }
        String fromIsland = regions.province(fromProvince).map(Province::island).orElse("?");
        String toIsland = regions.province(toProvince).map(Province::island).orElse("!");
        return fromIsland.equals(toIsland) ? ShippingZone.SAME_ISLAND : ShippingZone.DOMESTIC;
    }

    /** What the group charges to send this weight to that province. */
    @Transactional(readOnly = true)
    public Money quote(long groupId, String groupProvince, String destinationProvince, int weightGrams) {
        ShippingZone zone = zone(groupProvince, destinationProvince);
        Rate rate = table(groupId).get(zone);
        if (rate == null) {
            rate = table(NATIONAL).get(zone);
        }
        return Objects.requireNonNull(rate, "no national rate for " + zone).price(weightGrams);
    }

    /** The national table (groupId 0) or a group's own rows. */
    @Transactional(readOnly = true)
    public Map<ShippingZone, Rate> table(long groupId) {
        return store.table(groupId);
    }

    /** Sets one rate: the national table by an administrator, a group's own by its acting member or an administrator. */
    @Transactional
    public void set(long groupId, ShippingZone zone, Rate rate) {
        String province = requireEditor(groupId);
        check(zone, rate);
        String before = describe(table(groupId));
        write(groupId, zone, rate);
        decided(groupId, province, "shipping-rates.changed", before, describe(table(groupId)));
    }

    /**
     * Replaces a whole table (every zone) at once: the national one by an administrator, a group's own by its acting
     * member or an administrator. Every rate is checked before anything is written, so a bad figure changes nothing.
     */
    @Transactional
    public void replace(long groupId, Map<ShippingZone, Rate> rates) {
        String province = requireEditor(groupId);
        for (ShippingZone zone : ShippingZone.values()) {
            Rate rate = rates.get(zone);
            if (rate == null) {
                throw new OrderException("order.shipping.error.missing");
            }
            check(zone, rate);
        }
        Map<ShippingZone, Rate> before = table(groupId);
        if (before.equals(new EnumMap<>(rates))) {
            return;
        }
        rates.forEach((zone, rate) -> write(groupId, zone, rate));
        decided(groupId, province, "shipping-rates.changed", describe(before), describe(table(groupId)));
    }

    /** A group drops its own table and charges the national default again (its acting member or an administrator). */
    @Transactional
    public void useNational(long groupId) {
        if (groupId == NATIONAL) {
            throw new IllegalArgumentException("The national table is the default itself");
        }
        String province = requireEditor(groupId);
        Map<ShippingZone, Rate> before = table(groupId);
        if (before.isEmpty()) {
            return;
        }
        store.delete(groupId);
        decided(groupId, province, "shipping-rates.national", describe(before), "national default");
    }

    /** Whether the group keeps a table of its own (else the national table applies to its parcels). */
    @Transactional(readOnly = true)
    public boolean hasOwnTable(long groupId) {
        return groupId != NATIONAL && !table(groupId).isEmpty();
    }

    /** Who may change the table; answers the province its changes are logged under (null: national). */
    private String requireEditor(long groupId) {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || (groupId != NATIONAL && caller.actsFor(groupId)), "shipping rates of group " + groupId);
        if (groupId == NATIONAL) {
            return null;
        }
        return Caller.runAsSystem(() -> groups.find(new GroupId(groupId))).map(GroupSummary::provinceCode)
                .orElseThrow(() -> new OrderException("order.error.unknown"));
    }

    private static void check(ShippingZone zone, Rate rate) {
        if (rate.firstKg().isNegative() || rate.perExtraKg().isNegative()) {
            throw new OrderException("order.shipping.error.negative");
        }
        if (rate.firstKg().compareTo(MAX_RATE) > 0 || rate.perExtraKg().compareTo(MAX_RATE) > 0) {
            throw new OrderException("order.shipping.error.too-high", MAX_RATE.format());
        }
    }

    private void write(long groupId, ShippingZone zone, Rate rate) {
        store.write(groupId, zone, rate);
    }

    private static String describe(Map<ShippingZone, Rate> table) {
        if (table.isEmpty()) {
            return "national default";
        }
        return table.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().firstKg().rupiah() + " + " + e.getValue().perExtraKg().rupiah() + "/kg")
                .collect(Collectors.joining("; "));
    }

    /** Every change goes to the staff decision log: the national table's under no province, a group's under its own. */
    private void decided(long groupId, String province, String action, String before, String after) {
        Caller caller = Caller.current();
        events.publishEvent(new StaffDecision(caller.accountId(), caller.getName(), province, "SHIPPING_RATES",
                groupId == NATIONAL ? "national" : String.valueOf(groupId), action, before, after, clock.instant()));
    }
}
