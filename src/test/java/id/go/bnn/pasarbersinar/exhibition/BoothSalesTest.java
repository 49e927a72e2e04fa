package id.go.bnn.pasarbersinar.exhibition;

import static id.go.bnn.pasarbersinar.exhibition.BoothFixture.as;
import static id.go.bnn.pasarbersinar.exhibition.BoothFixture.cash;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Booth;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Seller;
import id.go.bnn.pasarbersinar.exhibition.BoothSaleOutcome.Result;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Booth sales against the real database: each counted once, the event's stock never below zero, flagged when short. */
@SpringBootTest
class BoothSalesTest {

    @Autowired
    BoothSales sales;
    @Autowired
    BoothFixture fixture;

    @Test
    void a_cash_sale_takes_its_items_from_the_event_stock_once_even_when_sent_twice() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 75_000, 5);
        BoothSale sale = cash(booth, variant, 2, 75_000);

        BoothSaleOutcome first = as(seller.caller(), () -> sales.record(sale));
        BoothSaleOutcome again = as(seller.caller(), () -> sales.record(sale));

        assertThat(first.result()).isEqualTo(Result.RECORDED);
        assertThat(first.receiptToken()).hasSize(43);
        assertThat(again.result()).isEqualTo(Result.DUPLICATE);
        assertThat(again.receiptToken()).isEqualTo(first.receiptToken());
        assertThat(fixture.sold(booth, variant)).isEqualTo(2);
        assertThat(fixture.saleCount(booth)).isEqualTo(1);
        assertThat(as(seller.caller(), () -> sales.catalog(booth.exhibitionId(), booth.groupId(), java.util.Locale.ENGLISH)))
                .singleElement().satisfies(item -> {
                    assertThat(item.onHand()).isEqualTo(3);
                    assertThat(item.price()).isEqualTo(75_000);
                });
    }

    @Test
    void a_sale_the_stock_can_no_longer_cover_is_kept_flagged_short_and_takes_nothing() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 40_000, 1);
        long other = fixture.allocated(booth, 20_000, 3);

        BoothSaleOutcome last = as(seller.caller(), () -> sales.record(cash(booth, variant, 1, 40_000)));
        // Two lines: the first could be covered, the second not. The whole sale is flagged and neither line takes stock.
        BoothSale tooMany = new BoothSale(UUID.randomUUID().toString(), booth.exhibitionId(), booth.groupId(),
                List.of(new BoothSale.Line(other, 2, 20_000), new BoothSale.Line(variant, 1, 40_000)), BoothPayment.CASH, null, 100_000L, Instant.now());
        BoothSaleOutcome shortOne = as(seller.caller(), () -> sales.record(tooMany));

        assertThat(last.result()).isEqualTo(Result.RECORDED);
        assertThat(shortOne.result()).isEqualTo(Result.SHORT);
        assertThat(fixture.status(tooMany.saleKey())).isEqualTo("SHORT");
        assertThat(fixture.sold(booth, variant)).isEqualTo(1);
        assertThat(fixture.sold(booth, other)).isZero();
        assertThat(as(seller.caller(), () -> sales.daySales(booth.exhibitionId(), booth.groupId(), sales.today())))
                .extracting(RecordedBoothSale::saleKey, RecordedBoothSale::isShort)
                .contains(org.assertj.core.groups.Tuple.tuple(tooMany.saleKey(), true));
        assertThat(BoothFixture.as(id.go.bnn.pasarbersinar.shared.Caller.SYSTEM, () -> sales.shortSales(booth.exhibitionId())))
                .extracting(RecordedBoothSale::saleKey).containsExactly(tooMany.saleKey());
    }

    @Test
    void a_sale_of_someone_not_selling_at_the_booth_is_refused_and_stores_nothing() {
        Booth booth = fixture.openBooth(0);
        fixture.seller(booth);
        Seller member = fixture.member(booth);
        long variant = fixture.allocated(booth, 50_000, 5);

        BoothSaleOutcome outcome = as(member.caller(), () -> sales.record(cash(booth, variant, 1, 50_000)));

        assertThat(outcome.result()).isEqualTo(Result.REFUSED);
        assertThat(outcome.messageKey()).isEqualTo("exhibition.booth.error.not-seller");
        assertThat(fixture.saleCount(booth)).isZero();
        assertThat(fixture.sold(booth, variant)).isZero();
    }

    @Test
    void an_item_not_moved_to_the_booth_is_refused_and_changes_nothing() {
        Booth booth = fixture.openBooth(0);
        Booth elsewhere = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long mine = fixture.allocated(booth, 50_000, 5);
        long notHere = fixture.allocated(elsewhere, 50_000, 5);
        BoothSale sale = new BoothSale(UUID.randomUUID().toString(), booth.exhibitionId(), booth.groupId(),
                List.of(new BoothSale.Line(mine, 1, 50_000), new BoothSale.Line(notHere, 1, 50_000)), BoothPayment.CASH, null, null, Instant.now());

        BoothSaleOutcome outcome = as(seller.caller(), () -> sales.record(sale));

        assertThat(outcome.messageKey()).isEqualTo("exhibition.booth.error.not-allocated");
        assertThat(fixture.saleCount(booth)).isZero();
        assertThat(fixture.sold(booth, mine)).isZero();
        assertThat(fixture.sold(elsewhere, notHere)).isZero();
    }

    @Test
    void malformed_sales_are_refused_with_their_reason() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 50_000, 5);
        BoothSale good = cash(booth, variant, 1, 50_000);

        assertThat(refusal(seller, new BoothSale("bukan-uuid", booth.exhibitionId(), booth.groupId(), good.lines(), BoothPayment.CASH, null, null,
                Instant.now()))).isEqualTo("exhibition.booth.error.sale-id");
        assertThat(refusal(seller, cash(booth, variant, -1, 50_000))).isEqualTo("exhibition.booth.error.quantity");
        assertThat(refusal(seller, cash(booth, variant, 1, -5))).isEqualTo("exhibition.booth.error.price");
        assertThat(refusal(seller, new BoothSale(UUID.randomUUID().toString(), booth.exhibitionId(), booth.groupId(), List.of(), BoothPayment.CASH,
                null, null, Instant.now()))).isEqualTo("exhibition.booth.error.lines");
        assertThat(refusal(seller, new BoothSale(UUID.randomUUID().toString(), booth.exhibitionId(), booth.groupId(), good.lines(),
                BoothPayment.QRIS_REFERENCE, " ", null, Instant.now()))).isEqualTo("exhibition.booth.error.reference");
        assertThat(refusal(seller, new BoothSale(UUID.randomUUID().toString(), booth.exhibitionId(), booth.groupId(), good.lines(),
                BoothPayment.CASH, null, 10_000L, Instant.now()))).isEqualTo("exhibition.booth.error.cash");
        assertThat(refusal(seller, new BoothSale(UUID.randomUUID().toString(), booth.exhibitionId(), booth.groupId(), good.lines(),
                BoothPayment.CASH, null, null, Instant.now().plus(2, ChronoUnit.DAYS)))).isEqualTo("exhibition.booth.error.time");
        assertThat(fixture.saleCount(booth)).isZero();
        assertThat(fixture.sold(booth, variant)).isZero();
    }

    @Test
    void an_event_that_is_not_open_takes_no_sales() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 50_000, 5);
        fixture.endEvent(booth);

        assertThat(refusal(seller, cash(booth, variant, 1, 50_000))).isEqualTo("exhibition.booth.error.not-open");
        assertThat(as(seller.caller(), () -> sales.myBooths())).noneMatch(b -> b.exhibitionId() == booth.exhibitionId());
        assertThat(fixture.saleCount(booth)).isZero();
    }

    @Test
    void a_seller_sees_the_booths_of_open_events_with_the_group_name() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);

        assertThat(as(seller.caller(), () -> sales.myBooths())).singleElement().satisfies(b -> {
            assertThat(b.exhibitionId()).isEqualTo(booth.exhibitionId());
            assertThat(b.groupName()).isNotBlank();
            assertThat(b.boothLabel()).isEqualTo("A1");
        });
    }

    private String refusal(Seller seller, BoothSale sale) {
        BoothSaleOutcome outcome = as(seller.caller(), () -> sales.record(sale));
        assertThat(outcome.result()).isEqualTo(Result.REFUSED);
        return outcome.messageKey();
    }
}
