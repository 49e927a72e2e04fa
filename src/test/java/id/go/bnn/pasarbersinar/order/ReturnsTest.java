package id.go.bnn.pasarbersinar.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.MovableClock;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Returns after delivery through their two paths (requested → accepted → shipped back → received → refunded;
 * requested → declined → escalated → decided), the answer time on a movable clock, and every refusal changing nothing.
 */
@SpringBootTest
class ReturnsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    Returns returns;
    @Autowired
    ReturnFixture fixture;
    @Autowired
    OrderFixture orders;
    @Autowired
    MovableClock clock;
    @Autowired
    Accounts accounts;

    @AfterEach
    void reset() {
        clock.reset();
        Callers.signOut();
    }

    private static Caller group(ReturnFixture.Delivered d) {
        return Callers.producer(-2101, d.group().id());
    }

    private long damaged(ReturnFixture.Delivered d, int quantity) {
        String photo = returns.storePhoto(d.number(), d.token(), ReturnFixture.png());
        return returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, "Retak di pinggir", Map.of(d.line(), quantity), List.of(photo));
    }

    /**
     * A member of the parcel's group to read the group's mails (the demo accounts exist on H2 only, not on MariaDB);
     * made once per group and kept.
     */
    private String member(ReturnFixture.Delivered d) {
        List<String> members = Caller.runAsSystem(() -> accounts.memberEmails(new GroupId(d.group().id())));
        if (!members.isEmpty()) {
            return members.getFirst();
        }
        String email = "anggota.retur." + d.group().id() + "@contoh.id";
        Caller.runAsSystem(() -> accounts.provision(email, "Anggota Retur", "Kopi-Lamteuba-Seulawah-7", Set.of(Caller.Role.PRODUCER), Set.of(),
                Set.of(new GroupId(d.group().id())), null, false));
        return email;
    }

    private static List<String> bodiesTo(String address) {
        return TestMailServer.mailsTo(address).stream().map(mail -> GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=")).toList();
    }

    @Test
    void an_accepted_return_is_shipped_back_received_and_refunded_through_the_provider_with_the_stock_back() {
        ReturnFixture.Delivered d = fixture.delivered();
        int stockBefore = orders.stock(d.variant());
        String member = member(d);
        long id = damaged(d, 1);
        assertThat(fixture.returnStatus(id)).isEqualTo("REQUESTED");
        ReturnCase asked = Callers.as(group(d), () -> returns.forMyGroup()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(asked.photos()).hasSize(1);
        assertThat(asked.value()).isEqualTo(Money.rupiah(ReturnFixture.PRICE));
        assertThat(asked.reason().groupPaysShipping()).isTrue();

        Callers.as(group(d), () -> returns.accept(id));
        assertThat(fixture.returnStatus(id)).isEqualTo("ACCEPTED");
        returns.shipBack(id, d.token(), "JNE-RETUR-1");
        assertThat(fixture.returnStatus(id)).isEqualTo("SHIPPED_BACK");
        Money back = Callers.as(group(d), () -> returns.confirmReceipt(id, true));

        assertThat(back).isEqualTo(Money.rupiah(ReturnFixture.PRICE));
        await().atMost(WAIT).until(() -> fixture.returnStatus(id).equals("REFUNDED"));
        assertThat(fixture.refunded(d.parcel())).isEqualTo(ReturnFixture.PRICE);
        assertThat(orders.stock(d.variant())).isEqualTo(stockBefore + 1);
        // The group heard of the request, the buyer of the answer.
        await().atMost(WAIT).until(() -> bodiesTo(member).stream().anyMatch(body -> body.contains(d.number()) && body.contains("Retak di pinggir")));
        await().atMost(WAIT).until(() -> bodiesTo(d.buyerEmail()).stream().anyMatch(body -> body.contains("accepted your return")));
    }

    @Test
    void a_declined_return_is_escalated_and_the_curator_of_the_province_decides_a_part_at_the_platforms_cost() {
        ReturnFixture.Delivered d = fixture.delivered();
        String member = member(d);
        long id = damaged(d, 2);
        assertThatThrownBy(() -> Callers.as(group(d), () -> returns.decline(id, "  "))).hasMessage("order.return.error.decline-reason");
        Callers.as(group(d), () -> returns.decline(id, "Barang dikirim utuh"));
        assertThat(fixture.returnStatus(id)).isEqualTo("DECLINED");
        returns.escalate(id, d.token());
        assertThat(fixture.returnStatus(id)).isEqualTo("ESCALATED");
        assertThat(Callers.as(Callers.curator(-2102, d.group().provinceCode()), () -> returns.disputes())).extracting(ReturnCase::id).contains(id);
        assertThat(Callers.as(Callers.curator(-2103, "36"), () -> returns.disputes())).extracting(ReturnCase::id).doesNotContain(id);

        // A curator of another province: refused, nothing changed.
        assertThatThrownBy(() -> Callers.as(Callers.curator(-2103, "36"), () -> returns.decide(id, Money.rupiah(100_000), true, "Tidak")))
                .isInstanceOf(AccessDeniedException.class);
        Caller curator = Callers.curator(-2102, d.group().provinceCode());
        // More than the returned items are worth: refused, nothing changed.
        assertThatThrownBy(() -> Callers.as(curator, () -> returns.decide(id, Money.rupiah(2 * ReturnFixture.PRICE + 1), true, "Semua")))
                .hasMessage("order.return.error.amount");
        assertThat(fixture.returnStatus(id)).isEqualTo("ESCALATED");

        Callers.as(curator, () -> returns.decide(id, Money.rupiah(200_000), true, "Retak terlihat di foto; separuh lebih dikembalikan"));
        assertThat(fixture.returnStatus(id)).isEqualTo("DECIDED");
        await().atMost(WAIT).until(() -> fixture.refunded(d.parcel()) == 200_000L);
        assertThat(orders.jdbc().sql("SELECT platform_cost FROM order_refund WHERE fulfilment_id = ?").param(d.parcel()).query(Boolean.class).single())
                .isTrue();
        await().atMost(WAIT).until(() -> orders.jdbc().sql("SELECT COUNT(*) FROM staff_decision WHERE subject_type = 'RETURN' AND subject_id = ? "
                + "AND action = 'return.decide'").param(String.valueOf(id)).query(Integer.class).single() == 1);
        await().atMost(WAIT).until(() -> bodiesTo(d.buyerEmail()).stream().anyMatch(body -> body.contains("Retak terlihat di foto")
                && body.contains("ditanggung platform") && body.contains("at the platform's cost")));
        await().atMost(WAIT).until(() -> bodiesTo(member).stream().anyMatch(body -> body.contains(d.number()) && body.contains("Retak terlihat di foto")));
        // Decided is final: a second decision changes nothing.
        assertThatThrownBy(() -> Callers.as(curator, () -> returns.decide(id, Money.rupiah(1), false, "Lagi"))).hasMessage("order.return.error.transition");
    }

    @Test
    void an_unanswered_request_may_be_escalated_once_the_answer_time_has_passed() {
        ReturnFixture.Delivered d = fixture.delivered();
        long id = damaged(d, 1);
        assertThatThrownBy(() -> returns.escalate(id, d.token())).hasMessage("order.return.error.not-escalatable");
        clock.advance(Duration.ofDays(2).plusHours(23));
        assertThatThrownBy(() -> returns.escalate(id, d.token())).hasMessage("order.return.error.not-escalatable");
        assertThat(fixture.returnStatus(id)).isEqualTo("REQUESTED");
        clock.advance(Duration.ofHours(1));
        returns.escalate(id, d.token());
        assertThat(fixture.returnStatus(id)).isEqualTo("ESCALATED");
        // Escalated: the group can no longer answer it.
        assertThatThrownBy(() -> Callers.as(group(d), () -> returns.accept(id))).hasMessage("order.return.error.transition");
    }

    @Test
    void a_decision_at_the_groups_cost_with_nothing_back_closes_the_dispute_without_a_refund() {
        ReturnFixture.Delivered d = fixture.delivered();
        long id = returns.request(d.parcel(), d.token(), ReturnReason.CHANGED_MIND, "Warnanya kurang cocok", Map.of(d.line(), 1), List.of());
        Callers.as(group(d), () -> returns.decline(id, "Bukan kesalahan kami"));
        returns.escalate(id, d.token());
        Callers.as(Callers.curator(-2104, d.group().provinceCode()), () -> returns.decide(id, Money.ZERO, false, "Barang sesuai pesanan"));
        assertThat(fixture.returnStatus(id)).isEqualTo("DECIDED");
        assertThat(orders.jdbc().sql("SELECT COUNT(*) FROM order_refund WHERE fulfilment_id = ?").param(d.parcel()).query(Integer.class).single())
                .isZero();
        // Closed: a new request for what is left may be asked.
        assertThat(returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, "Ternyata retak", Map.of(d.line(), 2), List.of())).isPositive();
    }

    @Test
    void bad_requests_are_refused_with_a_reason_and_change_nothing() {
        ReturnFixture.Delivered d = fixture.delivered();
        Map<Long, Integer> one = Map.of(d.line(), 1);
        assertThatThrownBy(() -> returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, "x", Map.of(d.line(), 3), List.of()))
                .hasMessage("order.return.error.quantity");
        assertThatThrownBy(() -> returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, "x", Map.of(d.line(), -1), List.of()))
                .hasMessage("order.return.error.quantity");
        assertThatThrownBy(() -> returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, "x", Map.of(d.line() + 100_000, 1), List.of()))
                .hasMessage("order.return.error.quantity");
        assertThatThrownBy(() -> returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, "x", Map.of(), List.of()))
                .hasMessage("order.return.error.nothing");
        assertThatThrownBy(() -> returns.request(d.parcel(), d.token(), null, "x", one, List.of())).hasMessage("order.return.error.reason");
        assertThatThrownBy(() -> returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, " ", one, List.of()))
                .hasMessage("order.return.error.description");
        assertThatThrownBy(() -> returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, "x".repeat(1001), one, List.of()))
                .hasMessage("order.return.error.description");
        assertThatThrownBy(() -> returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, "x", one, List.of("0".repeat(64))))
                .hasMessage("order.return.error.photo");
        assertThatThrownBy(() -> returns.storePhoto(d.number(), d.token(), "not a picture".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
        // Someone else's order: a stranger signed in, or a guest with a link of another order.
        assertThatThrownBy(() -> Callers.as(Callers.buyer(-2105), () -> returns.request(d.parcel(), null, ReturnReason.DAMAGED, "x", one, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        ReturnFixture.Delivered other = fixture.delivered();
        assertThatThrownBy(() -> returns.request(d.parcel(), other.token(), ReturnReason.DAMAGED, "x", one, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> returns.storePhoto(d.number(), other.token(), ReturnFixture.png())).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.returnsOf(d.parcel())).isZero();

        // After the window: refused.
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThatThrownBy(() -> returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, "Retak", one, List.of()))
                .hasMessage("order.return.error.window");
        assertThat(fixture.returnsOf(d.parcel())).isZero();
    }

    @Test
    void a_parcel_not_delivered_or_with_a_return_in_progress_takes_no_new_request() {
        ReturnFixture.Delivered d = fixture.delivered();
        long id = returns.request(d.parcel(), d.token(), ReturnReason.WRONG_ITEM, "Warna lain", Map.of(d.line(), 1), List.of());
        assertThatThrownBy(() -> returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, "x", Map.of(d.line(), 1), List.of()))
                .hasMessage("order.return.error.open");
        // Only the group answers, only the buyer ships back or escalates.
        assertThatThrownBy(() -> Callers.as(Callers.producer(-2106, orders.banten().id()), () -> returns.accept(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> returns.shipBack(id, null, "JNE-1234")).isInstanceOf(AccessDeniedException.class);
        // Not accepted yet: no shipping back, no receipt.
        assertThatThrownBy(() -> returns.shipBack(id, d.token(), "JNE-1234")).hasMessage("order.return.error.transition");
        assertThatThrownBy(() -> Callers.as(group(d), () -> returns.confirmReceipt(id, false))).hasMessage("order.return.error.transition");
        Callers.as(group(d), () -> returns.accept(id));
        assertThatThrownBy(() -> returns.shipBack(id, d.token(), "<b>")).hasMessage("order.ship.error.tracking");
        assertThat(fixture.returnStatus(id)).isEqualTo("ACCEPTED");
        assertThat(fixture.refunded(d.parcel())).isZero();

        long paid = orders.fulfilmentIds(orders.paidOrder(orders.cart(orders.variant(orders.ntt(), 3, 90_000), 1), orders.form())).getFirst();
        String number = orders.jdbc().sql("SELECT o.number FROM customer_order o JOIN fulfilment f ON f.order_id = o.id WHERE f.id = ?").param(paid)
                .query(String.class).single();
        long line = orders.jdbc().sql("SELECT id FROM order_line WHERE fulfilment_id = ?").param(paid).query(Long.class).single();
        assertThatThrownBy(() -> returns.request(paid, fixture.token(number), ReturnReason.DAMAGED, "x", Map.of(line, 1), List.of()))
                .hasMessage("order.return.error.not-delivered");
    }

    @Test
    void the_postage_of_a_return_for_the_groups_fault_is_refunded_on_receipt_within_its_bound() {
        ReturnFixture.Delivered d = fixture.delivered();
        long max = fixture.postageMax(d.parcel());
        assertThat(max).isPositive();
        long id = damaged(d, 1);
        Callers.as(group(d), () -> returns.accept(id));
        assertThat(Callers.as(group(d), () -> returns.forMyGroup()).stream().filter(r -> r.id() == id).findFirst().orElseThrow().postageMax())
                .isEqualTo(Money.rupiah(max));

        assertThatThrownBy(() -> returns.shipBack(id, d.token(), "JNE-POS-1", Money.rupiah(max + 1)))
                .isInstanceOfSatisfying(OrderException.class, e -> assertThat(e.getMessage()).isEqualTo("order.return.error.postage"));
        assertThatThrownBy(() -> returns.shipBack(id, d.token(), "JNE-POS-1", Money.rupiah(-1))).hasMessage("order.return.error.postage");
        assertThat(fixture.returnStatus(id)).isEqualTo("ACCEPTED");

        returns.shipBack(id, d.token(), "JNE-POS-1", Money.rupiah(max));
        ReturnCase shipped = Callers.as(group(d), () -> returns.forMyGroup()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(shipped.returnPostage()).isEqualTo(Money.rupiah(max));
        assertThat(shipped.postageOnReceipt()).isEqualTo(Money.rupiah(max));
        Money back = Callers.as(group(d), () -> returns.confirmReceipt(id, false));

        assertThat(back).isEqualTo(Money.rupiah(ReturnFixture.PRICE + max));
        await().atMost(WAIT).until(() -> fixture.returnStatus(id).equals("REFUNDED"));
        assertThat(fixture.refunded(d.parcel())).isEqualTo(ReturnFixture.PRICE + max);
        assertThat(Callers.as(group(d), () -> returns.forMyGroup()).stream().filter(r -> r.id() == id).findFirst().orElseThrow().refundPostage())
                .isEqualTo(Money.rupiah(max));

        // The postage took the parcel's shipping claim: a second return of the same parcel refunds no postage.
        long second = damaged(d, 1);
        Callers.as(group(d), () -> returns.accept(second));
        assertThatThrownBy(() -> returns.shipBack(second, d.token(), "JNE-POS-3", Money.rupiah(1))).hasMessage("order.return.error.postage");
        returns.shipBack(second, d.token(), "JNE-POS-3", Money.ZERO);
        assertThat(Callers.as(group(d), () -> returns.confirmReceipt(second, false))).isEqualTo(Money.rupiah(ReturnFixture.PRICE));
    }

    @Test
    void a_buyer_who_changed_their_mind_pays_the_postage_and_none_is_refunded() {
        ReturnFixture.Delivered d = fixture.delivered();
        long id = returns.request(d.parcel(), d.token(), ReturnReason.CHANGED_MIND, "Warnanya kurang cocok", Map.of(d.line(), 1), List.of());
        Callers.as(group(d), () -> returns.accept(id));
        assertThatThrownBy(() -> returns.shipBack(id, d.token(), "JNE-POS-2", Money.rupiah(10_000))).hasMessage("order.return.error.postage-buyer");
        assertThat(fixture.returnStatus(id)).isEqualTo("ACCEPTED");

        returns.shipBack(id, d.token(), "JNE-POS-2", Money.ZERO);
        Money back = Callers.as(group(d), () -> returns.confirmReceipt(id, false));

        assertThat(back).isEqualTo(Money.rupiah(ReturnFixture.PRICE));
        await().atMost(WAIT).until(() -> fixture.returnStatus(id).equals("REFUNDED"));
        assertThat(fixture.refunded(d.parcel())).isEqualTo(ReturnFixture.PRICE);
    }

    @Test
    void a_curators_decision_may_add_the_postage_within_its_bound_and_only_with_a_refund() {
        ReturnFixture.Delivered d = fixture.delivered();
        long max = fixture.postageMax(d.parcel());
        long id = damaged(d, 1);
        Callers.as(group(d), () -> returns.decline(id, "Retak karena pembeli"));
        returns.escalate(id, d.token());
        Caller curator = Callers.curator(-2105, d.group().provinceCode());

        assertThatThrownBy(() -> Callers.as(curator, () -> returns.decide(id, Money.rupiah(1_000), Money.rupiah(max + 1), true, "Ongkir")))
                .hasMessage("order.return.error.postage");
        assertThatThrownBy(() -> Callers.as(curator, () -> returns.decide(id, Money.ZERO, Money.rupiah(1_000), true, "Ongkir saja")))
                .hasMessage("order.return.error.postage-alone");
        assertThat(fixture.returnStatus(id)).isEqualTo("ESCALATED");

        Money back = Callers.as(curator, () -> returns.decide(id, Money.rupiah(ReturnFixture.PRICE), Money.rupiah(max), true, "Ongkir ikut diganti"));

        assertThat(back).isEqualTo(Money.rupiah(ReturnFixture.PRICE + max));
        await().atMost(WAIT).until(() -> fixture.refunded(d.parcel()) == ReturnFixture.PRICE + max);
    }
}
