package id.go.bnn.pasarbersinar.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.curation.AuditEntry;
import id.go.bnn.pasarbersinar.curation.AuditLog;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Rate tables: who may change which, what is refused, the decision log, and checkout charging a group's own table. */
@SpringBootTest
class ShippingRatesTest {

    @Autowired
    ShippingRates rates;
    @Autowired
    Checkout checkout;
    @Autowired
    ProducerGroups groups;
    @Autowired
    AuditLog auditLog;
    @Autowired
    OrderFixture fixture;

    GroupId group;
    GroupId otherGroup;
    Map<ShippingZone, ShippingRates.Rate> national;

    @BeforeEach
    void two_fresh_groups_in_ntt() {
        group = register("Ongkir Uji " + System.nanoTime());
        otherGroup = register("Ongkir Lain " + System.nanoTime());
        national = rates.table(ShippingRates.NATIONAL);
    }

    @AfterEach
    void national_table_as_it_was() {
        Callers.as(Callers.admin(-1), () -> rates.replace(ShippingRates.NATIONAL, national));
        Callers.signOut();
    }

    private GroupId register(String name) {
        return Caller.runAsSystem(() -> {
            GroupId id = groups.register(new NewGroup(name, new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", "53", "Kota Kupang",
                    null, null, null, null, null, null, null, 5, 2024), false);
            groups.verify(id);
            return id;
        });
    }

    static Map<ShippingZone, ShippingRates.Rate> table(long first, long extra) {
        Map<ShippingZone, ShippingRates.Rate> table = new EnumMap<>(ShippingZone.class);
        for (ShippingZone zone : ShippingZone.values()) {
            table.put(zone, new ShippingRates.Rate(Money.rupiah(first + zone.ordinal() * 1000L), Money.rupiah(extra)));
        }
        return table;
    }

