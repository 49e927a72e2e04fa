package id.go.bnn.pasarbersinar.accessmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.order.ShippingRates;
import id.go.bnn.pasarbersinar.order.ShippingZone;
import id.go.bnn.pasarbersinar.order.StaffOrders;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The access matrix of the orders: a group's parcels, the staff's order lists, the shipping rates. */
class OrderAccessMatrixTest extends AccessMatrix {

    @Override
    void addRows(List<Row> rows) {
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfBanten, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Orders.markShipped of an NTT parcel", caller, () -> orders.markShipped(nttParcel, "JNE", "JNE-123456")));
            rows.add(new Row(name(caller), "Orders.markProcessing of an NTT parcel", caller, () -> orders.markProcessing(nttParcel)));
            rows.add(new Row(name(caller), "Orders.cancel of an NTT parcel", caller, () -> orders.cancel(nttParcel, null)));
            rows.add(new Row(name(caller), "Orders.refund of an NTT parcel", caller, () -> orders.refund(nttParcel, Map.of(), true)));
            rows.add(new Row(name(caller), "Orders.packingSlip of an NTT parcel", caller, () -> orders.packingSlip(nttParcel)));
            rows.add(new Row(name(caller), "Orders.confirmDelivery of an NTT parcel", caller, () -> orders.confirmDelivery(nttParcel, "forged")));
        }
        for (Caller caller : List.of(curatorOfNtt, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ShippingRates.set of the national table", caller,
                    () -> shippingRates.set(0, ShippingZone.DOMESTIC, new ShippingRates.Rate(Money.rupiah(1), Money.rupiah(1)))));
        }
        for (Caller caller : List.of(buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Orders.forMyGroup", caller, () -> orders.forMyGroup()));
            rows.add(new Row(name(caller), "StaffOrders.find", caller, () -> staffOrders.find(StaffOrders.Filter.NONE, 1, 50)));
        }
        rows.add(new Row("nobody", "Orders.mine", anonymous, () -> orders.mine()));
        // Issue #9 (h2-order-admin): /staf/ongkir and /mitra/ongkir write through ShippingRates.replace and useNational.
        Map<ShippingZone, ShippingRates.Rate> cheap = new EnumMap<>(ShippingZone.class);
        for (ShippingZone zone : ShippingZone.values()) {
            cheap.put(zone, new ShippingRates.Rate(Money.rupiah(1), Money.rupiah(1)));
        }
        for (Caller caller : List.of(curatorOfNtt, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ShippingRates.replace of the national table", caller,
                    () -> shippingRates.replace(ShippingRates.NATIONAL, cheap)));
        }
        for (Caller caller : List.of(memberOfNttActingForItsOtherGroup, ownerOfBantenGroup, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ShippingRates.replace of an NTT group table", caller, () -> shippingRates.replace(nttGroup.value(), cheap)));
            rows.add(new Row(name(caller), "ShippingRates.useNational of an NTT group", caller, () -> shippingRates.useNational(nttGroup.value())));
        }
    }

    @Test
    void an_order_of_another_province_group_or_buyer_reads_as_no_order_at_all() {
        // Reading is not refused but answers nothing: an order of another province looks like no order at all.
        assertThat(Callers.as(curatorOfBanten, () -> orders.find(orderNumber, null))).isEmpty();
        assertThat(Callers.as(ownerOfBantenGroup, () -> orders.find(orderNumber, null))).isEmpty();
        assertThat(Callers.as(buyerACaller, () -> orders.find(orderNumber, null))).isEmpty();
        assertThat(orders.find(orderNumber, "forged")).isEmpty();
        assertThat(Callers.as(curatorOfNtt, () -> orders.find(orderNumber, null))).isPresent();
    }
}
