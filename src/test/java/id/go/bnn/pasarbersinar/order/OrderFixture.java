package id.go.bnn.pasarbersinar.order;

import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout;
import id.go.bnn.pasarbersinar.shared.Money;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Products of known stock and price in two demo groups of different provinces (Nusa Tenggara Timur and Banten), a
 * valid checkout form, and reads of the order tables, for the order tests. Each product is new, so tests sharing the
 * database never touch each other's stock.
 */
@Component
public class OrderFixture {

    public record Group(long id, String provinceCode) {
    }

    private final JdbcClient jdbc;
    private final Places places;
    private final Checkout checkout;
    private final DemoCheckout demo;
    private final GuestCartStore guestCarts;

    OrderFixture(JdbcClient jdbc, Places places, Checkout checkout, DemoCheckout demo, GuestCartStore guestCarts) {
        this.jdbc = jdbc;
        this.places = places;
        this.checkout = checkout;
        this.demo = demo;
        this.guestCarts = guestCarts;
    }

    public Group group(String provinceCode) {
        return jdbc.sql("SELECT id, province_code FROM producer_group WHERE verification = 'VERIFIED' AND province_code = ? ORDER BY id LIMIT 1")
                .param(provinceCode).query((rs, row) -> new Group(rs.getLong(1), rs.getString(2))).single();
    }

    public Group ntt() {
        return group("53");
    }

    public Group banten() {
        return group("36");
    }

    /** A new approved product of one variant; returns the variant's id. */
    public long variant(Group group, int stock, long price) {
        return variant(group, stock, price, "Tas uji");
    }

    public long variant(Group group, int stock, long price, String title) {
        String slug = "uji-" + UUID.randomUUID().toString().substring(0, 13);
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO product (slug, group_id, category_code, title_id, title_en, description_id, price, weight_grams, status, "
                        + "province_code, programme_code, total_stock, created_at, updated_at, published_at) "
                        + "SELECT ?, g.id, (SELECT MIN(code) FROM category), ?, ?, 'Produk untuk pengujian', ?, 800, 'APPROVED', g.province_code, "
                        + "g.programme_code, ?, ?, ?, ? FROM producer_group g WHERE g.id = ?")
                .params(slug, title, title, price, stock, now, now, now, group.id())
                .update(key, "id");
        long productId = key.getKey().longValue();
        GeneratedKeyHolder variantKey = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO product_variant (product_id, sku, name_id, name_en, price, stock, position) VALUES (?, ?, 'Standar', 'Standard', NULL, ?, 0)")
                .params(productId, slug, stock).update(variantKey, "id");
        return variantKey.getKey().longValue();
    }

    /**
     * A new approved product named in both languages with two variants ("Cokelat"/"Brown" and "Natural"), so that
     * order lines carry the variant's name; returns the first variant's id.
     */
    public long bilingualVariant(Group group, int stock, long price, String titleId, String titleEn) {
        long first = variant(group, stock, price, titleId);
        jdbc.sql("UPDATE product SET title_en = ? WHERE id = (SELECT product_id FROM product_variant WHERE id = ?)").params(titleEn, first).update();
        jdbc.sql("UPDATE product_variant SET name_id = 'Cokelat', name_en = 'Brown' WHERE id = ?").param(first).update();
        jdbc.sql("INSERT INTO product_variant (product_id, sku, name_id, name_en, price, stock, position) "
                        + "SELECT product_id, CONCAT(sku, '-2'), 'Natural', 'Natural', NULL, ?, 1 FROM product_variant WHERE id = ?")
                .params(stock, first).update();
        return first;
    }

    /** Places the order as a buyer shopping in {@code language}, pays it on the demo page and waits for PAID. */
    public String paidOrder(GuestCart cart, CheckoutForm form, java.util.Locale language) {
        PlacedOrder order = checkout.place(cart, form, language, null);
        demo.choose(paymentSession(order.number()), DemoCheckout.Choice.PAY);
        await().atMost(Duration.ofSeconds(20)).until(() -> orderStatus(order.number()).equals("PAID"));
        return order.number();
    }

    public int stock(long variantId) {
        return jdbc.sql("SELECT stock FROM product_variant WHERE id = ?").param(variantId).query(Integer.class).single();
    }

    public int totalStock(long variantId) {
        return jdbc.sql("SELECT p.total_stock FROM product p JOIN product_variant v ON v.product_id = p.id WHERE v.id = ?")
                .param(variantId).query(Integer.class).single();
    }

