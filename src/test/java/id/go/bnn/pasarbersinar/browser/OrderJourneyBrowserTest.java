package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The buying journey through the packaged shop with its demo data and the demo payment provider: a guest buys from
 * two producer groups in one cart, pays, sees two parcels; the member of one group marks its parcel shipped; the
 * guest's signed tracking link (the one the confirmation mail carries) shows the parcel shipped with its tracking
 * number. Each page is also photographed at 1366 px and 390 px (target/browser/journey-*.png).
 */
@Tag("browser")
class OrderJourneyBrowserTest {

    static final String NTT_PRODUCT = "Dompet Kecil Tenun Ikat";
    static final String NTT_GROUP = "Penjahit Tenun Fatululi";
    static final String BANTEN_PRODUCT = "Kain Batik Cap Kota Tangerang";
    static final String BANTEN_GROUP = "Galeri Batik Pinang";
    static final String NTT_MEMBER = "anggota.fatululi@demo.pasarbersinar.id";
    static final String MEMBER_PASSWORD = "Anyam-Eceng-Gondok-25";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void a_guest_buys_from_two_groups_one_group_ships_and_the_tracking_link_shows_it() {
        Instant started = Instant.now();
        Page guest = session.newPage(1366, 900);

        Checkouts.addToCart(guest, session.baseUrl, NTT_PRODUCT);
        Checkouts.addToCart(guest, session.baseUrl, BANTEN_PRODUCT);
        assertThat(guest.locator(".pb-parcel").count()).isEqualTo(2);
        assertThat(guest.locator(".pb-parcel", new Page.LocatorOptions().setHasText(NTT_GROUP)).innerText()).contains(NTT_PRODUCT);
        assertThat(guest.locator(".pb-parcel", new Page.LocatorOptions().setHasText(BANTEN_GROUP)).innerText()).contains(BANTEN_PRODUCT);
        photograph(guest, "cart");

        String email = "tamu." + System.currentTimeMillis() + "@contoh.id";
        Checkouts.fillCheckout(guest, "Maria Bete", email);
        // the summary has the shipping of both parcels once the province is known
        guest.locator(".pb-summary-parcel", new Page.LocatorOptions().setHasText("Ongkos kirim: Rp")).nth(1).waitFor();
        photograph(guest, "checkout");

        String number = Checkouts.toDemoPayment(guest);
        guest.locator(".pb-demo-payment-banner, .pb-demo-payment .pb-demo-banner").first().waitFor();
        assertThat(number).matches("PB-\\d{4}-[A-Z2-9]{4}");
        assertThat(guest.locator(".pb-demo-parcel").count()).isEqualTo(2);
        photograph(guest, "demo-pay");

        Checkouts.payDemo(guest, number);
        String trackingLink = pathAndSignature(guest.url(), number);
        Locator parcels = guest.locator(".pb-parcel");
        assertThat(parcels.count()).isEqualTo(2);
        assertThat(parcels.locator(".pb-parcel-status-paid").count()).isEqualTo(2);
        assertThat(guest.locator(".pb-order-address").innerText()).contains("Jl. Frans Seda No. 12").contains("Oebobo");
        photograph(guest, "confirmation");

        // the confirmation mail carries exactly the link the guest is on
        assertThat(mailedTrackingLink(email, number, started)).isEqualTo(trackingLink);

        Page member = session.newPage(1366, 900);
        signIn(member, NTT_MEMBER, MEMBER_PASSWORD);
        member.navigate(session.baseUrl + "/mitra/pesanan");
        Locator row = member.locator(".pb-fulfilment-row", new Page.LocatorOptions().setHasText(number));
        row.waitFor();
        assertThat(row.innerText()).contains(NTT_GROUP).doesNotContain(BANTEN_GROUP);
        assertThat(member.locator(".pb-fulfilment-row", new Page.LocatorOptions().setHasText(BANTEN_GROUP)).count()).isZero();
        photograph(member, "group-orders");
        String tracking = "JNE" + (System.currentTimeMillis() % 10_000_000_000L);
        row.locator(".pb-ship-courier input").fill("JNE");
        row.locator(".pb-ship-tracking input").fill(tracking);
        row.locator(".pb-ship").click();
        row.locator(".pb-parcel-status-shipped").waitFor();
        assertThat(row.locator(".pb-tracking").innerText()).contains(tracking);
        member.navigate(session.baseUrl + "/pesanan");
        member.locator(".pb-my-orders h1").waitFor();
        photograph(member, "my-orders");

        Page later = session.newPage(390, 844);
        later.navigate(session.baseUrl + "/" + trackingLink);
        Locator shipped = later.locator(".pb-parcel", new Page.LocatorOptions().setHasText(NTT_GROUP));
        shipped.locator(".pb-parcel-status-shipped").waitFor();
        assertThat(shipped.locator(".pb-tracking").innerText()).contains("JNE").contains(tracking);
        Locator other = later.locator(".pb-parcel", new Page.LocatorOptions().setHasText(BANTEN_GROUP));
        assertThat(other.locator(".pb-parcel-status-paid").count()).isEqualTo(1);
        assertThat(other.locator(".pb-tracking").count()).isZero();

        // the same address without its signature shows nothing
        Page stranger = session.newPage();
        stranger.navigate(session.baseUrl + "/pesanan/" + number);
        stranger.waitForLoadState();
        assertThat(stranger.locator(".pb-order").count()).isZero();
        assertThat(stranger.content()).doesNotContain("Frans Seda");
    }

    private static void signIn(Page page, String email, String password) {
        page.navigate(session.baseUrl + "/masuk");
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.locator(".pb-sign-out").waitFor();
    }

    /** {@code pesanan/PB-…?t=…} from the address the payment page returned to (without its "paid" marker). */
    private static String pathAndSignature(String url, String number) {
        URI uri = URI.create(url);
        Matcher token = Pattern.compile("(?:^|&)t=([A-Za-z0-9_-]+)").matcher(uri.getRawQuery());
        assertThat(token.find()).as("signed link in %s", url).isTrue();
        assertThat(uri.getPath()).isEqualTo("/pesanan/" + number);
        return "pesanan/" + number + "?t=" + token.group(1);
    }

    /** The tracking link of the confirmation mail for this order, waiting for the mail to be written. */
    private static String mailedTrackingLink(String email, String number, Instant since) {
        Pattern link = Pattern.compile("/(pesanan/" + Pattern.quote(number) + "\\?t=[A-Za-z0-9_-]+)");
        Matcher matcher = link.matcher(Mailbox.await(email, since, "confirmation mail for " + number,
                text -> text.contains(number) && link.matcher(text).find()));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** The page as a laptop (1366 px) and a phone (390 px) show it. */
    private static void photograph(Page page, String name) {
        var size = page.viewportSize();
        page.setViewportSize(1366, 900);
        session.screenshot(page, "journey-" + name + "-1366");
        page.setViewportSize(390, 844);
        session.screenshot(page, "journey-" + name + "-390");
        page.setViewportSize(size.width, size.height);
    }
}
