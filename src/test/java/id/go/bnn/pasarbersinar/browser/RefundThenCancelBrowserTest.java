package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Part of a parcel refunded, then the rest cancelled, through the packaged shop with the demo payment provider: a guest
 * buys two items from one group and pays; the group's member opens the order, refunds one item from the refund dialog
 * (which starts with nothing chosen) and sees the refund on the page without reloading it; then cancels the parcel,
 * whose dialog promises exactly what is left (the other item and the shipping). Afterwards the page says cancelled and
 * the parcel's refunds add up to all that was paid for it, and the guest has a refund mail and a cancellation mail
 * with the amounts. The dialogs and the final order page are photographed at 390 and 1366 px (target/browser/refund-*).
 */
@Tag("browser")
class RefundThenCancelBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    static final String GROUP = "Penenun Desa Bersinar Kenebibi";
    static final String REFUNDED_ITEM = "Gantungan Kunci Tenun";
    static final String KEPT_ITEM = "Taplak Meja Tenun Ikat";
    static final String MEMBER = "anggota.kenebibi@demo.pasarbersinar.id";
    static final String MEMBER_PASSWORD = "Anyam-Eceng-Gondok-25";
    static final Pattern RUPIAH = Pattern.compile("Rp ([0-9.]+)");

    @Test
    void a_member_refunds_one_item_then_cancels_the_parcel_and_the_buyer_gets_everything_back_and_two_mails() {
        Page guest = session.newPage(1366, 900);
        Instant started = Instant.now();
        Checkouts.addToCart(guest, session.baseUrl, REFUNDED_ITEM);
        Checkouts.addToCart(guest, session.baseUrl, KEPT_ITEM);
        String email = "batal." + System.currentTimeMillis() + "@contoh.id";
        Checkouts.fillCheckout(guest, "Yuliana Seran", email);
        guest.locator(".pb-summary-parcel", new Page.LocatorOptions().setHasText("Ongkos kirim: Rp")).first().waitFor();
        String number = Checkouts.toDemoPayment(guest);
        Checkouts.payDemo(guest, number);
        String trackingLink = guest.url();

        Locator paidParcel = guest.locator(".pb-parcel");
        assertThat(paidParcel.count()).isEqualTo(1);
        String paid = paidParcel.innerText();
        Money refundedItemPrice = amountAfter(paid, REFUNDED_ITEM);
        Money keptItemPrice = amountAfter(paid, KEPT_ITEM);
        Money shipping = amountAfter(paid, "Ongkos kirim:");
        Money parcelTotal = amountAfter(guest.locator(".pb-order-total").innerText(), "Total:");
        assertThat(shipping.rupiah()).isPositive();
        assertThat(parcelTotal).isEqualTo(refundedItemPrice.plus(keptItemPrice).plus(shipping));

        Page member = session.signIn(MEMBER, MEMBER_PASSWORD, null);
        member.navigate(session.baseUrl + "/pesanan/" + number);
        // A member is no staff: the one staff page it may open (inviting members) stands in its group's menu.
        member.locator(".pb-portal-mitra").first().waitFor();
        assertThat(member.locator(".pb-portal-staf").count()).isZero();
        assertThat(member.locator(".pb-portal-mitra a[href$='staf/undangan']").count()).isEqualTo(1);
        Locator parcel = member.locator(".pb-parcel", new Page.LocatorOptions().setHasText(GROUP));
        parcel.locator(".pb-parcel-status-paid").waitFor();

        // The refund dialog starts from nothing: "everything" unticked, every quantity 0, the red button off.
        parcel.locator(".pb-refund").click();
        Locator whole = member.locator(".pb-refund-whole");
        whole.waitFor();
        assertThat(whole.evaluate("box => box.checked")).isEqualTo(false);
        Locator quantities = member.locator(".pb-refund-quantity input");
        assertThat(quantities.count()).isEqualTo(2);
        assertThat(quantities.evaluateAll("inputs => inputs.map(input => input.value)")).isEqualTo(java.util.List.of("0", "0"));
        Locator confirm = member.locator(".pb-dialog-confirm");
        assertThat(confirm.evaluate("button => button.disabled")).isEqualTo(true);
        assertThat(member.locator(".pb-refund-amount").innerText()).contains("Rp 0");
        session.shots(member, "refund-dialog-empty");

        Locator line = member.locator(".pb-refund-line", new Page.LocatorOptions().setHasText(REFUNDED_ITEM));
        line.locator(".pb-refund-quantity input").fill("1");
        line.locator(".pb-refund-quantity input").press("Tab");
        member.waitForCondition(() -> confirm.innerText().contains(refundedItemPrice.format()));
        assertThat(member.locator(".pb-refund-amount").innerText()).contains(refundedItemPrice.format());
        assertThat(confirm.evaluate("button => button.disabled")).isEqualTo(false);
        session.shots(member, "refund-dialog-one-item");
        confirm.click();

        // Without a reload: the page follows the demo provider's confirmation and shows what went back.
        member.locator(".pb-order-saved").waitFor();
        Locator refunded = parcel.locator(".pb-parcel-refunded");
        member.waitForCondition(() -> refunded.count() == 1 && refunded.innerText().contains(refundedItemPrice.format())
                && parcel.locator(".pb-parcel-refund-pending").count() == 0);
        assertThat(parcel.innerText()).contains("1 dikembalikan");
        assertThat(parcel.locator(".pb-parcel-status-paid").count()).isEqualTo(1);

        // The cancel dialog promises exactly the rest: the item not refunded and the shipping.
        parcel.locator(".pb-cancel").click();
        Locator promise = member.locator(".pb-cancel-amount");
        promise.waitFor();
        Money rest = keptItemPrice.plus(shipping);
        assertThat(promise.innerText()).startsWith("Pembeli menerima kembali " + rest.format() + " (barang " + keptItemPrice.format()
                + " dan ongkos kirim " + shipping.format() + ")");
        session.shots(member, "refund-cancel-dialog");
        member.locator(".pb-dialog-confirm").click();

        parcel.locator(".pb-parcel-status-cancelled").waitFor();
        member.waitForCondition(() -> parcel.locator(".pb-parcel-refund-pending").count() == 0
                && refunded.innerText().contains(parcelTotal.format()));
        assertThat(amountAfter(refunded.innerText(), "Dana dikembalikan:")).isEqualTo(parcelTotal);
        assertThat(parcel.locator(".pb-refund, .pb-cancel").count()).isZero();
        session.shots(member, "refund-cancelled-member");

        // Nothing of a cancelled parcel stays in the group's balance: its credits and its refunds cancel out.
        member.navigate(session.baseUrl + "/mitra/keuangan");
        member.locator(".pb-statement").waitFor();
        Locator rows = member.locator(".pb-statement-row").filter(new Locator.FilterOptions()
                .setHas(member.locator(".pb-statement-reference", new Page.LocatorOptions().setHasText(number))));
        assertThat(rows.locator(".pb-payout-amount").allInnerTexts()).as("statement rows of %s", number).hasSizeGreaterThanOrEqualTo(4);
        long net = 0;
        for (Locator row : rows.all()) {
            Locator amount = row.locator(".pb-payout-amount");
            long rupiah = Long.parseLong(amount.innerText().replaceAll("[^0-9]", ""));
            net += amount.getAttribute("class").contains("pb-amount-negative") ? -rupiah : rupiah;
        }
        assertThat(net).as("what the cancelled parcel left in the group's balance").isZero();

        Page later = session.newPage(1366, 900);
        later.navigate(trackingLink);
        Locator buyersParcel = later.locator(".pb-parcel");
        buyersParcel.locator(".pb-parcel-status-cancelled").waitFor();
        assertThat(amountAfter(buyersParcel.locator(".pb-parcel-refunded").innerText(), "Dana dikembalikan:")).isEqualTo(parcelTotal);
        session.shots(later, "refund-cancelled-order");

        String refundMail = Mailbox.await(email, started, "refund mail for " + number,
                text -> text.contains("Subject: Dana " + refundedItemPrice.format() + " dari pesanan " + number + " dikembalikan"));
        assertThat(refundMail).contains("barang " + refundedItemPrice.format()).doesNotContain("dibatalkan");
        String cancelMail = Mailbox.await(email, started, "cancellation mail for " + number,
                text -> text.contains("Subject: Paket dari " + GROUP + " pada pesanan " + number + " dibatalkan, " + rest.format() + " dikembalikan"));
        assertThat(cancelMail).contains("barang " + keptItemPrice.format() + ", ongkos kirim " + shipping.format());
    }

    /** The first rupiah amount written after this text. */
    private static Money amountAfter(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as("%s in %s", marker, text).isNotNegative();
        Matcher amount = RUPIAH.matcher(text.substring(at + marker.length()));
        assertThat(amount.find()).as("an amount after %s in %s", marker, text).isTrue();
        return Money.rupiah(Long.parseLong(amount.group(1).replace(".", "")));
    }
}
