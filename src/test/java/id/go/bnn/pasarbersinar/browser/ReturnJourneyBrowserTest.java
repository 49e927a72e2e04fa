package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A return that ends with the curator, through the packaged shop: a guest buys a sling bag of the Kenebibi group (its
 * own order, so no other journey's order or money moves), the group ships it and the buyer confirms delivery. The
 * buyer asks on the order page to return it as damaged, with a photo, after reading the return-shipping rule; the
 * group declines on /mitra/retur; the buyer takes it to the curator; the NTT curator refunds it in full at the
 * platform's cost on /staf/sengketa. The buyer's order shows the refund, the group's balance is what it was before the
 * dispute, and both sides have the decision by mail. The new pages are photographed at 390 and 1366 px
 * (target/browser/return-*).
 */
@Tag("browser")
class ReturnJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    static final String GROUP = "Penenun Desa Bersinar Kenebibi";
    static final String ITEM = "Sling Bag Tenun Belu";
    static final String MEMBER = "anggota.kenebibi@demo.pasarbersinar.id";
    static final String MEMBER_PASSWORD = "Anyam-Eceng-Gondok-25";
    static final String CURATOR = "kurator.ntt@demo.pasarbersinar.id";
    static final String CURATOR_PASSWORD = "Kurasi-Pasar-Bersinar-25";
    static final String CURATOR_SECRET = "KURATORNTTDEMOPASARBERSINAR23456";
    static final Pattern RUPIAH = Pattern.compile("Rp ([0-9.]+)");

    @Test
    void a_damaged_item_declined_by_the_group_is_refunded_by_the_curator_at_the_platforms_cost() throws IOException {
        Page guest = session.newPage(1366, 900);
        Instant started = Instant.now();
        Checkouts.addToCart(guest, session.baseUrl, ITEM);
        String email = "retur." + System.currentTimeMillis() + "@contoh.id";
        Checkouts.fillCheckout(guest, "Yosefina Bere", email);
        guest.locator(".pb-summary-parcel", new Page.LocatorOptions().setHasText("Ongkos kirim: Rp")).first().waitFor();
        String number = Checkouts.toDemoPayment(guest);
        Checkouts.payDemo(guest, number);
        String orderLink = guest.url();
        long price = amountAfter(guest.locator(".pb-parcel li").first().innerText(), "—");

        Page member = session.signIn(MEMBER, MEMBER_PASSWORD, null);
        member.navigate(session.baseUrl + "/mitra/pesanan");
        Locator row = member.locator(".pb-fulfilment-row", new Page.LocatorOptions().setHasText(number));
        row.locator(".pb-ship-courier input").fill("JNE");
        row.locator(".pb-ship-tracking input").fill("JNE" + (System.currentTimeMillis() % 10_000_000_000L));
        row.locator(".pb-ship").click();
        row.locator(".pb-parcel-status-shipped").waitFor();

        guest.navigate(orderLink);
        guest.locator(".pb-confirm-delivery").click();
        guest.locator(".pb-parcel-status-delivered").waitFor();
        long balanceBefore = groupBalance(member);

        // The rule for the return shipping stands on the page before the buyer asks.
        assertThat(guest.locator(".pb-return-rule").innerText()).contains("7 hari").contains("ditanggung kelompok");
        guest.locator(".pb-return-ask").click();
        Locator dialog = guest.locator("body");
        dialog.locator(".pb-return-description").waitFor();
        dialog.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Rusak")).click();
        assertThat(dialog.locator(".pb-return-shipping").innerText()).contains("ditanggung kelompok");
        dialog.locator(".pb-return-description textarea").fill("Jahitan tali sobek saat paket dibuka");
        dialog.locator(".pb-return-upload input[type=file]").setInputFiles(new FilePayload("sobek.jpg", "image/jpeg", photo()));
        guest.waitForCondition(() -> dialog.locator(".pb-return-photo-state").innerText().contains("Foto ditambahkan"));
        session.shots(guest, "return-dialog");
        guest.locator(".pb-dialog-confirm").click();
        guest.locator(".pb-order-saved").waitFor();
        Locator card = guest.locator(".pb-return");
        assertThat(card.innerText()).contains("Jahitan tali sobek").contains("Rusak");
        assertThat(card.locator("img").count()).isEqualTo(1);

        member.navigate(session.baseUrl + "/mitra/retur");
        Locator request = member.locator(".pb-return", new Page.LocatorOptions().setHasText(number));
        request.waitFor();
        assertThat(request.innerText()).contains("Jahitan tali sobek");
        session.shots(member, "return-group");
        request.locator(".pb-return-decline-reason textarea").fill("Tali masih utuh saat dikemas");
        request.locator(".pb-return-decline").click();
        member.locator(".pb-order-saved").waitFor();
        assertThat(member.locator(".pb-return", new Page.LocatorOptions().setHasText(number)).innerText()).contains("Tali masih utuh");

        guest.navigate(orderLink);
        guest.locator(".pb-return-declined").waitFor();
        guest.locator(".pb-return-escalate").click();
        guest.locator(".pb-order-saved").waitFor();
        assertThat(guest.locator(".pb-return-status").innerText()).contains("kurator");

        Page curator = session.signIn(CURATOR, CURATOR_PASSWORD, CURATOR_SECRET);
        curator.navigate(session.baseUrl + "/staf/sengketa");
        Locator dispute = curator.locator(".pb-return", new Page.LocatorOptions().setHasText(number));
        dispute.waitFor();
        assertThat(dispute.innerText()).contains("Jahitan tali sobek").contains("Tali masih utuh");
        assertThat(dispute.locator(".pb-decide-amount input").inputValue()).isEqualTo(String.valueOf(price));
        dispute.locator("vaadin-checkbox.pb-decide-platform").click();
        dispute.locator(".pb-decide-note textarea").fill("Foto menunjukkan tali sobek; dana dikembalikan atas biaya platform");
        session.shots(curator, "return-disputes");
        dispute.locator(".pb-decide").click();
        curator.locator(".pb-order-saved").waitFor();

        guest.navigate(orderLink);
        Locator refunded = guest.locator(".pb-parcel-refunded");
        guest.waitForCondition(() -> {
            if (refunded.count() == 0) {
                guest.reload();
                guest.locator(".pb-parcel").first().waitFor();
                return false;
            }
            return true;
        });
        assertThat(amountAfter(refunded.innerText(), "Dana dikembalikan:")).isEqualTo(price);
        assertThat(guest.locator(".pb-return-decision").innerText()).contains("ditanggung platform");
        session.shots(guest, "return-order-decided");

        // At the platform's cost: the group's balance is what it was before the dispute.
        assertThat(groupBalance(member)).isEqualTo(balanceBefore);

        String buyerMail = Mailbox.await(email, started, "decision mail for " + number,
                text -> text.contains("Keputusan retur untuk pesanan " + number));
        assertThat(buyerMail).contains("ditanggung platform").contains("at the platform's cost");
        Mailbox.await(MEMBER, started, "decision mail to the group for " + number, text -> text.contains("Keputusan retur untuk pesanan " + number));
    }

    /** What the group has earned and not been paid: pending plus available, from its finances page. */
    private static long groupBalance(Page member) {
        member.navigate(session.baseUrl + "/mitra/keuangan");
        Locator amounts = member.locator(".pb-finance-card .pb-finance-amount");
        amounts.first().waitFor();
        return signed(amounts.nth(0).innerText()) + signed(amounts.nth(1).innerText());
    }

    private static long signed(String text) {
        long rupiah = Long.parseLong(text.replaceAll("[^0-9]", ""));
        return text.contains("-") || text.contains("−") ? -rupiah : rupiah;
    }

    private static long amountAfter(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as("%s in %s", marker, text).isNotNegative();
        Matcher amount = RUPIAH.matcher(text.substring(at + marker.length()));
        assertThat(amount.find()).as("an amount after %s in %s", marker, text).isTrue();
        return Long.parseLong(amount.group(1).replace(".", ""));
    }

    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(120, 40, 30));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(230, 190, 90));
        g.drawLine(100, 100, 540, 380);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
