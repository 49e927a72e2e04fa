package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An exhibition from first to last, through the packaged shop: the administrator creates an event for today on
 * /staf/pameran, gives the Kampung Ambon group a booth with its member and the administrator as sellers, and opens
 * it; the member moves stock to it on /mitra/pameran, sells on /kasir on a 390 px phone (one sale paid by the demo
 * QRIS on the buyer's phone, one by card on the demo's card page opened from the booth phone's link, one for cash made
 * with the network cut and sent when it is back), counts the day's cash; the administrator, the second person, confirms the count
 * on the booth page; the group's finance page and the event's report show the booth sales. Screenshots at 390 px go to target/browser.
 */
@Tag("browser")
class ExhibitionJourneyBrowserTest {

    static final String ADMIN = "admin@demo.pasarbersinar.id";
    static final String ADMIN_PASSWORD = "Kurasi-Pasar-Bersinar-25";
    static final String ADMIN_SECRET = "ADMINDEMOPASARBERSINAR234567ABCD";
    static final String MEMBER = "anggota.kampung-ambon@demo.pasarbersinar.id";
    static final String MEMBER_PASSWORD = "Anyam-Eceng-Gondok-25";
    static final String GROUP = "Kampung Ambon Berkarya";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void staff_create_an_event_a_group_sells_at_its_booth_and_the_day_is_closed_with_four_eyes() {
        String event = "Pasar Seni Lapangan Banteng " + System.currentTimeMillis() % 100_000;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

        Page staff = session.signIn(ADMIN, ADMIN_PASSWORD, ADMIN_SECRET);
        staff.navigate(session.baseUrl + "/staf/pameran");
        staff.locator("vaadin-text-field.pb-exhibition-name input").fill(event);
        staff.locator("vaadin-text-field.pb-exhibition-place input").fill("Lapangan Banteng, Jakarta Pusat");
        staff.locator("vaadin-select.pb-exhibition-province").click();
        staff.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("DKI Jakarta")).first().click();
        date(staff, "pb-exhibition-starts", today);
        date(staff, "pb-exhibition-ends", today.plusDays(1));
        staff.locator("vaadin-button.pb-exhibition-create").click();
        staff.waitForURL(url -> url.matches(".*/staf/pameran/\\d+$"));
        String eventId = staff.url().replaceAll(".*/staf/pameran/", "");

        Checkouts.pick(staff, "pb-exhibition-group", GROUP + " (DKI Jakarta)");
        staff.locator("vaadin-text-field.pb-exhibition-booth-label input").fill("B7");
        staff.locator("vaadin-button.pb-exhibition-add-booth").click();
        staff.locator(".pb-exhibition-booth").filter(new Locator.FilterOptions().setHasText(GROUP)).waitFor();
        addSeller(staff, MEMBER);
        addSeller(staff, ADMIN);
        staff.locator("vaadin-button.pb-exhibition-open").click();
        staff.locator("vaadin-button.pb-exhibition-open").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        session.shots(staff, "exhibition-journey-event");

        Page member = session.signIn(MEMBER, MEMBER_PASSWORD, null);
        member.setViewportSize(390, 844);
        List<String> scriptErrors = new ArrayList<>();
        member.onPageError(scriptErrors::add);
        BoothPage.moveStock(member, session.baseUrl, event, 4);
        BoothPage.openBooth(member, session.baseUrl, event);
        assertThat(member.locator("#booth-name").innerText()).contains(event, GROUP);
        Map<String, Object> item = BoothPage.stock(member, 0);
        long variant = ((Number) item.get("variantId")).longValue();
        assertThat(((Number) item.get("onHand")).intValue()).isEqualTo(4);
        long price = ((Number) item.get("price")).longValue();

        // One sale paid by the shop's QRIS (the demo provider): the buyer's phone opens the QR's page and pays there.
        member.locator("#items .item[data-variant='" + variant + "']").click();
        member.locator("#to-pay").click();
        member.locator("#method-qris-provider input").check();
        member.locator("#pay-done").click();
        member.locator("#qrisp-image:not([hidden])").waitFor();
        session.screenshot(member, "exhibition-journey-qris-390");
        Page buyer = session.newPage(390, 844);
        buyer.navigate(member.locator("#qrisp-page").getAttribute("href"));
        buyer.locator(".pb-demo-pay").click();
        member.locator("#receipt-status.recorded").waitFor();
        assertThat(((Number) BoothPage.stock(member, variant).get("onHand")).intValue()).isEqualTo(3);
        member.locator("#new-sale").click();

