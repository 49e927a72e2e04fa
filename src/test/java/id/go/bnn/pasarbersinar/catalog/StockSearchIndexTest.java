package id.go.bnn.pasarbersinar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.order.Checkout;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import id.go.bnn.pasarbersinar.order.internal.OrderJobs;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
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

    static final String NTB = "52";

    @Autowired
    ProductSearch search;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    ProducerGroups groups;
    @Autowired
    Checkout checkout;
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
        PlacedOrder order = checkout.place(fixture.cart(variantOf(last), 1), fixture.form());
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
        ListingEdit.Variant v = live.variants().getFirst();
        Callers.as(member, () -> listings.save(id, new ListingEdit(live.title(), live.description(), live.categoryCode(), live.price(),
                live.weightGrams(), List.of(new ListingEdit.Variant(v.sku(), v.nameId(), v.nameEn(), v.price(), stock, v.stockSeen())),
                live.photos())));
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
        return Caller.runAsSystem(() -> {
            GroupId id = groups.register(new NewGroup("Indeks Stok " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                    "KAWASAN_RAWAN", NTB, "Kota Uji", null, null, null, null, null, null, null, 7, 2021), false);
            groups.verify(id);
            return id;
        });
    }

    private ProductId approved(GroupId group, String title, int stock) {
        return Caller.runAsSystem(() -> {
            ProductId id = listings.create(group, new NewListing(new LocalizedText(title, null), new LocalizedText("Anyaman pandan.", null),
                    "anyaman", 90_000, 300, NewListing.single(stock), List.of()), false);
            reviews.approve(id);
            return id;
        });
    }

    private long variantOf(ProductId id) {
        return fixture.jdbc().sql("SELECT id FROM product_variant WHERE product_id = ?").param(id.value()).query(Long.class).single();
    }
}
