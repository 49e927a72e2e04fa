package id.go.bnn.pasarbersinar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static id.go.bnn.pasarbersinar.catalog.ListingStockFixture.withStock;
import static id.go.bnn.pasarbersinar.catalog.ListingStockFixture.withVariants;
import static id.go.bnn.pasarbersinar.catalog.ListingStockFixture.withWeight;

import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The listing editor and checkout share the stock: a save never writes back a stock, total or sales figure it read
 * before orders changed it, and a stock typed against a figure that moved saves nothing and names the current one.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingStockTest {

    @Autowired
    Listings listings;
    @Autowired
    ListingStockFixture listed;
    @Autowired
    Stock stock;
    @Autowired
    OrderFixture fixture;
    @Autowired
    TransactionTemplate transaction;

    GroupId group;
    Caller member;

    @BeforeAll
    void a_group_with_a_member() {
        group = listed.group("Stok Editor");
        member = Callers.producer(-7101, group.value());
    }

    @Test
    void a_checkout_between_opening_and_saving_the_editor_keeps_its_reservation() {
        ProductId id = approved("Tas Pandan Tersimpan", 5);
        long variant = variantOf(id);
        ListingEdit opened = Callers.as(member, () -> listings.find(id)).live();

        listed.checkOut(variant, 2);
        assertThat(fixture.stock(variant)).isEqualTo(3);
        // The producer only changes the weight; the stock field still shows the 5 it opened with.
        SaveOutcome outcome = Callers.as(member, () -> listings.save(id, withWeight(opened, 450)));

        assertThat(outcome).isEqualTo(SaveOutcome.APPLIED);
        assertThat(fixture.stock(variant)).isEqualTo(5 - 2);
        assertThat(fixture.totalStock(variant)).isEqualTo(5 - 2);
        assertThat(Callers.as(member, () -> listings.find(id)).live().weightGrams()).isEqualTo(450);
    }

    @Test
    void a_stock_typed_against_a_figure_that_moved_saves_nothing_and_the_producer_decides_again() {
        ProductId id = approved("Tas Pandan Berubah", 5);
        long variant = variantOf(id);
        ListingEdit opened = Callers.as(member, () -> listings.find(id)).live();
        String sku = opened.variants().getFirst().sku();

        listed.checkOut(variant, 2);
        ListingEdit restocked = withStock(withWeight(opened, 450), 10);

        assertThatThrownBy(() -> Callers.as(member, () -> listings.save(id, restocked)))
                .isInstanceOfSatisfying(StockMovedException.class, moved -> assertThat(moved.currentBySku()).isEqualTo(Map.of(sku, 3)));
        assertThat(fixture.stock(variant)).isEqualTo(3);
        assertThat(fixture.totalStock(variant)).isEqualTo(3);
        assertThat(Callers.as(member, () -> listings.find(id)).live().weightGrams()).isEqualTo(300);

        // Shown the 3 that is left, the producer decides on 10 again: now it is set.
        ListingEdit again = Callers.as(member, () -> listings.find(id)).live();
        Callers.as(member, () -> listings.save(id, withStock(withWeight(again, 450), 10)));
        assertThat(fixture.stock(variant)).isEqualTo(10);
        assertThat(fixture.totalStock(variant)).isEqualTo(10);
    }

    @Test
    void a_stock_change_without_the_figure_it_was_based_on_is_refused() {
        ProductId id = approved("Tas Tanpa Angka", 4);
        long variant = variantOf(id);
        ListingEdit opened = Callers.as(member, () -> listings.find(id)).live();
        ListingEdit.Variant shown = opened.variants().getFirst();
        ListingEdit blind = withVariants(opened, List.of(new ListingEdit.Variant(shown.sku(), shown.nameId(), shown.nameEn(), shown.price(), 7)));

        assertThatThrownBy(() -> Callers.as(member, () -> listings.save(id, blind))).isInstanceOf(StockMovedException.class);
        assertThat(fixture.stock(variant)).isEqualTo(4);
    }

    @Test
    void an_added_and_a_removed_variant_move_the_total_by_their_own_stock_only() {
        ProductId id = approved("Tas Dua Ukuran", 5);
        long variant = variantOf(id);
        ListingEdit opened = Callers.as(member, () -> listings.find(id)).live();
        listed.checkOut(variant, 1);

        ListingEdit.Variant first = opened.variants().getFirst();
        Callers.as(member, () -> listings.save(id, withVariants(opened, List.of(first, new ListingEdit.Variant(null, "Besar", null, null, 6)))));
        assertThat(fixture.totalStock(variant)).isEqualTo(4 + 6);

        ListingEdit two = Callers.as(member, () -> listings.find(id)).live();
        Callers.as(member, () -> listings.save(id, withVariants(two, List.of(two.variants().get(1)))));
        assertThat(Callers.as(member, () -> listings.find(id)).live().totalStock()).isEqualTo(6);
        assertThat(fixture.jdbc().sql("SELECT total_stock FROM product WHERE id = ?").param(id.value()).query(Integer.class).single())
                .isEqualTo(6);
    }

    /**
     * A save whose transaction loaded the product before an order was paid and committed after it: the full-row
     * update of the listing does not write back the stock and sales count it had loaded.
     */
    @Test
    void a_save_that_overlaps_a_sale_writes_back_neither_stock_nor_sales() throws Exception {
        ProductId id = approved("Tas Bersamaan", 5);
        long variant = variantOf(id);
        ListingEdit opened = Callers.as(member, () -> listings.find(id)).live();

        transaction.executeWithoutResult(status -> {
            // The save's transaction has the product loaded (a plain read: it holds no lock) when the order is paid.
            Callers.as(member, () -> listings.find(id));
            CompletableFuture.runAsync(() -> transaction.executeWithoutResult(other -> {
                stock.reserve(variant, 2);
                stock.countSales(id.value(), 2);
            })).orTimeout(20, TimeUnit.SECONDS).join();
            Callers.as(member, () -> listings.save(id, withWeight(opened, 500)));
        });

        assertThat(fixture.stock(variant)).isEqualTo(3);
        assertThat(fixture.totalStock(variant)).isEqualTo(3);
        assertThat(fixture.salesCount(variant)).isEqualTo(2);
        assertThat(Callers.as(member, () -> listings.find(id)).live().weightGrams()).isEqualTo(500);
    }

    private ProductId approved(String title, int stockOfIt) {
        return listed.approved(group, title, stockOfIt);
    }

    private long variantOf(ProductId id) {
        return listed.variantOf(id);
    }
}
