package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.order.Checkout;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Approved listings of a known stock in a verified group of their own (in Nusa Tenggara Barat), and the editor's
 * changes to them, for the tests where checkout and the listing editor share the stock. Each group is new, so tests
 * sharing the database never see each other's products.
 */
@Component
public class ListingStockFixture {

    /** Nusa Tenggara Barat, the province of every group made here. */
    public static final String PROVINCE = "52";

    private final Listings listings;
    private final ListingReviews reviews;
    private final ProducerGroups groups;
    private final OrderFixture orders;
    private final Checkout checkout;

    ListingStockFixture(Listings listings, ListingReviews reviews, ProducerGroups groups, OrderFixture orders, Checkout checkout) {
        this.listings = listings;
        this.reviews = reviews;
        this.groups = groups;
        this.orders = orders;
        this.checkout = checkout;
    }

    /** A verified group named {@code name} and a unique tail. */
    public GroupId group(String name) {
        return Caller.runAsSystem(() -> {
            GroupId id = groups.register(new NewGroup(name + " " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                    "KAWASAN_RAWAN", PROVINCE, "Kota Uji", null, null, null, null, null, null, null, 8, 2021), false);
            groups.verify(id);
            return id;
        });
    }

    /** A woven bag of one variant with this stock, published by the shop itself. */
    public ProductId approved(GroupId group, String title, int stock) {
        return Caller.runAsSystem(() -> {
            ProductId id = listings.create(group, new NewListing(new LocalizedText(title, null), new LocalizedText("Anyaman pandan.", null),
                    "anyaman", 90_000, 300, NewListing.single(stock), List.of()), false);
            reviews.approve(id);
            return id;
        });
    }

    /** The one variant of a listing made here. */
    public long variantOf(ProductId id) {
        return orders.jdbc().sql("SELECT id FROM product_variant WHERE product_id = ?").param(id.value()).query(Long.class).single();
    }

    /** A buyer checks out {@code quantity} of the variant: they are reserved until the order is paid or runs out. */
    public PlacedOrder checkOut(long variant, int quantity) {
        return checkout.place(orders.cart(variant, quantity), orders.form());
    }

    public static ListingEdit withWeight(ListingEdit edit, int grams) {
        return new ListingEdit(edit.title(), edit.description(), edit.categoryCode(), edit.price(), grams, edit.variants(), edit.photos());
    }

    /** The first variant's stock typed as {@code stock}, against the figure the editor showed. */
    public static ListingEdit withStock(ListingEdit edit, int stock) {
        ListingEdit.Variant v = edit.variants().getFirst();
        return withVariants(edit, List.of(new ListingEdit.Variant(v.sku(), v.nameId(), v.nameEn(), v.price(), stock, v.stockSeen())));
    }

    public static ListingEdit withVariants(ListingEdit edit, List<ListingEdit.Variant> variants) {
        return new ListingEdit(edit.title(), edit.description(), edit.categoryCode(), edit.price(), edit.weightGrams(), variants, edit.photos());
    }
}
