package id.go.bnn.pasarbersinar.accessmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.exhibition.BoothOrders;
import id.go.bnn.pasarbersinar.exhibition.Exhibition;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionId;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionPlan;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionStock;
import id.go.bnn.pasarbersinar.exhibition.Exhibitions;
import id.go.bnn.pasarbersinar.exhibition.MoveOutcome;
import id.go.bnn.pasarbersinar.exhibition.PriceTags;
import id.go.bnn.pasarbersinar.exhibition.ShortBoothSales;
import id.go.bnn.pasarbersinar.exhibition.StockLine;
import id.go.bnn.pasarbersinar.order.DeliveryAddress;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.OrderOnBehalf;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access matrix of exhibitions (issue 21): organising an NTT event (its details, booths, sellers, opening and
 * ending it) by staff of another province or by groups and buyers; the stock at its booths, moving an NTT group's
 * variant to it and its price tags by anybody but the group and the event's staff. Each refused call is also checked
 * against the event, its booths, sellers and stock, and the variant's online stock, read before and after it. The
 * event's booth sales flagged short of stock (listing, counting, resolving them) are for its staff alone.
 */
class ExhibitionAccessMatrixTest extends AccessMatrix {

    @Autowired
    Exhibitions exhibitions;
    @Autowired
    ExhibitionStock exhibitionStock;
    @Autowired
    PriceTags priceTags;
    @Autowired
    BoothOrders boothOrders;
    @Autowired
    ShortBoothSales shortSales;

    ExhibitionId event;
    long variant;

    private static LocalDate today() {
        return LocalDate.now(ShopTime.ZONE);
    }

    private static ExhibitionPlan plan(String name) {
        return new ExhibitionPlan(name, "Taman Nostalgia, Kupang", NTT, today(), today().plusDays(2), 0);
    }

    @BeforeAll
    void an_ntt_event_with_a_booth_of_the_ntt_group_and_some_of_its_stock() {
        OrderFixture.Group ntt = new OrderFixture.Group(nttGroup.value(), NTT);
        variant = orderFixture.variant(ntt, 20, 90_000, "Tas Matriks Pameran");
        event = Callers.as(curatorOfNtt, () -> exhibitions.create(plan("Pameran Matriks")));
        Callers.as(curatorOfNtt, () -> exhibitions.addBooth(event, nttGroup, "M1"));
        Callers.as(memberOfNtt, () -> exhibitionStock.move(event, variant, 2, UUID.randomUUID().toString()));
    }

    private String eventState() {
        return orderFixture.jdbc().sql("SELECT CONCAT(e.name, ':', e.status, ':', e.ends_on, ':', "
                        + "(SELECT COUNT(*) FROM exhibition_booth b WHERE b.exhibition_id = e.id), ':', "
                        + "(SELECT COUNT(*) FROM exhibition_seller s WHERE s.exhibition_id = e.id), ':', "
                        + "(SELECT COALESCE(SUM(allocated * 1000 + returned), 0) FROM exhibition_stock t WHERE t.exhibition_id = e.id), ':', "
                        + "(SELECT stock FROM product_variant WHERE id = ?)) FROM exhibition e WHERE e.id = ?")
                .params(variant, event.value()).query(String.class).single();
    }

    private long events() {
        return orderFixture.jdbc().sql("SELECT COUNT(*) FROM exhibition").query(Long.class).single();
    }

    private Row row(Caller caller, String what, Runnable call) {
        return new Row(name(caller), what, caller, () -> {
            String before = eventState();
            long count = events();
            try {
                call.run();
            } finally {
                assertThat(eventState()).as("the event after %s", what).isEqualTo(before);
                assertThat(events()).as("events after %s", what).isEqualTo(count);
            }
        });
    }