    public int salesCount(long variantId) {
        return jdbc.sql("SELECT p.sales_count FROM product p JOIN product_variant v ON v.product_id = p.id WHERE v.id = ?")
                .param(variantId).query(Integer.class).single();
    }

    public void setPrice(long variantId, long price) {
        jdbc.sql("UPDATE product SET price = ? WHERE id = (SELECT product_id FROM product_variant WHERE id = ?)").params(price, variantId).update();
    }

    public void setStock(long variantId, int stock) {
        jdbc.sql("UPDATE product_variant SET stock = ? WHERE id = ?").params(stock, variantId).update();
    }

    public void withdraw(long variantId) {
        jdbc.sql("UPDATE product SET status = 'ARCHIVED' WHERE id = (SELECT product_id FROM product_variant WHERE id = ?)").param(variantId).update();
    }

    /** A guest cart holding these variants and quantities, at today's prices. */
    public GuestCart cart(Map<Long, Integer> lines) {
        GuestCart cart = new GuestCart();
        lines.forEach((variant, quantity) -> {
            long price = jdbc.sql("SELECT COALESCE(v.price, p.price) FROM product_variant v JOIN product p ON p.id = v.product_id WHERE v.id = ?")
                    .param(variant).query(Long.class).single();
            guestCarts.put(cart, variant, quantity, price, Instant.now());
        });
        return cart;
    }

    public GuestCart cart(long variant, int quantity) {
        return cart(Map.of(variant, quantity));
    }

    /** Whether the guest cart holds nothing (in the database, where every node reads it). */
    public boolean isEmpty(GuestCart cart) {
        return guestCarts.lines(cart).isEmpty();
    }

    /** A complete, valid form to an address in the province (the first regency and district of its lists). */
    public CheckoutForm form(String provinceCode, String name, String street, String notes) {
        Places.Place regency = places.regencies(provinceCode).getFirst();
        Places.Place district = places.districts(regency.code()).getFirst();
        return new CheckoutForm(name, "pembeli@contoh.id", "0812-3456-7890", provinceCode, regency.code(), district.code(), "85111",
                street, notes, null);
    }

    public CheckoutForm form() {
        return form("53", "Maria Bete", "Jl. El Tari No. 5, RT 01/RW 02", "Titip di warung sebelah");
    }

    /** Places the order, pays it on the demo provider's page and returns its number once the shop has it PAID. */
    public String paidOrder(GuestCart cart, CheckoutForm form) {
        PlacedOrder order = checkout.place(cart, form);
        demo.choose(paymentSession(order.number()), DemoCheckout.Choice.PAY);
        await().atMost(Duration.ofSeconds(20)).until(() -> orderStatus(order.number()).equals("PAID"));
        return order.number();
    }

    public String orderStatus(String number) {
        return jdbc.sql("SELECT status FROM customer_order WHERE number = ?").param(number).query(String.class).single();
    }

    public List<String> fulfilmentStatuses(String number) {
        return jdbc.sql("SELECT f.status FROM fulfilment f JOIN customer_order o ON o.id = f.order_id WHERE o.number = ? ORDER BY f.id")
                .param(number).query(String.class).list();
    }

    public List<Long> fulfilmentIds(String number) {
        return jdbc.sql("SELECT f.id FROM fulfilment f JOIN customer_order o ON o.id = f.order_id WHERE o.number = ? ORDER BY f.id")
                .param(number).query(Long.class).list();
    }

    public Money total(String number) {
        return Money.rupiah(jdbc.sql("SELECT total FROM customer_order WHERE number = ?").param(number).query(Long.class).single());
    }

    public String paymentSession(String number) {
        return jdbc.sql("SELECT payment_session FROM customer_order WHERE number = ?").param(number).query(String.class).single();
    }

    public void reservationRunsOut(String number) {
        jdbc.sql("UPDATE customer_order SET reserved_until = ? WHERE number = ?").params(Timestamp.from(Instant.now().minusSeconds(60)), number)
                .update();
    }

    public void shippedDaysAgo(long fulfilmentId, int days) {
        jdbc.sql("UPDATE fulfilment SET shipped_at = ? WHERE id = ?").params(Timestamp.from(Instant.now().minusSeconds(days * 86400L)), fulfilmentId)
                .update();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
