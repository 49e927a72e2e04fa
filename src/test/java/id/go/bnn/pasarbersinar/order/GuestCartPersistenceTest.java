package id.go.bnn.pasarbersinar.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.shared.Caller;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A guest's cart is in the database under its cookie's key, not in one node's memory: another node (a fresh store, a
 * new session holding nothing but the cookie) finds it whole, sign-in there merges it, and abandoned carts go.
 */
@SpringBootTest
class GuestCartPersistenceTest {

    private static final String PASSWORD = "Kopi-Lamteuba-Seulawah-7";

    @Autowired
    Cart cart;
    @Autowired
    OrderFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    GuestCartExpiry expiry;
    @Autowired
    Accounts accounts;
    @Autowired
    WebApplicationContext context;

    @Test
    void a_cart_filled_through_one_node_is_whole_when_another_node_reads_it_by_the_cookie_alone() {
        long tas = fixture.variant(fixture.ntt(), 5, 120_000);
        long batik = fixture.variant(fixture.banten(), 5, 80_000);
        GuestCart guest = new GuestCart();
        cart.add(guest, tas, 2);
        cart.add(guest, batik, 1);
        cart.setQuantity(guest, batik, 3);

        // The node that served the session is gone: all the next one has is the browser's cookie.
        GuestCart fromCookie = GuestCart.fromCookies(new Cookie[] {new Cookie("JSESSIONID", "x"), new Cookie(GuestCart.COOKIE, guest.key())})
                .orElseThrow();
        Map<Long, GuestCart.Line> lines = new GuestCartStore(jdbc).lines(fromCookie);
        assertThat(lines).containsExactly(Map.entry(tas, new GuestCart.Line(2, 120_000)), Map.entry(batik, new GuestCart.Line(3, 80_000)));
        CartContents contents = cart.contents(fromCookie);
        assertThat(contents.itemCount()).isEqualTo(5);
        assertThat(contents.itemsTotal().rupiah()).isEqualTo(2 * 120_000 + 3 * 80_000);

        cart.remove(fromCookie, tas);
        assertThat(cart.contents(guest).lines()).extracting(CartContents.Line::variantId).containsExactly(batik);
    }

    @Test
    void checkout_empties_the_guest_cart_for_every_node() {
        long tas = fixture.variant(fixture.ntt(), 5, 90_000);
        GuestCart guest = new GuestCart();
        cart.add(guest, tas, 1);
        fixture.paidOrder(guest, fixture.form());
        assertThat(cart.itemCount(GuestCart.of(guest.key()).orElseThrow())).isZero();
        assertThat(rows(guest)).isZero();
    }

    @Test
    void a_cookie_that_is_not_a_key_of_the_shop_names_no_cart() {
        assertThat(GuestCart.of(null)).isEmpty();
        assertThat(GuestCart.of("")).isEmpty();
        assertThat(GuestCart.of("abc")).isEmpty();
        assertThat(GuestCart.of("' OR '1'='1' -- aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).isEmpty();
        assertThat(GuestCart.of(new GuestCart().key() + "x")).isEmpty();
        assertThat(GuestCart.fromCookies(null)).isEmpty();
        assertThat(GuestCart.fromCookies(new Cookie[] {new Cookie(GuestCart.COOKIE, "</script><img src=x onerror=alert(1)>")})).isEmpty();
        GuestCart fresh = new GuestCart();
        assertThat(fresh.key()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(new GuestCart().key());
        assertThat(fresh.toString()).doesNotContain(fresh.key());
    }

    @Test
    void carts_unchanged_for_their_lifetime_are_deleted_and_younger_ones_kept() {
        long tas = fixture.variant(fixture.ntt(), 5, 50_000);
        GuestCart abandoned = new GuestCart();
        GuestCart recent = new GuestCart();
        GuestCartStore store = new GuestCartStore(jdbc);
        store.put(abandoned, tas, 1, 50_000, clock.instant().minus(Duration.ofDays(31)));
        store.put(recent, tas, 2, 50_000, clock.instant().minus(Duration.ofDays(29)));

        assertThat(expiry.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(rows(abandoned)).isZero();
        assertThat(store.lines(abandoned)).isEmpty();
        assertThat(store.lines(recent)).containsEntry(tas, new GuestCart.Line(2, 50_000));
    }

    @Test
    void signing_in_on_a_node_that_never_saw_the_session_merges_the_cart_named_by_the_cookie() throws Exception {
        long tas = fixture.variant(fixture.ntt(), 5, 70_000);
        GuestCart guest = new GuestCart();
        cart.add(guest, tas, 2);
        String email = "keranjang-" + UUID.randomUUID().toString().substring(0, 8) + "@test.pasarbersinar.id";
        AccountId account = Caller.runAsSystem(() -> accounts.provision(email, "Uji Keranjang", PASSWORD, Set.of(Caller.Role.BUYER),
                Set.of(), Set.of(), null, false));
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        MvcResult result = http.perform(post("/masuk").param("username", email).param("password", PASSWORD).with(csrf())
                .cookie(new Cookie(GuestCart.COOKIE, guest.key())).with(request -> {
                    request.setRemoteAddr("10.22.0.1");
                    return request;
                })).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(rows(guest)).as("the guest cart joined the account's").isZero();
        Integer quantity = jdbc.sql("SELECT quantity FROM cart_item WHERE account_id = ? AND variant_id = ?")
                .params(account.value(), tas).query(Integer.class).single();
        assertThat(quantity).isEqualTo(2);
    }

    private int rows(GuestCart guest) {
        return jdbc.sql("SELECT COUNT(*) FROM guest_cart_item WHERE cart_key = ?").param(guest.key()).query(Integer.class).single();
    }
}
