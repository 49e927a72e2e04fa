package id.go.bnn.pasarbersinar.exhibition;

import static id.go.bnn.pasarbersinar.exhibition.BoothFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Booth;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Seller;
import id.go.bnn.pasarbersinar.exhibition.BoothSaleOutcome.Result;
import id.go.bnn.pasarbersinar.payment.DemoPayments;
import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import id.go.bnn.pasarbersinar.payment.QrisCharge;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout;
import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.MovableClock;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Booth charges through the shop's providers (here the demo provider): a card paid on the buyer's phone as one path
 * with QRIS; the items held on the event's stock while the buyer pays, released when the charge ends unpaid, turned
 * into the sale once when it is paid; a paid sale that can no longer be recorded kept SHORT for the seller and staff.
 */
@SpringBootTest
class BoothChargeTest {

    private static final String DEMO_PAGE = "/bayar/demo/";

    @Autowired
    BoothQris charges;
    @Autowired
    BoothSales sales;
    @Autowired
    ShortBoothSales shorts;
    @Autowired
    Exhibitions exhibitions;
    @Autowired
    BoothFixture fixture;
    @Autowired
    DemoPayments demoPayments;
    @Autowired
    DemoCheckout demoCheckout;
    @Autowired
    MovableClock clock;

    @Test
    void a_card_sale_shows_the_card_page_as_a_qr_code_and_is_recorded_once_as_payable_money_when_paid() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 120_000, 3);
        BoothSale sale = BoothFixture.card(booth, variant, 2, 120_000);

        QrisCharge charge = as(seller.caller(), () -> charges.start(sale, Locale.ENGLISH));

        assertThat(charge.method()).isEqualTo(PaymentMethod.CARD);
        assertThat(charge.state()).isEqualTo(QrisCharge.State.OPEN);
        assertThat(charge.amount().rupiah()).isEqualTo(240_000);
        assertThat(URI.create(charge.payPage()).isAbsolute()).as("the buyer's own phone opens it").isTrue();
        assertThat(URI.create(charge.payPage()).getPath()).startsWith(DEMO_PAGE);
        assertThat(charge.qrPayload()).isEqualTo(charge.payPage());
        assertThat(charge.qrImage()).startsWith("data:image/png;base64,");
        assertThat(as(seller.caller(), () -> charges.start(sale, Locale.ENGLISH)).payPage()).as("asked again: the same charge").isEqualTo(charge.payPage());
        assertThat(as(seller.caller(), () -> charges.check(sale.saleKey())).messageKey()).isEqualTo("exhibition.card.waiting");
        assertThat(fixture.saleCount(booth)).isZero();
        assertThat(fixture.held(booth, variant)).isEqualTo(2);

        assertThat(demoPayments.pay(URI.create(charge.payPage()).getPath())).isTrue();
        BoothQris.Progress paid = as(seller.caller(), () -> charges.check(sale.saleKey()));
        BoothQris.Progress again = as(seller.caller(), () -> charges.check(sale.saleKey()));

        assertThat(paid.state()).isEqualTo(QrisCharge.State.PAID);
        assertThat(paid.outcome().result()).isIn(Result.RECORDED, Result.DUPLICATE);
        assertThat(again.outcome().receiptToken()).isEqualTo(paid.outcome().receiptToken());
        assertThat(fixture.saleCount(booth)).isEqualTo(1);
        assertThat(fixture.sold(booth, variant)).as("the hold became the sale, once").isEqualTo(2);
        assertThat(fixture.held(booth, variant)).isZero();
        assertThat(fixture.payment(sale.saleKey())).startsWith("CARD demo_pay_");
        assertThat(BoothPayment.CARD.heldByGroup()).as("the platform's money: payable to the group").isFalse();
    }

    @Test
    void a_card_sale_without_a_confirmed_card_payment_or_over_the_stock_is_refused_and_nothing_changes() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 40_000, 1);
        BoothSale claimed = BoothFixture.card(booth, variant, 1, 40_000);
        BoothSale tooMany = BoothFixture.card(booth, variant, 2, 40_000);
        BoothSale paidByQris = BoothFixture.qris(booth, variant, 1, 40_000);

        assertThat(as(seller.caller(), () -> sales.record(claimed)).messageKey()).isEqualTo("exhibition.card.error.unpaid");
        assertThatThrownBy(() -> as(seller.caller(), () -> charges.start(tooMany, Locale.ENGLISH)))
                .isInstanceOfSatisfying(BoothSaleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibition.qris.error.stock"));
        QrisCharge qris = as(seller.caller(), () -> charges.start(paidByQris, Locale.ENGLISH));
        BoothSale sameKeyByCard = new BoothSale(paidByQris.saleKey(), paidByQris.exhibitionId(), paidByQris.groupId(), paidByQris.lines(),
                BoothPayment.CARD, null, null, paidByQris.soldAt());
        assertThatThrownBy(() -> as(seller.caller(), () -> charges.start(sameKeyByCard, Locale.ENGLISH)))
                .isInstanceOfSatisfying(BoothSaleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibition.qris.error.used"));
        demoPayments.pay(qris.payPage());
        assertThat(as(seller.caller(), () -> charges.check(paidByQris.saleKey())).state()).isEqualTo(QrisCharge.State.PAID);

        assertThat(fixture.sold(booth, variant)).isEqualTo(1);
        assertThat(fixture.payment(paidByQris.saleKey())).as("recorded as it was charged").startsWith("QRIS_PROVIDER");
        assertThat(fixture.saleCount(booth)).isEqualTo(1);
    }

    @Test
    void the_held_pieces_are_out_of_reach_of_another_sale_and_come_back_when_the_charge_expires_or_is_cancelled() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 50_000, 3);
        BoothSale expiring = BoothFixture.qris(booth, variant, 2, 50_000);
        BoothSale cancelled = BoothFixture.card(booth, variant, 1, 50_000);
        QrisCharge charge = as(seller.caller(), () -> charges.start(expiring, Locale.ENGLISH));
        as(seller.caller(), () -> charges.start(cancelled, Locale.ENGLISH));

        assertThat(fixture.held(booth, variant)).isEqualTo(3);
        assertThat(as(seller.caller(), () -> sales.catalog(booth.exhibitionId(), booth.groupId(), Locale.ENGLISH)))
                .singleElement().satisfies(item -> assertThat(item.onHand()).isZero());
        assertThat(as(seller.caller(), () -> sales.record(BoothFixture.cash(booth, variant, 1, 50_000))).result())
                .as("a cash sale cannot take a held piece").isEqualTo(Result.SHORT);
        assertThatThrownBy(() -> as(seller.caller(), () -> charges.start(BoothFixture.qris(booth, variant, 1, 50_000), Locale.ENGLISH)))
                .isInstanceOfSatisfying(BoothSaleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibition.qris.error.stock"));

        demoCheckout.choose(charge.payPage().substring(DEMO_PAGE.length()), DemoCheckout.Choice.EXPIRE);
        assertThat(as(seller.caller(), () -> charges.check(expiring.saleKey())).state()).isEqualTo(QrisCharge.State.EXPIRED);
        assertThat(as(seller.caller(), () -> charges.check(expiring.saleKey())).state()).isEqualTo(QrisCharge.State.EXPIRED);
        assertThat(fixture.held(booth, variant)).as("released once").isEqualTo(1);
        as(seller.caller(), () -> charges.cancel(cancelled.saleKey()));
        as(seller.caller(), () -> charges.cancel(cancelled.saleKey()));
        assertThat(fixture.held(booth, variant)).isZero();

        BoothSale later = BoothFixture.cash(booth, variant, 3, 50_000);
        assertThat(as(seller.caller(), () -> sales.record(later)).result()).isEqualTo(Result.RECORDED);
        assertThat(fixture.sold(booth, variant)).isEqualTo(3);
        assertThat(fixture.saleCount(booth)).as("the short cash sale and the later one; no charge recorded").isEqualTo(2);
    }

    @Test
    void the_minute_job_closes_a_charge_whose_time_ran_out_and_gives_its_hold_back_once() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 45_000, 2);
        BoothSale sale = BoothFixture.card(booth, variant, 2, 45_000);
        as(seller.caller(), () -> charges.start(sale, Locale.ENGLISH));
        assertThat(fixture.held(booth, variant)).isEqualTo(2);

        clock.advance(Duration.ofMinutes(31));
        // The job takes the oldest hundred waiting sales a run; a database kept between runs may hold older ones.
        for (int run = 0; run < 20 && fixture.held(booth, variant) > 0; run++) {
            charges.recheckWaiting();
        }
        charges.recheckWaiting();

        assertThat(fixture.held(booth, variant)).isZero();
        assertThat(as(seller.caller(), () -> charges.check(sale.saleKey())).state()).isEqualTo(QrisCharge.State.EXPIRED);
        assertThat(as(seller.caller(), () -> sales.record(BoothFixture.cash(booth, variant, 2, 45_000))).result()).isEqualTo(Result.RECORDED);
        assertThat(fixture.held(booth, variant)).isZero();
        assertThat(fixture.sold(booth, variant)).isEqualTo(2);
    }

    @Test
    void two_phones_holding_the_last_piece_at_once_hold_it_once() throws Exception {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 60_000, 1);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> phones = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            BoothSale sale = i == 0 ? BoothFixture.qris(booth, variant, 1, 60_000) : BoothFixture.card(booth, variant, 1, 60_000);
            phones.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return as(seller.caller(), () -> charges.start(sale, Locale.ENGLISH)).state().name();
                } catch (BoothSaleException refused) {
                    return refused.messageKey();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();

        assertThat(phones.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder("OPEN", "exhibition.qris.error.stock");
        assertThat(fixture.held(booth, variant)).isEqualTo(1);
    }

    @Test
    void a_paid_sale_whose_event_ended_meanwhile_is_kept_short_for_the_seller_and_staff_and_its_pieces_go_back_online() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 75_000, 3);
        BoothSale sale = BoothFixture.qris(booth, variant, 2, 75_000);
        QrisCharge charge = as(seller.caller(), () -> charges.start(sale, Locale.ENGLISH));
        ExhibitionId id = new ExhibitionId(booth.exhibitionId());
        var curator = Callers.curator(-7201, "53");
        Callers.as(curator, () -> {
            exhibitions.end(id);
            return null;
        });
        assertThat(fixture.returned(booth, variant)).as("the held pieces stay held when the event ends").isEqualTo(1);

        demoPayments.pay(charge.payPage());
        BoothQris.Progress paid = as(seller.caller(), () -> charges.check(sale.saleKey()));
        BoothQris.Progress again = as(seller.caller(), () -> charges.check(sale.saleKey()));

        assertThat(paid.state()).isEqualTo(QrisCharge.State.PAID);
        assertThat(paid.outcome().result()).isEqualTo(Result.SHORT);
        assertThat(paid.messageKey()).isIn("exhibition.charge.short", "exhibition.booth.short");
        assertThat(again.outcome().result()).isEqualTo(Result.SHORT);
        assertThat(fixture.status(sale.saleKey())).isEqualTo("SHORT");
        assertThat(fixture.saleCount(booth)).isEqualTo(1);
        assertThat(fixture.sold(booth, variant)).isZero();
        assertThat(fixture.held(booth, variant)).isZero();
        assertThat(fixture.returned(booth, variant)).as("given back online with the rest").isEqualTo(3);
        assertThat(Callers.as(curator, () -> shorts.of(id))).singleElement().satisfies(item -> {
            assertThat(item.sale().saleKey()).isEqualTo(sale.saleKey());
            assertThat(item.sale().shortReason()).isEqualTo(ShortReason.EVENT_CLOSED);
            assertThat(item.open()).isTrue();
        });
        assertThat(as(seller.caller(), () -> sales.daySales(booth.exhibitionId(), booth.groupId(), sales.today())))
                .filteredOn(RecordedBoothSale::isShort).extracting(RecordedBoothSale::saleKey).containsExactly(sale.saleKey());
    }

    @Test
    void a_paid_sale_whose_seller_was_removed_meanwhile_is_kept_short_saying_so_and_an_offline_sale_over_the_stock_says_stock() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        Seller other = fixture.seller(booth);
        long variant = fixture.allocated(booth, 65_000, 2);
        BoothSale sale = BoothFixture.card(booth, variant, 1, 65_000);
        QrisCharge charge = as(seller.caller(), () -> charges.start(sale, Locale.ENGLISH));
        ExhibitionId id = new ExhibitionId(booth.exhibitionId());
        var curator = Callers.curator(-7202, "53");
        Callers.as(curator, () -> {
            exhibitions.removeSeller(id, new id.go.bnn.pasarbersinar.producer.GroupId(booth.groupId()), seller.accountId());
            return null;
        });

        assertThat(demoPayments.pay(URI.create(charge.payPage()).getPath())).isTrue();
        BoothQris.Progress paid = as(curator, () -> charges.check(sale.saleKey()));
        String offline = fixture.shortSale(booth, other, "Dompet Kurang");

        assertThat(paid.outcome().result()).isEqualTo(Result.SHORT);
        assertThat(fixture.sold(booth, variant)).isZero();
        assertThat(Callers.as(curator, () -> shorts.of(id))).extracting(item -> item.sale().saleKey(), item -> item.sale().shortReason())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(sale.saleKey(), ShortReason.SELLER_REMOVED),
                        org.assertj.core.groups.Tuple.tuple(offline, ShortReason.STOCK));
        assertThat(as(other.caller(), () -> sales.daySales(booth.exhibitionId(), booth.groupId(), sales.today())))
                .filteredOn(recorded -> !recorded.isShort()).allSatisfy(recorded -> assertThat(recorded.shortReason()).isNull());
    }
}
