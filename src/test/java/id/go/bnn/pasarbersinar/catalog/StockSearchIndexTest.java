package id.go.bnn.pasarbersinar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import id.go.bnn.pasarbersinar.order.internal.OrderJobs;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The catalog's "in stock" filter ({@code /katalog?tersedia}) and "best selling" order ({@code ?urut=terlaris}) are
 * answered by the search index; they follow every sale, release, cancel and editor change of stock, as the catalog
 * view asks them ({@link ProductSearch#browse}). Each test has a group of its own, so its filter sees only its products.
 */
@SpringBootTest
class StockSearchIndexTest {

    static final String NTB = ListingStockFixture.PROVINCE;

    @Autowired
    ProductSearch search;
    @Autowired
    Listings listings;
    @Autowired
    ListingStockFixture listed;
    @Autowired
    Orders orders;
    @Autowired
    OrderJobs jobs;
    @Autowired
    OrderFixture fixture;

    @Test
    void the_last_items_bought_leave_the_in_stock_catalog_and_come_back_when_the_parcel_is_cancelled() {
        GroupId group = group();
        ProductId last = approved(group, "Tas Terakhir", 2);
        ProductId other = approved(group, "Tas Lain", 3);
        assertThat(inStock(group)).containsExactlyInAnyOrder(last, other);
        assertThat(bestSelling(group)).containsExactlyInAnyOrder(last, other);

        String number = fixture.paidOrder(fixture.cart(variantOf(last), 2), fixture.form());

        assertThat(inStock(group)).containsExactly(other);
        await().atMost(Duration.ofSeconds(5)).until(() -> bestSelling(group).equals(List.of(last, other)));

        long parcel = fixture.fulfilmentIds(number).getFirst();
        Callers.as(Callers.curator(-7201, NTB), () -> orders.cancel(parcel, null));

        await().atMost(Duration.ofSeconds(20)).until(() -> inStock(group).contains(last));
        assertThat(inStock(group)).containsExactlyInAnyOrder(last, other);
    }

    @Test
    void a_reservation_that_runs_out_puts_the_product_back_in_the_in_stock_catalog() {
        GroupId group = group();
        ProductId last = approved(group, "Tas Dipesan", 1);
        PlacedOrder order = listed.checkOut(variantOf(last), 1);
        assertThat(inStock(group)).isEmpty();

        fixture.reservationRunsOut(order.number());
        Caller.runAsSystem(() -> jobs.expireReservations());

        await().atMost(Duration.ofSeconds(20)).until(() -> inStock(group).equals(List.of(last)));
    }

    @Test
    void stock_set_in_the_editor_moves_the_product_in_and_out_of_the_in_stock_catalog() {
        GroupId group = group();
        ProductId id = approved(group, "Tas Diisi", 1);
        Caller member = Callers.producer(-7202, group.value());

        save(member, id, 0);
        assertThat(inStock(group)).isEmpty();
        save(member, id, 4);
        assertThat(inStock(group)).containsExactly(id);
    }

    private void save(Caller member, ProductId id, int stock) {
        ListingEdit live = Callers.as(member, () -> listings.find(id)).live();
        Callers.as(member, () -> listings.save(id, ListingStockFixture.withStock(live, stock)));
    }

    private List<ProductId> inStock(GroupId group) {
        CatalogQuery query = new CatalogQuery(null, null, null, null, null, true, CatalogQuery.Sort.NEWEST, group);
        return search.browse(query, 0, 50).cards().stream().map(ProductCard::id).toList();
    }

    private List<ProductId> bestSelling(GroupId group) {
        CatalogQuery query = new CatalogQuery(null, null, null, null, null, false, CatalogQuery.Sort.POPULAR, group);
        return search.browse(query, 0, 50).cards().stream().map(ProductCard::id).toList();
    }

    private GroupId group() {
        return listed.group("Indeks Stok");
    }

    private ProductId approved(GroupId group, String title, int stock) {
        return listed.approved(group, title, stock);
    }

    private long variantOf(ProductId id) {
        return listed.variantOf(id);
    }
}
