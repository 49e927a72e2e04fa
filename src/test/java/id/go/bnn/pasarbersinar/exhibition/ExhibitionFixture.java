package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Exhibitions for the tests: an event of today and the next days organised by an administrator, with booths of the
 * demo groups of Nusa Tenggara Timur and Banten, accounts to sell there, and reads of the exhibition tables.
 */
@Component
public class ExhibitionFixture {

    public static final Caller ADMIN = Callers.admin(-2101);

    private final Exhibitions exhibitions;
    private final OrderFixture orders;
    private final Accounts accounts;
    private final JdbcClient jdbc;

    ExhibitionFixture(Exhibitions exhibitions, OrderFixture orders, Accounts accounts, JdbcClient jdbc) {
        this.exhibitions = exhibitions;
        this.orders = orders;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    public static LocalDate today() {
        return LocalDate.now(ShopTime.ZONE);
    }

    public OrderFixture orders() {
        return orders;
    }

    public OrderFixture.Group ntt() {
        return orders.ntt();
    }

    public OrderFixture.Group banten() {
        return orders.banten();
    }

    /** A verified demo group of neither Nusa Tenggara Timur nor Banten. */
    public OrderFixture.Group elsewhere() {
        return jdbc.sql("SELECT id, province_code FROM producer_group WHERE verification = 'VERIFIED' AND province_code NOT IN ('53', '36') "
                + "ORDER BY id LIMIT 1").query((rs, row) -> new OrderFixture.Group(rs.getLong(1), rs.getString(2))).single();
    }

    /** A planned event in Jakarta (31), from today for three days, with a booth of each of these groups. */
    public ExhibitionId event(String name, OrderFixture.Group... booths) {
        return Callers.as(ADMIN, () -> {
            ExhibitionId id = exhibitions.create(new ExhibitionPlan(name, "Jakarta Convention Center", "31", today(), today().plusDays(2), 0));
            for (OrderFixture.Group group : booths) {
                exhibitions.addBooth(id, new GroupId(group.id()), null);
            }
            return id;
        });
    }

    /** A new member of the group, with a real account. */
    public AccountId member(OrderFixture.Group group) {
        return member(group, "Anggota Pameran");
    }

    public AccountId member(OrderFixture.Group group, String name) {
        return Caller.runAsSystem(() -> accounts.provision(unique("anggota"), name, "Kopi-Lamteuba-Seulawah-7",
                Set.of(Role.BUYER, Role.PRODUCER), Set.of(), Set.of(new GroupId(group.id())), null, false));
    }

    /** A new buyer account: neither a member nor staff. */
    public AccountId buyer() {
        return Caller.runAsSystem(() -> accounts.provision(unique("pembeli"), "Pembeli Pameran", "Kopi-Lamteuba-Seulawah-7",
                Set.of(Role.BUYER), Set.of(), Set.of(), null, false));
    }

    public String email(AccountId account) {
        return jdbc.sql("SELECT email FROM account WHERE id = ?").param(account.value()).query(String.class).single();
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }

    /** allocated, sold, returned of a variant at the event; empty when nothing was ever moved. */
    public List<Integer> stock(ExhibitionId id, long variant) {
        return jdbc.sql("SELECT allocated, sold, returned FROM exhibition_stock WHERE exhibition_id = ? AND variant_id = ?")
                .params(id.value(), variant).query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).optional().orElse(List.of());
    }

    public long moves(ExhibitionId id) {
        return jdbc.sql("SELECT COUNT(*) FROM exhibition_stock_move WHERE exhibition_id = ?").param(id.value()).query(Long.class).single();
    }

    public long events() {
        return jdbc.sql("SELECT COUNT(*) FROM exhibition").query(Long.class).single();
    }

    /** What the booth page would record: sold items at the event (the kasir's own SQL does this for real). */
    public void sell(ExhibitionId id, long variant, int quantity) {
        jdbc.sql("UPDATE exhibition_stock SET sold = sold + ? WHERE exhibition_id = ? AND variant_id = ?").params(quantity, id.value(), variant).update();
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.pasarbersinar.id";
    }
}