        // One sale by card, carried away at once: the phone shows the card page's address as a QR code and a link; the
        // buyer pays there on their own phone (the demo provider's card page), and the piece is held until then.
        member.locator("#items .item[data-variant='" + variant + "']").click();
        member.locator("#to-pay").click();
        member.locator("#method-card input").check();
        member.locator("#pay-done").click();
        member.locator("#qrisp-page-box:not([hidden])").waitFor();
        assertThat(((Number) BoothPage.stock(member, variant).get("onHand")).intValue()).as("held while the buyer pays").isEqualTo(2);
        session.screenshot(member, "exhibition-journey-card-390");
        Page cardBuyer = session.newPage(390, 844);
        cardBuyer.navigate(member.locator("#qrisp-page").getAttribute("href"));
        cardBuyer.locator(".pb-demo-pay").click();
        member.locator("#receipt-status.recorded").waitFor();
        assertThat(((Number) BoothPage.stock(member, variant).get("onHand")).intValue()).isEqualTo(2);
        member.locator("#new-sale").click();

        member.context().setOffline(true);
        BoothPage.sellForCash(member, variant);
        member.locator("#receipt-status.queued").waitFor();
        session.screenshot(member, "exhibition-journey-offline-390");
        member.context().setOffline(false);
        member.locator("#queue-badge").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        member.locator("#receipt-status.recorded").waitFor();
        assertThat(((Number) BoothPage.stock(member, variant).get("onHand")).intValue()).isEqualTo(1);

        member.locator("#new-sale").click();
        member.locator("#to-day").click();
        member.locator("#day-sales li").first().waitFor();
        assertThat(member.locator("#day-cash").innerText()).isEqualTo(rupiah(price));
        member.locator("#close-counted").fill(Long.toString(price));
        member.locator("#close-save").click();
        member.locator("#close-state:not([hidden])").waitFor();
        assertThat(member.locator("#close-summary").innerText()).contains("Menunggu konfirmasi orang kedua");
        assertThat(member.locator("#close-confirm").isVisible()).as("the one who counted cannot confirm").isFalse();
        session.screenshot(member, "exhibition-journey-close-390");

        BoothPage.openBooth(staff, session.baseUrl, event);
        staff.locator("#to-day").click();
        staff.locator("#close-confirm:not([hidden])").click();
        staff.getByText("Dikonfirmasi oleh orang kedua.").waitFor();

        member.navigate(session.baseUrl + "/mitra/keuangan");
        Locator boothSale = member.locator("text=Penjualan di stan pameran").first();
        boothSale.waitFor();
        // Cash taken at the booth is in the group's hands already: the row shows the price, the balance does not pay it again.
        String finances = member.locator("body").innerText();
        assertThat(finances).contains("Penjualan di stan pameran", "Harga\n" + rupiah(price));
        assertThat(finances.split(java.util.regex.Pattern.quote(event), -1)).as("the three booth sales on the statement").hasSize(4);
        session.screenshot(member, "exhibition-journey-finances-390");

        staff.navigate(session.baseUrl + "/staf/laporan/pameran/" + eventId);
        staff.locator(".pb-report-figure").first().waitFor();
        assertThat(staff.locator(".pb-exhibition-report").innerText()).contains(event, GROUP, rupiah(3 * price), "Tunai");
        session.shots(staff, "exhibition-journey-report");
        assertThat(scriptErrors).as("script errors on the booth page").isEmpty();
    }

    private static void date(Page page, String className, LocalDate day) {
        page.locator("vaadin-date-picker." + className).evaluate("(picker, iso) => { picker.value = iso; }", day.toString());
    }

    private static void addSeller(Page page, String email) {
        Locator booth = page.locator(".pb-exhibition-booth").filter(new Locator.FilterOptions().setHasText(GROUP));
        booth.locator("vaadin-text-field.pb-exhibition-seller-email input").fill(email);
        booth.locator("vaadin-button.pb-exhibition-add-seller").click();
        page.locator(".pb-exhibition-seller").filter(new Locator.FilterOptions().setHasText(email)).waitFor();
    }

    /** As the booth page writes an amount: "Rp 265.000". */
    private static String rupiah(long amount) {
        return "Rp " + String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
    }
}
