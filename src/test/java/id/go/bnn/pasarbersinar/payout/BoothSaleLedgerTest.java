package id.go.bnn.pasarbersinar.payout;

import static id.go.bnn.pasarbersinar.exhibition.BoothFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.exhibition.BoothFixture;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Booth;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Seller;
import id.go.bnn.pasarbersinar.exhibition.BoothPayment;
import id.go.bnn.pasarbersinar.exhibition.BoothQris;
import id.go.bnn.pasarbersinar.payment.DemoPayments;
import id.go.bnn.pasarbersinar.payment.QrisCharge;
import id.go.bnn.pasarbersinar.exhibition.BoothSale;
import id.go.bnn.pasarbersinar.exhibition.BoothSaleOutcome;
import id.go.bnn.pasarbersinar.exhibition.BoothSales;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A booth sale in the ledger: the group is credited like an online sale less the event's commission, and money the
 * group took itself is booked as held, so its payable balance only loses the commission it owes; posted once.
 */
@SpringBootTest
@ExtendWith(EveryTransactionBalances.class)
class BoothSaleLedgerTest {

    @Autowired
    BoothSales sales;
    @Autowired
    BoothFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Earnings earnings;
    @Autowired
    BoothQris qris;
    @Autowired
    DemoPayments demoPayments;

    @Test
    void cash_at_the_booth_is_held_by_the_group_and_only_the_commission_comes_off_its_payable_balance() {
        Booth booth = fixture.openBooth(1_000);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 75_000, 5);
        BoothSale sale = BoothFixture.cash(booth, variant, 2, 75_000);

        as(seller.caller(), () -> sales.record(sale));

