package id.go.bnn.pasarbersinar.review;

import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.order.internal.OrderLinks;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delivered (or only shipped) guest orders of one new product each, in a demo group of East Nusa Tenggara (or
 * Banten), for the review tests: each test reviews products of its own, so shared data never moves under it.
 */
@Component
public class ReviewFixture {

    /** What a buyer holds after an order: its number and signed link's token, the line, the product, the group. */
    public record Bought(String number, String token, long lineId, long productId, long groupId, long variantId) {
    }

    private final OrderFixture orders;
    private final Orders service;
    private final OrderLinks links;

    ReviewFixture(OrderFixture orders, Orders service, OrderLinks links) {
        this.orders = orders;
        this.service = service;
        this.links = links;
    }

    public OrderFixture orders() {
        return orders;
    }

    public Bought delivered(String title) {
        return delivered(orders.ntt(), title, "Maria Bete", 150_000);
    }

    public Bought delivered(OrderFixture.Group group, String title, String buyerName, long price) {
        Bought bought = shipped(group, title, buyerName, price);
        long parcel = orders.fulfilmentIds(bought.number()).getFirst();
        service.confirmDelivery(parcel, bought.token());
        return bought;
    }

    public Bought shipped(OrderFixture.Group group, String title, String buyerName, long price) {
        long variant = orders.variant(group, 5, price, title);
        String number = orders.paidOrder(orders.cart(variant, 1), orders.form(group.provinceCode(), buyerName, "Jl. El Tari No. 5", null));
        long parcel = orders.fulfilmentIds(number).getFirst();
        Callers.as(Callers.producer(-9700, group.id()), () -> {
            service.markProcessing(parcel);
            service.markShipped(parcel, "JNE", "JNE-0012345678");
        });
        JdbcClient jdbc = orders.jdbc();
        long line = jdbc.sql("SELECT id FROM order_line WHERE fulfilment_id = ?").param(parcel).query(Long.class).single();
        long product = jdbc.sql("SELECT product_id FROM product_variant WHERE id = ?").param(variant).query(Long.class).single();
        return new Bought(number, links.token(number), line, product, group.id(), variant);
    }

    /** {@code count} delivered orders of one new product, each bought by another buyer, for the paging tests. */
    public List<Bought> deliveredMany(String title, int count) {
        OrderFixture.Group group = orders.ntt();
        long variant = orders.variant(group, count + 1, 150_000, title);
        List<Bought> bought = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String number = orders.paidOrder(orders.cart(variant, 1), orders.form(group.provinceCode(), "Pembeli" + (char) ('A' + i) + " Bete",
                    "Jl. El Tari No. 5", null));
            long parcel = orders.fulfilmentIds(number).getFirst();
            Callers.as(Callers.producer(-9700, group.id()), () -> {
                service.markProcessing(parcel);
                service.markShipped(parcel, "JNE", "JNE-0012345678");
            });
            service.confirmDelivery(parcel, links.token(number));
            JdbcClient jdbc = orders.jdbc();
            long line = jdbc.sql("SELECT id FROM order_line WHERE fulfilment_id = ?").param(parcel).query(Long.class).single();
            long product = jdbc.sql("SELECT product_id FROM product_variant WHERE id = ?").param(variant).query(Long.class).single();
            bought.add(new Bought(number, links.token(number), line, product, group.id(), variant));
        }
        return bought;
    }

    /** Dates a review back by some minutes, so that the order of "newest first" does not rest on one second. */
    public void reviewWrittenMinutesAgo(long reviewId, int minutes) {
        orders.jdbc().sql("UPDATE review SET created_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(minutes * 60L)), reviewId).update();
    }

    public int reviewCount(long productId) {
        return orders.jdbc().sql("SELECT COUNT(*) FROM review WHERE product_id = ?").param(productId).query(Integer.class).single();
    }

    public int[] projection(long productId) {
        return orders.jdbc().sql("SELECT rating_tenths, rating_count FROM product WHERE id = ?").param(productId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    public void writtenDaysAgo(long productId, int days) {
        orders.jdbc().sql("UPDATE review SET created_at = ? WHERE product_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(days * 86_400L)), productId).update();
    }

    public String slug(long productId) {
        return orders.jdbc().sql("SELECT slug FROM product WHERE id = ?").param(productId).query(String.class).single();
    }
}
