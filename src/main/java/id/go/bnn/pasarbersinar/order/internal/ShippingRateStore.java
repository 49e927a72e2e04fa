package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.order.ShippingRates;
import id.go.bnn.pasarbersinar.order.ShippingZone;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The shipping rate tables: the national one (group 0) and the groups' own. */
@Component
public class ShippingRateStore {

    private final JdbcClient jdbc;

    ShippingRateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The group's rows by zone (empty when it has none). */
    public Map<ShippingZone, ShippingRates.Rate> table(long groupId) {
        Map<ShippingZone, ShippingRates.Rate> table = new EnumMap<>(ShippingZone.class);
        jdbc.sql("SELECT zone, first_kg, per_extra_kg FROM shipping_rate WHERE group_id = ?").param(groupId)
                .query(rs -> {
                    table.put(ShippingZone.valueOf(rs.getString(1)),
                            new ShippingRates.Rate(Money.rupiah(rs.getLong(2)), Money.rupiah(rs.getLong(3))));
                });
        return table;
    }

    /** Sets the group's rate for a zone, adding the row if it has none. */
    public void write(long groupId, ShippingZone zone, ShippingRates.Rate rate) {
        int updated = jdbc.sql("UPDATE shipping_rate SET first_kg = ?, per_extra_kg = ? WHERE group_id = ? AND zone = ?")
                .params(rate.firstKg().rupiah(), rate.perExtraKg().rupiah(), groupId, zone.name()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO shipping_rate (group_id, zone, first_kg, per_extra_kg) VALUES (?, ?, ?, ?)")
                    .params(groupId, zone.name(), rate.firstKg().rupiah(), rate.perExtraKg().rupiah()).update();
        }
    }

    /** Drops the group's own table. */
    public void delete(long groupId) {
        jdbc.sql("DELETE FROM shipping_rate WHERE group_id = ?").param(groupId).update();
    }
}
