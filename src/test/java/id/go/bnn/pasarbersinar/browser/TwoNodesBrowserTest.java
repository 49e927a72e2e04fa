package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import id.go.bnn.pasarbersinar.shared.Slug;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two packaged nodes on one database behind HAProxy with sticky cookies ({@code .ci/two-nodes.sh} starts them and
 * passes their addresses and PID files). A browser is sent to one node by the balancer's own cookie
 * ({@code PB_NODE=a|b}), and every answer names the node that gave it ({@code X-Pasar-Node}, added by the stage's
 * balancer). A member lists a product with a photo on node A, the NTT curator approves it on node B, and it is for sale
 * on both; then a guest fills a cart, the node holding the guest is killed, and the guest's next page comes from the
 * other node with the cart intact, and pays. Without the stage's properties (the single-node browser stage) it is skipped.
 */
@Tag("browser")
@EnabledIfSystemProperty(named = TwoNodesBrowserTest.BALANCER, matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesBrowserTest {

    static final String BALANCER = "pasar.e2e.nodes.balancer-url";
    /** "true" when every node searches one shared index (PASAR_SEARCH_URL set for the stage). */
    static final String SHARED_SEARCH = "pasar.e2e.nodes.shared-search";
    /** A file the stage prints after the run: the measured figures, one "name=value" a line. */
    static final String REPORT = "pasar.e2e.nodes.report";

    private static final String MEMBER = "anggota.fatululi@demo.pasarbersinar.id";
    private static final String MEMBER_PASSWORD = "Anyam-Eceng-Gondok-25";
    private static final String CURATOR = "kurator.ntt@demo.pasarbersinar.id";
    private static final String CURATOR_PASSWORD = "Kurasi-Pasar-Bersinar-25";
    private static final long VISIBLE_WITHIN_MS = 60_000;
    /**
     * How long the search step waits before it fails: long enough that a loaded machine does not fail it. The issue's
     * target (searchable on the other node within 5 s of the approval) is a speed figure, so it is printed by the stage
     * (met or missed) rather than asserted here.
     */
    private static final long SEARCHABLE_WITHIN_MS = 60_000;

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    @Order(1)
    void a_listing_submitted_on_node_a_and_approved_on_node_b_is_for_sale_on_both_nodes() throws Exception {
        String word = "Simpul" + ListingJourneyBrowserTest.letters(Instant.now().getEpochSecond());
        String title = "Selendang " + word;
        String slug = Slug.from(title).value();

        submitOnNodeA(title);
        // The pages on node A are opened before the approval, so that the figures count the shop, not the browser.
        String search = session.baseUrl + "/cari?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
        Page searcher = pinned("a", 1366, 900);
        // A visitor who has not touched the page has no session: node A answers from its page cache, whose copy of this
        // search (no hits yet) must go when node B approves, and again until the shared index has the listing.
        Page reader = pinned(session.newReadingPage(1366, 900), "a");
        Page buyerOnA = pinned("a", 1366, 900);
        String[] searcherAnswer = {""};
        String[] readerAnswer = {""};
        if (Boolean.getBoolean(SHARED_SEARCH)) {
            // Asked until it comes from the cache: a copy built while a change was dropping pages is not kept, and with
            // the shared index each change (the submission just made) drops them again every second for 5 s.
            long asked = System.nanoTime();
            while (!readerAnswer[0].endsWith("HIT") && System.nanoTime() - asked < TimeUnit.SECONDS.toNanos(30)) {
                assertThat(searchFinds(reader, search, title, readerAnswer)).as("the search before the approval").isFalse();
                Thread.sleep(250);
            }
            assertThat(readerAnswer[0]).as("node A's answer to the search, from its page cache").endsWith("HIT");
        }
        assertThat(served(buyerOnA.navigate(session.baseUrl + "/produk/" + slug), "a").status())
                .as("the listing waiting for review on node A's storefront").isEqualTo(404);
        Page curator = approveOnNodeB(title);
        long approved = System.nanoTime();

        if (Boolean.getBoolean(SHARED_SEARCH)) {
            // The times are figures, printed by the stage against the 5 s target; not finding the listing at all
            // within the generous wait fails the journey.
            long[] found = {-1, -1};
            try {
                waitUntil(approved, SEARCHABLE_WITHIN_MS, () -> {
                    if (found[0] < 0 && searchFinds(searcher, search, title, searcherAnswer)) {
                        found[0] = (System.nanoTime() - approved) / 1_000_000;
                    }
                    if (found[1] < 0 && searchFinds(reader, search, title, readerAnswer)) {
                        found[1] = (System.nanoTime() - approved) / 1_000_000;
                    }
                    assertThat(readerAnswer[0]).as("node A's answer to a visitor without a session").doesNotContain("BYPASS");
                    return found[0] >= 0 && found[1] >= 0;
                });
            } catch (AssertionError notFound) {
                report("approval-to-searchable-on-node-a-ms", found[0] < 0 ? "not-found-within-" + SEARCHABLE_WITHIN_MS : found[0]);
                report("approval-to-searchable-from-page-cache-on-node-a-ms",
                        found[1] < 0 ? "not-found-within-" + SEARCHABLE_WITHIN_MS : found[1]);
                report("search-word", word);
                report("search-last-answers", searcherAnswer[0] + " (live page), " + readerAnswer[0] + " (page cache)");
                session.screenshot(searcher, "two-nodes-search-not-found");
                session.screenshot(reader, "two-nodes-search-not-found-page-cache");
                throw notFound;
            }
            report("approval-to-searchable-on-node-a-ms", found[0]);
            report("approval-to-searchable-from-page-cache-on-node-a-ms", found[1]);
            // Found with its photo: the card's picture comes from the shared store through node A.
            for (Page page : List.of(searcher, reader)) {
                page.waitForFunction("title => [...document.querySelectorAll('.pb-card')].some(card =>"
                        + " card.textContent.includes(title) && [...card.querySelectorAll('img')].some(i => i.complete && i.naturalWidth > 0))", title);
            }
            session.screenshot(searcher, "two-nodes-search-on-node-a");
        } else {
            report("search-step", "skipped: search is not shared (PASAR_SEARCH_URL not set for the stage); each node searches its own index");
        }

        // Before the approval the product page was a 404 on node A: its first 200 there is the moment it became visible.
        int[] requests = {0};
        long visible = waitUntil(approved, VISIBLE_WITHIN_MS, () -> {
            requests[0]++;
            return served(buyerOnA.navigate(session.baseUrl + "/produk/" + slug), "a").status() == 200;
        });
        report("approval-to-visible-on-node-a-ms", visible);
        report("product-page-requests-to-node-a-until-visible", requests[0]);
        curator.context().close();
        assertThat(showsProduct(buyerOnA, slug, title, "a")).as("the product page on node A").isTrue();
        assertPhotoShown(buyerOnA);

        Page buyerOnB = pinned("b", 1366, 900);
        assertThat(showsProduct(buyerOnB, slug, title, "b")).as("the product page on node B").isTrue();
        assertPhotoShown(buyerOnB);
        served(buyerOnB.navigate(session.baseUrl + "/katalog"), "b");
        buyerOnB.locator(".pb-card", new Page.LocatorOptions().setHasText(title)).first().waitFor();
        served(buyerOnB.navigate(session.baseUrl + "/kelompok/penjahit-tenun-fatululi"), "b");
        buyerOnB.locator(".pb-card", new Page.LocatorOptions().setHasText(title)).first().waitFor();
        session.screenshot(buyerOnB, "two-nodes-group-page-b");
    }

    @Test
    @Order(2)
    void a_guest_whose_node_is_killed_keeps_the_cart_on_the_other_node_and_pays() throws Exception {
        Page guest = session.newPage(1366, 900);
        Response first = guest.navigate(session.baseUrl + "/produk/dompet-kecil-tenun-ikat");
        String holder = balancerCookie(guest);
        served(first, holder);
        Checkouts.addShownProduct(guest, "Dompet Kecil Tenun Ikat");
        served(guest.navigate(session.baseUrl + "/produk/gantungan-kunci-tenun"), holder);
        Checkouts.addShownProduct(guest, "Gantungan Kunci Tenun");

        kill(holder);
        String other = holder.equals("a") ? "b" : "a";

        served(guest.navigate(session.baseUrl + "/keranjang"), other);
        guest.locator(".pb-line-name", new Page.LocatorOptions().setHasText("Dompet Kecil Tenun Ikat")).waitFor();
        guest.locator(".pb-line-name", new Page.LocatorOptions().setHasText("Gantungan Kunci Tenun")).waitFor();
        assertThat(balancerCookie(guest)).as("the balancer's cookie now names the node that took the guest").isEqualTo(other);
        session.screenshot(guest, "two-nodes-cart-after-kill");
        Checkouts.fillCheckout(guest, "Tamu Dua Simpul", "tamu.dua.simpul@example.org");
        String number = Checkouts.toDemoPayment(guest);
        Checkouts.payDemo(guest, number);
        report("guest-order-paid-on-node-" + other, number);
    }

    private void submitOnNodeA(String title) throws Exception {
        Page phone = pinned("a", 390, 844);
        signIn(phone, MEMBER, MEMBER_PASSWORD);
        phone.locator(".pb-sign-out").waitFor();
        served(phone.navigate(session.baseUrl + "/mitra"), "a");
        phone.locator(".pb-portal-create").click();
        phone.waitForURL(url -> url.endsWith("/mitra/produk/baru"));
        FileChooser chooser = phone.waitForFileChooser(() -> phone.locator(".pb-upload vaadin-button").first().click());
        chooser.setFiles(new FilePayload("selendang.jpg", "image/jpeg", ListingJourneyBrowserTest.photo()));
        phone.locator(".pb-photo img").first().waitFor();
        phone.getByLabel("Nama produk", new Page.GetByLabelOptions().setExact(true)).fill(title);
        phone.getByLabel("Cerita dan keterangan produk", new Page.GetByLabelOptions().setExact(true))
                .fill("Selendang tenun ikat Kupang, diajukan lewat simpul A dan ditinjau lewat simpul B.");
        phone.getByLabel("Kategori", new Page.GetByLabelOptions().setExact(true)).fill("Tenun");
        phone.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Tenun")).first().click();
        phone.getByLabel("Harga", new Page.GetByLabelOptions().setExact(true)).fill("175000");
        phone.getByLabel("Berat untuk pengiriman", new Page.GetByLabelOptions().setExact(true)).fill("350");
        phone.getByText("Ajukan untuk ditinjau").click();
        phone.waitForURL(url -> url.endsWith("/mitra"));
        phone.context().close();
    }

    /** Approves on node B; answers the curator's page, still open, once the approval is recorded. */
    private Page approveOnNodeB(String title) {
        Page curator = pinned("b", 1366, 900);
        signIn(curator, CURATOR, CURATOR_PASSWORD);
        curator.waitForURL(url -> url.contains("/masuk/kode"));
        curator.getByLabel("Kode 6 angka").fill(BrowserSession.authenticatorCode(ListingJourneyBrowserTest.CURATOR_SECRET));
        curator.getByText("Lanjutkan").click();
        curator.locator(".pb-sign-out").waitFor();
        served(curator.navigate(session.baseUrl + "/staf/kurasi"), "b");
        curator.locator(".pb-listing-row").filter(new Locator.FilterOptions().setHasText(title)).click();
        curator.waitForURL(url -> url.contains("/staf/kurasi/"));
        curator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Setujui")).click();
        curator.waitForURL(url -> url.endsWith("/staf/kurasi"));
        return curator;
    }

    /** True when the node's product page shows the product (a listing not approved yet is a 404 there). */
    private static boolean showsProduct(Page page, String slug, String title, String node) {
        Response response = served(page.navigate(session.baseUrl + "/produk/" + slug), node);
        if (response.status() != 200) {
            return false;
        }
        Locator heading = page.locator(".pb-product h1");
        heading.first().waitFor();
        return heading.first().innerText().contains(title);
    }

    private static void assertPhotoShown(Page page) {
        page.waitForFunction("() => { const i = document.querySelector('img.pb-gallery-main');"
                + " return i && i.complete && i.naturalWidth > 0; }");
    }

    /** A page whose requests the balancer sends to this node: its own sticky cookie, as if the node had set it. */
    private static Page pinned(String node, int width, int height) {
        return pinned(session.newPage(width, height), node);
    }

    private static Page pinned(Page page, String node) {
        page.context().addCookies(List.of(new Cookie("PB_NODE", node).setUrl(session.baseUrl + "/")));
        return page;
    }

    /**
     * Searches on node A and says whether a card of the title is shown; {@code answer} gets the status and
     * {@code X-Page-Cache}. A page with a live session (BYPASS) is drawn by Vaadin after the HTML has loaded, so the
     * result line (shown with and without hits) is waited for before the cards are counted.
     */
    private static boolean searchFinds(Page page, String search, String title, String[] answer) {
        Response response = served(page.navigate(search), "a");
        answer[0] = response.status() + " " + response.headerValue("x-page-cache");
        page.locator(".pb-search-page .pb-result-count").first().waitFor();
        return page.locator(".pb-card", new Page.LocatorOptions().setHasText(title)).count() > 0;
    }

    private static Response served(Response response, String node) {
        assertThat(response).as("an answer from the balancer").isNotNull();
        assertThat(response.headerValue("x-pasar-node")).as("the node that answered " + response.url()).isEqualTo("node-" + node);
        return response;
    }

    private static String balancerCookie(Page page) {
        return page.context().cookies(session.baseUrl).stream().filter(cookie -> cookie.name.equals("PB_NODE"))
                .map(cookie -> cookie.value).findFirst().orElseThrow(() -> new AssertionError("the balancer set no PB_NODE cookie"));
    }

    /** kill -9 of the node's JVM (its PID file written by the stage), then waits until it is gone. */
    private static void kill(String node) throws Exception {
        Path pidFile = Path.of(System.getProperty("pasar.e2e.nodes." + node + ".pid-file"));
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("node " + node + " (pid " + pid + ") is not running"));
        assertThat(process.destroyForcibly()).as("SIGKILL sent to node " + node).isTrue();
        process.onExit().get(30, TimeUnit.SECONDS);
        report("killed-node", node + " (pid " + pid + ")");
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** Milliseconds from {@code since} until the check holds; fails after {@code withinMs}. */
    private static long waitUntil(long since, long withinMs, Check check) throws Exception {
        while (true) {
            boolean holds = check.holds();
            long elapsed = (System.nanoTime() - since) / 1_000_000;
            if (holds) {
                return elapsed;
            }
            assertThat(elapsed).as("milliseconds since the approval").isLessThan(withinMs);
            Thread.sleep(100);
        }
    }

    private static void report(String name, Object value) throws IOException {
        String line = name + "=" + value;
        System.out.println("[two nodes] " + line);
        String file = System.getProperty(REPORT);
        if (file != null && !file.isBlank()) {
            Files.writeString(Path.of(file), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static void signIn(Page page, String email, String password) {
        page.navigate(session.baseUrl + "/masuk");
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }
}
