package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Exhibitions for the booth tests, written straight into the exhibition module's tables (the staff side that creates
 * them and moves stock is built apart): an open event, a booth of a demo group, its sellers, stock moved to it.
 */
@Component
public class BoothFixture {

    public static final String PASSWORD = "Kopi-Lamteuba-Seulawah-7";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    public record Booth(long exhibitionId, long groupId) {
    }

    public record Seller(long accountId, String email, Caller caller) {
    }

    private final JdbcClient jdbc;
    private final OrderFixture orders;
    private final Accounts accounts;
    private final BoothSales sales;

    BoothFixture(JdbcClient jdbc, OrderFixture orders, Accounts accounts, BoothSales sales) {
        this.sales = sales;
        this.jdbc = jdbc;
        this.orders = orders;
        this.accounts = accounts;
    }

    /** An open exhibition of today with a booth of the NTT demo group, at this commission in basis points. */
    public Booth openBooth(int commissionBps) {
        return booth("OPEN", commissionBps);
    }

    public Booth booth(String status, int commissionBps) {
        long group = orders.ntt().id();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO exhibition (name, place, province_code, starts_on, ends_on, commission_bps, status, created_by, created_at) "
                        + "VALUES (?, 'Balai Kota Kupang', '53', ?, ?, ?, ?, 1, ?)")
                .params("Pameran Uji " + COUNTER.incrementAndGet(), LocalDate.now().minusDays(1), LocalDate.now().plusDays(2), commissionBps, status,
                        Timestamp.from(Instant.now()))
                .update(key, "id");
        long exhibition = key.getKey().longValue();
        jdbc.sql("INSERT INTO exhibition_booth (exhibition_id, group_id, booth_label) VALUES (?, ?, 'A1')").params(exhibition, group).update();
        return new Booth(exhibition, group);
    }

    /** An open exhibition of today of this name in a province, with no booth yet. */
    public long openEvent(String name, String province, int commissionBps) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO exhibition (name, place, province_code, starts_on, ends_on, commission_bps, status, created_by, created_at) "
                        + "VALUES (?, 'Gedung Pameran Uji', ?, ?, ?, ?, 'OPEN', 1, ?)")
                .params(name, province, LocalDate.now().minusDays(1), LocalDate.now().plusDays(2), commissionBps, Timestamp.from(Instant.now()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A booth of the group at the event. */
    public Booth boothOf(long exhibitionId, long groupId, String label) {
        jdbc.sql("INSERT INTO exhibition_booth (exhibition_id, group_id, booth_label) VALUES (?, ?, ?)").params(exhibitionId, groupId, label).update();
        return new Booth(exhibitionId, groupId);
    }

    /** A new product variant of a group of this province at this price, with this many pieces moved to the event. */
    public long allocated(Booth booth, String province, long price, int quantity, String title) {
        long variant = orders.variant(new OrderFixture.Group(booth.groupId(), province), 0, price, title);
        long product = jdbc.sql("SELECT product_id FROM product_variant WHERE id = ?").param(variant).query(Long.class).single();
        jdbc.sql("INSERT INTO exhibition_stock (exhibition_id, variant_id, product_id, group_id, allocated) VALUES (?, ?, ?, ?, ?)")
                .params(booth.exhibitionId(), variant, product, booth.groupId(), quantity).update();
        return variant;
    }

    /** A new member of the booth's group who sells at that booth. */
    public Seller seller(Booth booth) {
        Seller seller = member(booth);
        jdbc.sql("INSERT INTO exhibition_seller (exhibition_id, group_id, account_id) VALUES (?, ?, ?)")
                .params(booth.exhibitionId(), booth.groupId(), seller.accountId()).update();
        return seller;
    }

    /** A new member of the booth's group who is not a seller at the booth. */
    public Seller member(Booth booth) {
        String email = "penjual-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100_000 + "@test.pasarbersinar.id";
        AccountId id = Caller.runAsSystem(() -> accounts.provision(email, "Penjual Uji", PASSWORD, Set.of(Caller.Role.PRODUCER), Set.of(),
                Set.of(new GroupId(booth.groupId())), null, false));
        Caller caller = new Caller(id.value(), email, Set.of(Caller.Role.PRODUCER), Set.of(), Set.of(booth.groupId()), booth.groupId(), false);
        return new Seller(id.value(), email, caller);
    }

    /** A new product variant of the group at this price, with this many pieces moved to the event. */
    public long allocated(Booth booth, long price, int quantity) {
        return allocated(booth, price, quantity, "Tenun uji pameran");
    }

    public long allocated(Booth booth, long price, int quantity, String title) {
        long variant = orders.variant(new OrderFixture.Group(booth.groupId(), "53"), 0, price, title);
        long product = jdbc.sql("SELECT product_id FROM product_variant WHERE id = ?").param(variant).query(Long.class).single();
        jdbc.sql("INSERT INTO exhibition_stock (exhibition_id, variant_id, product_id, group_id, allocated) VALUES (?, ?, ?, ?, ?)")
                .params(booth.exhibitionId(), variant, product, booth.groupId(), quantity).update();
        return variant;
    }

    public int sold(Booth booth, long variant) {
        return jdbc.sql("SELECT sold FROM exhibition_stock WHERE exhibition_id = ? AND variant_id = ?").params(booth.exhibitionId(), variant)
                .query(Integer.class).single();
    }

    /** What waiting booth charges hold of the variant at the event. */
    public int held(Booth booth, long variant) {
        return jdbc.sql("SELECT held FROM exhibition_stock WHERE exhibition_id = ? AND variant_id = ?").params(booth.exhibitionId(), variant)
                .query(Integer.class).single();
    }

    public int returned(Booth booth, long variant) {
        return jdbc.sql("SELECT returned FROM exhibition_stock WHERE exhibition_id = ? AND variant_id = ?").params(booth.exhibitionId(), variant)
                .query(Integer.class).single();
    }

    public long saleCount(Booth booth) {
        return jdbc.sql("SELECT COUNT(*) FROM booth_sale WHERE exhibition_id = ?").param(booth.exhibitionId()).query(Long.class).single();
    }

    public String status(String saleKey) {
        return jdbc.sql("SELECT status FROM booth_sale WHERE sale_key = ?").param(saleKey).query(String.class).single();
    }

    public void endEvent(Booth booth) {
        jdbc.sql("UPDATE exhibition SET status = 'ENDED' WHERE id = ?").param(booth.exhibitionId()).update();
    }

    public static BoothSale cash(Booth booth, long variant, int quantity, long price) {
        return new BoothSale(UUID.randomUUID().toString(), booth.exhibitionId(), booth.groupId(),
                java.util.List.of(new BoothSale.Line(variant, quantity, price)), BoothPayment.CASH, null, null, Instant.now());
    }

    /** A sale to be paid by the shop's QRIS (its id in lower case, as the phone makes it). */
    public static BoothSale qris(Booth booth, long variant, int quantity, long price) {
        return new BoothSale(UUID.randomUUID().toString(), booth.exhibitionId(), booth.groupId(),
                java.util.List.of(new BoothSale.Line(variant, quantity, price)), BoothPayment.QRIS_PROVIDER, null, null, Instant.now());
    }

    /** A sale to be paid by a card on the buyer's phone through the shop's card provider. */
    public static BoothSale card(Booth booth, long variant, int quantity, long price) {
        return new BoothSale(UUID.randomUUID().toString(), booth.exhibitionId(), booth.groupId(),
                java.util.List.of(new BoothSale.Line(variant, quantity, price)), BoothPayment.CARD, null, null, Instant.now());
    }

    /**
     * A sale of this booth kept SHORT: the only piece of a new variant sold twice (the second sale arrives when the
     * first took it). Answers the short sale's key.
     */
    public String shortSale(Booth booth, Seller seller, String title) {
        long variant = allocated(booth, 55_000, 1, title);
        as(seller.caller(), () -> sales.record(cash(booth, variant, 1, 55_000)));
        BoothSale late = cash(booth, variant, 1, 55_000);
        BoothSaleOutcome outcome = as(seller.caller(), () -> sales.record(late));
        if (outcome.result() != BoothSaleOutcome.Result.SHORT) {
            throw new IllegalStateException("Expected a short sale, got " + outcome);
        }
        return late.saleKey();
    }

    public String resolution(String saleKey) {
        return jdbc.sql("SELECT CONCAT(COALESCE(resolved_by, 0), ':', COALESCE(resolution_note, '')) FROM booth_sale WHERE sale_key = ?").param(saleKey)
                .query(String.class).single();
    }

    public String payment(String saleKey) {
        return jdbc.sql("SELECT CONCAT(payment, ' ', COALESCE(payment_reference, '')) FROM booth_sale WHERE sale_key = ?").param(saleKey)
                .query(String.class).single();
    }

    public static <T> T as(Caller caller, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, AuthorityUtils.createAuthorityList("ROLE_PRODUCER")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
