package id.go.bnn.pasarbersinar.exhibition;

import static id.go.bnn.pasarbersinar.exhibition.BoothFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Booth;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Seller;
import id.go.bnn.pasarbersinar.exhibition.BoothSaleOutcome.Result;
import id.go.bnn.pasarbersinar.payment.DemoPayments;
import id.go.bnn.pasarbersinar.payment.QrisCharge;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A booth sale paid by QRIS through the shop's provider (here the demo provider, whose page stands in for the buyer's
 * banking app): recorded once the payment is confirmed, never before, never when the charge expired or failed.
 */
@SpringBootTest
class BoothQrisTest {

    private static final String DEMO_PAGE = "/bayar/demo/";

    @Autowired
    BoothQris qris;
    @Autowired
    BoothSales sales;
    @Autowired
    BoothFixture fixture;
    @Autowired
    DemoPayments demoPayments;
    @Autowired
    DemoCheckout demoCheckout;

    @Test
    void the_sale_is_recorded_with_the_providers_payment_once_the_buyer_paid_the_qr_code() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 85_000, 3);
        BoothSale sale = BoothFixture.qris(booth, variant, 2, 85_000);

        QrisCharge charge = as(seller.caller(), () -> qris.start(sale, Locale.ENGLISH));

        assertThat(charge.state()).isEqualTo(QrisCharge.State.OPEN);
        assertThat(charge.amount().rupiah()).isEqualTo(170_000);
        assertThat(charge.demo()).isTrue();
        assertThat(charge.qrPayload()).startsWith("000201").contains("5406170000", "PASAR BERSINAR DEMO");
        assertThat(charge.qrImage()).startsWith("data:image/png;base64,");
        assertThat(charge.payPage()).startsWith(DEMO_PAGE);
        assertThat(as(seller.caller(), () -> qris.start(sale, Locale.ENGLISH)).payPage()).as("asked again: the same charge").isEqualTo(charge.payPage());
        BoothQris.Progress waiting = as(seller.caller(), () -> qris.check(sale.saleKey()));
        assertThat(waiting.state()).isEqualTo(QrisCharge.State.OPEN);
        assertThat(waiting.outcome()).isNull();
        assertThat(fixture.saleCount(booth)).isZero();
        assertThat(fixture.sold(booth, variant)).isZero();

        assertThat(demoPayments.pay(charge.payPage())).isTrue();
        BoothQris.Progress paid = as(seller.caller(), () -> qris.check(sale.saleKey()));

        assertThat(paid.state()).isEqualTo(QrisCharge.State.PAID);
        assertThat(paid.outcome().result()).isIn(Result.RECORDED, Result.DUPLICATE);
        assertThat(paid.outcome().receiptToken()).hasSize(43);
        assertThat(fixture.saleCount(booth)).isEqualTo(1);
        assertThat(fixture.sold(booth, variant)).isEqualTo(2);
        assertThat(fixture.payment(sale.saleKey())).startsWith("QRIS_PROVIDER demo_pay_");
        assertThat(as(seller.caller(), () -> qris.check(sale.saleKey())).outcome().receiptToken()).isEqualTo(paid.outcome().receiptToken());
    }

    @Test
    void the_providers_confirmation_alone_records_the_sale_when_the_phone_stopped_asking() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 30_000, 2);
        BoothSale sale = BoothFixture.qris(booth, variant, 1, 30_000);
        QrisCharge charge = as(seller.caller(), () -> qris.start(sale, Locale.of("id")));

        assertThat(demoPayments.pay(charge.payPage())).isTrue();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> fixture.saleCount(booth) == 1);
        assertThat(fixture.sold(booth, variant)).isEqualTo(1);
        assertThat(fixture.status(sale.saleKey())).isEqualTo("RECORDED");
    }

    @Test
    void an_expired_or_cancelled_charge_records_nothing_and_says_so() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 50_000, 4);
        BoothSale expiring = BoothFixture.qris(booth, variant, 1, 50_000);
        BoothSale cancelled = BoothFixture.qris(booth, variant, 1, 50_000);
        QrisCharge charge = as(seller.caller(), () -> qris.start(expiring, Locale.ENGLISH));
        as(seller.caller(), () -> qris.start(cancelled, Locale.ENGLISH));

        demoCheckout.choose(charge.payPage().substring(DEMO_PAGE.length()), DemoCheckout.Choice.EXPIRE);
        BoothQris.Progress expired = as(seller.caller(), () -> qris.check(expiring.saleKey()));
        BoothQris.Progress stopped = as(seller.caller(), () -> qris.cancel(cancelled.saleKey()));

        assertThat(expired.state()).isEqualTo(QrisCharge.State.EXPIRED);
        assertThat(expired.messageKey()).isEqualTo("exhibition.qris.expired");
        assertThat(expired.outcome()).isNull();
        assertThat(stopped.state()).isIn(QrisCharge.State.EXPIRED, QrisCharge.State.FAILED);
        assertThat(stopped.outcome()).isNull();
        demoPayments.pay(charge.payPage());
        assertThat(as(seller.caller(), () -> qris.check(expiring.saleKey())).state()).isEqualTo(QrisCharge.State.EXPIRED);
        assertThat(fixture.saleCount(booth)).isZero();
        assertThat(fixture.sold(booth, variant)).isZero();
    }

    @Test
    void a_sale_claiming_the_shops_qris_without_a_confirmed_payment_is_refused_and_nothing_is_stored() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 50_000, 4);
        BoothSale unpaid = BoothFixture.qris(booth, variant, 1, 50_000);
        BoothSale started = BoothFixture.qris(booth, variant, 1, 50_000);
        as(seller.caller(), () -> qris.start(started, Locale.ENGLISH));

        BoothSaleOutcome never = as(seller.caller(), () -> sales.record(unpaid));
        BoothSaleOutcome notYet = as(seller.caller(), () -> sales.record(started));

        assertThat(never.result()).isEqualTo(Result.REFUSED);
        assertThat(never.messageKey()).isEqualTo("exhibition.qris.error.unpaid");
        assertThat(notYet.messageKey()).isEqualTo("exhibition.qris.error.unpaid");
        assertThat(fixture.saleCount(booth)).isZero();
    }

    @Test
    void a_charge_is_refused_for_a_seller_of_another_booth_more_than_the_stock_or_an_upper_case_id() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        Seller stranger = fixture.member(booth);
        long variant = fixture.allocated(booth, 50_000, 1);
        BoothSale sale = BoothFixture.qris(booth, variant, 1, 50_000);
        BoothSale tooMany = BoothFixture.qris(booth, variant, 2, 50_000);
        BoothSale shouting = new BoothSale(sale.saleKey().toUpperCase(Locale.ROOT), sale.exhibitionId(), sale.groupId(), sale.lines(), sale.payment(),
                null, null, sale.soldAt());

        assertThatThrownBy(() -> as(stranger.caller(), () -> qris.start(sale, Locale.ENGLISH)))
                .isInstanceOfSatisfying(BoothSaleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibition.booth.error.not-seller"));
        assertThatThrownBy(() -> as(seller.caller(), () -> qris.start(tooMany, Locale.ENGLISH)))
                .isInstanceOfSatisfying(BoothSaleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibition.qris.error.stock"));
        assertThatThrownBy(() -> as(seller.caller(), () -> qris.start(shouting, Locale.ENGLISH)))
                .isInstanceOfSatisfying(BoothSaleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibition.booth.error.sale-id"));
        assertThatThrownBy(() -> as(stranger.caller(), () -> qris.check(sale.saleKey())))
                .isInstanceOfSatisfying(BoothSaleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibition.qris.error.unknown"));
        assertThat(fixture.saleCount(booth)).isZero();
    }
}