    @Test
    void an_administrator_replaces_the_national_table_and_the_change_is_in_the_decision_log() {
        Caller admin = Callers.admin(-71);
        Callers.as(admin, () -> rates.replace(ShippingRates.NATIONAL, table(13_000, 7_000)));

        assertThat(rates.table(ShippingRates.NATIONAL).get(ShippingZone.SAME_PROVINCE))
                .isEqualTo(new ShippingRates.Rate(Money.rupiah(13_000), Money.rupiah(7_000)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !entries(admin, "SHIPPING_RATES national").isEmpty());
        AuditEntry entry = entries(admin, "SHIPPING_RATES national").getFirst();
        assertThat(entry.action()).isEqualTo("shipping-rates.changed");
        assertThat(entry.provinceCode()).isNull();
        assertThat(entry.before()).contains("SAME_PROVINCE " + national.get(ShippingZone.SAME_PROVINCE).firstKg().rupiah());
        assertThat(entry.after()).contains("SAME_PROVINCE 13000 + 7000/kg");
    }

    private List<AuditEntry> entries(Caller actor, String subject) {
        return Callers.as(Callers.admin(-1), () -> auditLog.newest(50, subject, actor.email()));
    }

    @Test
    void bad_figures_are_refused_and_change_nothing() {
        Callers.signIn(Callers.admin(-72));
        Map<ShippingZone, ShippingRates.Rate> negative = table(10_000, 5_000);
        negative.put(ShippingZone.ABROAD, new ShippingRates.Rate(Money.rupiah(-1), Money.rupiah(5_000)));
        Map<ShippingZone, ShippingRates.Rate> tooHigh = table(10_000, 5_000);
        tooHigh.put(ShippingZone.DOMESTIC, new ShippingRates.Rate(Money.rupiah(10_000), ShippingRates.MAX_RATE.plus(Money.rupiah(1))));
        Map<ShippingZone, ShippingRates.Rate> missing = table(10_000, 5_000);
        missing.remove(ShippingZone.SAME_ISLAND);

        assertThatThrownBy(() -> rates.replace(ShippingRates.NATIONAL, negative)).hasMessage("order.shipping.error.negative");
        assertThatThrownBy(() -> rates.replace(ShippingRates.NATIONAL, tooHigh)).hasMessage("order.shipping.error.too-high");
        assertThatThrownBy(() -> rates.replace(group.value(), missing)).hasMessage("order.shipping.error.missing");
        assertThatThrownBy(() -> rates.set(ShippingRates.NATIONAL, ShippingZone.ABROAD,
                new ShippingRates.Rate(ShippingRates.MAX_RATE.plus(Money.rupiah(1)), Money.ZERO))).hasMessage("order.shipping.error.too-high");

        assertThat(rates.table(ShippingRates.NATIONAL)).isEqualTo(national);
        assertThat(rates.hasOwnTable(group.value())).isFalse();
    }

    @Test
    void the_national_table_is_the_administrators_alone() {
        for (Caller caller : List.of(Callers.curator(-73, "53"), Callers.producer(-74, group.value()), Callers.buyer(-75), Caller.ANONYMOUS)) {
            assertThatThrownBy(() -> Callers.as(caller, () -> rates.replace(ShippingRates.NATIONAL, table(1, 1))))
                    .as(caller.getName()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(rates.table(ShippingRates.NATIONAL)).isEqualTo(national);
    }

    @Test
    void a_group_table_is_its_acting_members_and_the_administrators() {
        Caller memberOfOther = Callers.producer(-76, otherGroup.value());
        Caller curator = Callers.curator(-77, "53");
        for (Caller caller : List.of(memberOfOther, curator, Callers.buyer(-78), Caller.ANONYMOUS)) {
            assertThatThrownBy(() -> Callers.as(caller, () -> rates.replace(group.value(), table(1, 1)))).as(caller.getName())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.as(caller, () -> rates.useNational(group.value()))).as(caller.getName())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(rates.hasOwnTable(group.value())).isFalse();

        Callers.as(Callers.producer(-79, group.value()), () -> rates.replace(group.value(), table(9_000, 4_000)));
        assertThat(rates.hasOwnTable(group.value())).isTrue();
        assertThatThrownBy(() -> Callers.as(memberOfOther, () -> rates.useNational(group.value()))).isInstanceOf(AccessDeniedException.class);
        assertThat(rates.hasOwnTable(group.value())).isTrue();
        Callers.as(Callers.admin(-80), () -> rates.useNational(group.value()));
        assertThat(rates.hasOwnTable(group.value())).isFalse();
    }

    @Test
    void checkout_charges_the_group_table_when_it_has_one_and_the_national_one_again_after() {
        long tas = fixture.variant(new OrderFixture.Group(group.value(), "53"), 10, 100_000);
        Money nationalSameProvince = national.get(ShippingZone.SAME_PROVINCE).firstKg().plus(national.get(ShippingZone.SAME_PROVINCE).perExtraKg());
        // Two of 800 g: the first kilogram and one further one, within NTT.
        assertThat(checkout.quote(fixture.cart(tas, 2), "53").shippingTotal()).isEqualTo(nationalSameProvince);

        Caller member = Callers.producer(-81, group.value());
        Callers.as(member, () -> rates.replace(group.value(), table(5_000, 2_500)));
        assertThat(checkout.quote(fixture.cart(tas, 2), "53").shippingTotal()).isEqualTo(Money.rupiah(5_000 + 2_500));
        // Java is another island: the DOMESTIC row (5.000 + 2.000 for its ordinal) for the first kilogram.
        assertThat(checkout.quote(fixture.cart(tas, 1), "31").shippingTotal()).isEqualTo(Money.rupiah(7_000));
        PlacedOrder order = checkout.place(fixture.cart(tas, 2), fixture.form());
        assertThat(fixture.total(order.number())).isEqualTo(Money.rupiah(200_000 + 5_000 + 2_500));

        Callers.as(member, () -> rates.useNational(group.value()));
        assertThat(checkout.quote(fixture.cart(tas, 2), "53").shippingTotal()).isEqualTo(nationalSameProvince);
        await().atMost(Duration.ofSeconds(20)).until(() -> Callers.as(Callers.curator(-82, "53"),
                () -> auditLog.newest(50, "SHIPPING_RATES " + group.value(), null)).size() == 2);
    }
}
