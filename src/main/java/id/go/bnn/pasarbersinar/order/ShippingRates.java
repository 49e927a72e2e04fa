package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.producer.Province;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipping per parcel: the first kilogram plus each further started kilogram, by zone. The national table (group 0)
 * is the administrator's; a group may keep its own rows, which win for its parcels.
 */
@Service
public class ShippingRates {

    static final long NATIONAL = 0;

    public record Rate(Money firstKg, Money perExtraKg) {

        public Money price(int weightGrams) {
            int kilograms = Math.max(1, (weightGrams + 999) / 1000);
            return firstKg.plus(perExtraKg.times(kilograms - 1L));
        }
    }

    private final JdbcClient jdbc;
    private final Regions regions;

    ShippingRates(JdbcClient jdbc, Regions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
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
        Map<ShippingZone, Rate> table = new EnumMap<>(ShippingZone.class);
        jdbc.sql("SELECT zone, first_kg, per_extra_kg FROM shipping_rate WHERE group_id = ?").param(groupId)
                .query(rs -> {
                    table.put(ShippingZone.valueOf(rs.getString(1)), new Rate(Money.rupiah(rs.getLong(2)), Money.rupiah(rs.getLong(3))));
                });
        return table;
    }

    /** Sets one rate: the national table by an administrator, a group's own by its acting member or an administrator. */
    @Transactional
    public void set(long groupId, ShippingZone zone, Rate rate) {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || (groupId != NATIONAL && caller.actsFor(groupId)), "shipping rates of group " + groupId);
        if (rate.firstKg().isNegative() || rate.perExtraKg().isNegative()) {
            throw new OrderException("order.shipping.error.negative");
        }
        int updated = jdbc.sql("UPDATE shipping_rate SET first_kg = ?, per_extra_kg = ? WHERE group_id = ? AND zone = ?")
                .params(rate.firstKg().rupiah(), rate.perExtraKg().rupiah(), groupId, zone.name()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO shipping_rate (group_id, zone, first_kg, per_extra_kg) VALUES (?, ?, ?, ?)")
                    .params(groupId, zone.name(), rate.firstKg().rupiah(), rate.perExtraKg().rupiah()).update();
        }
    }
}