        Map<String, Long> entries = entries(sale.saleKey());
        assertThat(entries).containsEntry("PLATFORM_BOOTH_SALES 0", -150_000L)
                .containsEntry("PLATFORM_COMMISSION 0", 15_000L)
                .containsEntry("GROUP_AVAILABLE " + booth.groupId(), -15_000L)
                .containsEntry("GROUP_HELD_AT_BOOTH " + booth.groupId(), 150_000L);
        assertThat(entries.keySet()).noneMatch(key -> key.startsWith("GROUP_PENDING"));
    }

    @Test
    void a_qris_payment_to_the_group_itself_is_held_too_and_a_zero_commission_leaves_the_balance_as_it_was() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 40_000, 5);
        BoothSale sale = new BoothSale(UUID.randomUUID().toString(), booth.exhibitionId(), booth.groupId(), List.of(new BoothSale.Line(variant, 1, 40_000)),
                BoothPayment.QRIS_REFERENCE, "QR-778812", null, Instant.now());

        as(seller.caller(), () -> sales.record(sale));

        Map<String, Long> entries = entries(sale.saleKey());
        assertThat(entries).containsEntry("GROUP_AVAILABLE " + booth.groupId(), 0L).containsEntry("GROUP_HELD_AT_BOOTH " + booth.groupId(), 40_000L)
                .doesNotContainKey("PLATFORM_COMMISSION 0");
    }

    @Test
    void the_shops_qris_is_the_platforms_money_so_the_group_is_paid_its_share_by_the_next_payout() {
        Booth booth = fixture.openBooth(1_000);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 90_000, 3);
        BoothSale sale = BoothFixture.qris(booth, variant, 2, 90_000);
        QrisCharge charge = as(seller.caller(), () -> qris.start(sale, java.util.Locale.ENGLISH));
        assertThat(demoPayments.pay(charge.payPage())).isTrue();

        as(seller.caller(), () -> qris.check(sale.saleKey()));

        Map<String, Long> entries = entries(sale.saleKey());
        assertThat(entries).containsEntry("PLATFORM_BOOTH_SALES 0", -180_000L)
                .containsEntry("PLATFORM_COMMISSION 0", 18_000L)
                .containsEntry("GROUP_AVAILABLE " + booth.groupId(), 162_000L)
                .doesNotContainKey("GROUP_HELD_AT_BOOTH " + booth.groupId());
        assertThat(jdbc.sql("SELECT description FROM ledger_transaction WHERE source_key = ?").param("booth:" + saleId(sale.saleKey()))
                .query(String.class).single()).contains("QRIS_PROVIDER");
    }

    @Test
    void a_card_paid_at_the_booth_is_the_platforms_money_too_and_payable_to_the_group() {
        Booth booth = fixture.openBooth(1_000);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 70_000, 1);
        BoothSale sale = BoothFixture.card(booth, variant, 1, 70_000);
        QrisCharge charge = as(seller.caller(), () -> qris.start(sale, java.util.Locale.ENGLISH));
        assertThat(demoPayments.pay(java.net.URI.create(charge.payPage()).getPath())).isTrue();

        as(seller.caller(), () -> qris.check(sale.saleKey()));

        Map<String, Long> entries = entries(sale.saleKey());
        assertThat(entries).containsEntry("PLATFORM_BOOTH_SALES 0", -70_000L)
                .containsEntry("PLATFORM_COMMISSION 0", 7_000L)
                .containsEntry("GROUP_AVAILABLE " + booth.groupId(), 63_000L)
                .doesNotContainKey("GROUP_HELD_AT_BOOTH " + booth.groupId());
    }

    @Test
    void a_sale_sent_twice_and_a_short_sale_post_nothing_more() {
        Booth booth = fixture.openBooth(500);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 100_000, 1);
        BoothSale sale = BoothFixture.cash(booth, variant, 1, 100_000);
        BoothSale tooLate = BoothFixture.cash(booth, variant, 1, 100_000);

        as(seller.caller(), () -> sales.record(sale));
        entries(sale.saleKey());
        as(seller.caller(), () -> sales.record(sale));
        BoothSaleOutcome shortOne = as(seller.caller(), () -> sales.record(tooLate));

        assertThat(shortOne.result()).isEqualTo(BoothSaleOutcome.Result.SHORT);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_transaction WHERE source_key LIKE ? OR source_key = ?")
                .params("booth:" + saleId(sale.saleKey()), "booth:" + saleId(tooLate.saleKey())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_statement_shows_the_booth_sale_with_its_price_and_commission() {
        Booth booth = fixture.openBooth(1_000);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 60_000, 2);
        BoothSale sale = BoothFixture.cash(booth, variant, 1, 60_000);
        as(seller.caller(), () -> sales.record(sale));
        entries(sale.saleKey());

        Statement statement = Caller.runAsSystem(() -> earnings.statement(new GroupId(booth.groupId()), YearMonth.now(ShopTime.ZONE)));

        assertThat(statement.rows()).filteredOn(row -> row.kind() == StatementRow.Kind.BOOTH_SALE && ("booth:" + saleId(sale.saleKey())).equals(row.reference()))
                .singleElement().satisfies(row -> {
                    assertThat(row.price()).isEqualTo(60_000);
                    assertThat(row.commission()).isEqualTo(6_000);
                    assertThat(row.amount()).isEqualTo(-6_000);
                    assertThat(StatementTable.cells(row, java.util.Locale.ENGLISH)).contains("Exhibition booth sale",
                            eventName(booth) + " · money taken by the group at the booth");
                });
    }

    private String eventName(Booth booth) {
        return jdbc.sql("SELECT name FROM exhibition WHERE id = ?").param(booth.exhibitionId()).query(String.class).single();
    }

    private long saleId(String saleKey) {
        return jdbc.sql("SELECT id FROM booth_sale WHERE sale_key = ?").param(saleKey).query(Long.class).single();
    }

    /** The sale's ledger entries summed by account and group, once the payout module's listener posted them. */
    private Map<String, Long> entries(String saleKey) {
        String key = "booth:" + saleId(saleKey);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() ->
                jdbc.sql("SELECT COUNT(*) FROM ledger_transaction WHERE source_key = ?").param(key).query(Long.class).single() > 0);
        return jdbc.sql("SELECT e.account, e.group_id, e.amount FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id WHERE t.source_key = ?")
                .param(key).query((rs, row) -> Map.entry(rs.getString(1) + " " + rs.getLong(2), rs.getLong(3))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
    }
}