    @Override
    void addRows(List<Row> rows) {
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(row(caller, "Exhibitions.create in NTT", () -> exhibitions.create(plan("Pameran Liar"))));
            rows.add(row(caller, "Exhibitions.edit of an NTT event", () -> exhibitions.edit(event, plan("Pameran Diubah"))));
            rows.add(row(caller, "Exhibitions.addBooth", () -> exhibitions.addBooth(event, bantenGroup, null)));
            rows.add(row(caller, "Exhibitions.removeBooth", () -> exhibitions.removeBooth(event, nttGroup)));
            rows.add(row(caller, "Exhibitions.addSeller", () -> exhibitions.addSeller(event, nttGroup, "matriks.anggota@test.pasarbersinar.id")));
            rows.add(row(caller, "Exhibitions.removeSeller", () -> exhibitions.removeSeller(event, nttGroup, plainMemberOfNtt.value())));
            rows.add(row(caller, "Exhibitions.open", () -> exhibitions.open(event)));
            rows.add(row(caller, "Exhibitions.end", () -> exhibitions.end(event)));
            rows.add(row(caller, "ShortBoothSales.of an NTT event", () -> shortSales.of(event)));
            rows.add(row(caller, "ShortBoothSales.resolve at an NTT event",
                    () -> shortSales.resolve(event, UUID.randomUUID().toString(), "Barang ditemukan")));
        }
        for (Caller caller : List.of(memberOfNtt, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(row(caller, "Exhibitions.listForStaff", () -> exhibitions.listForStaff()));
            rows.add(row(caller, "ShortBoothSales.openCounts", () -> shortSales.openCounts(List.of())));
        }
        for (Caller caller : List.of(curatorOfBanten, ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, buyerACaller, anonymous)) {
            rows.add(row(caller, "Exhibitions.booths of an NTT event", () -> exhibitions.booths(event)));
            rows.add(row(caller, "ExhibitionStock.at of an NTT event", () -> exhibitionStock.at(event)));
            rows.add(row(caller, "ExhibitionStock.move of an NTT variant",
                    () -> exhibitionStock.move(event, variant, 1, UUID.randomUUID().toString())));
            rows.add(row(caller, "PriceTags.sheet of an NTT event", () -> priceTags.sheet(event, LocalizedText.INDONESIAN)));
        }
        // Orders for later delivery at the NTT booth: only its sellers take them (there are none in this event).
        OrderOnBehalf toVienna = new OrderOnBehalf(event.value(), List.of(new OrderOnBehalf.Line(variant, 1)), "Anna Gruber",
                "matriks.wien@example.at", "+43 1 234 5678", DeliveryAddress.abroad("AT", "Wagramer Straße 5", "1220", "Wien"), null,
                LocalizedText.ENGLISH);
        for (Caller caller : List.of(curatorOfBanten, curatorOfNtt, memberOfNtt, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(row(caller, "BoothOrders.place at the NTT booth", () -> boothOrders.place(nttGroup.value(), toVienna)));
        }
        for (Caller caller : List.of(curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(row(caller, "Exhibitions.ofActingGroup", () -> exhibitions.ofActingGroup()));
            rows.add(row(caller, "ExhibitionStock.movable", () -> exhibitionStock.movable()));
        }
    }

    @Test
    void the_rightful_callers_do_what_the_matrix_refuses() {
        assertThat(Callers.as(curatorOfNtt, () -> exhibitions.booths(event))).hasSize(1);
        assertThat(Callers.as(curatorOfNtt, () -> shortSales.of(event))).isEmpty();
        assertThat(Callers.as(adminNotSystem, () -> shortSales.of(event))).isEmpty();
        assertThat(Callers.as(curatorOfBanten, () -> shortSales.openCounts(List.of()))).isEmpty();
        assertThat(Callers.as(adminNotSystem, () -> exhibitions.listForStaff())).extracting(Exhibition::id).contains(event);
        assertThat(Callers.as(memberOfNtt, () -> exhibitions.ofActingGroup())).extracting(Exhibition::id).contains(event);
        assertThat(Callers.as(memberOfNtt, () -> exhibitionStock.at(event))).extracting(StockLine::variantId).contains(variant);
        assertThat(Callers.as(curatorOfNtt, () -> exhibitionStock.at(event))).extracting(StockLine::variantId).contains(variant);
        assertThat(Callers.as(memberOfNtt, () -> priceTags.sheet(event, LocalizedText.INDONESIAN))).startsWith("%PDF".getBytes());
        assertThat(Callers.as(memberOfNtt, () -> exhibitionStock.movable())).isNotEmpty();
        ExhibitionId own = Callers.as(curatorOfNtt, () -> exhibitions.create(plan("Pameran Sah")));
        Callers.as(curatorOfNtt, () -> exhibitions.addBooth(own, nttGroup, null));
        assertThat(Callers.as(memberOfNtt, () -> exhibitionStock.move(own, variant, 1, UUID.randomUUID().toString())))
                .isEqualTo(MoveOutcome.MOVED);
        Callers.as(curatorOfNtt, () -> exhibitions.addSeller(own, nttGroup, "matriks.anggota@test.pasarbersinar.id"));
        Callers.as(curatorOfNtt, () -> exhibitions.open(own));
        Callers.as(curatorOfNtt, () -> exhibitions.end(own));
    }
}
