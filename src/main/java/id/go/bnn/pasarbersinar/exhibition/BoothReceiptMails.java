package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore;
import id.go.bnn.pasarbersinar.exhibition.internal.ReceiptMailStore;
import id.go.bnn.pasarbersinar.mail.BilingualMail;
import id.go.bnn.pasarbersinar.mail.Mailer;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.ShopAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails a booth sale's receipt link, or the card payment page of a sale waiting for its card payment, to the address
 * the seller typed for the buyer (a bilingual mail, as all the shop's mails). Only a seller of that booth (or staff) may, at most {@code pasar.exhibition.receipt-mail.per-sale} times per
 * sale and {@code pasar.exhibition.receipt-mail.per-seller-hour} mails per seller in an hour, counted in the database
 * so that every app node sees the same figures. The address is used for this mail only and not kept.
 */
@Service
public class BoothReceiptMails {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final int MAX_EMAIL = 254;

    private final BoothSaleStore sales;
    private final ReceiptMailStore mails;
    private final BoothQris qris;
    private final Mailer mailer;
    private final ShopAddress address;
    private final Clock clock;
    private final int perSale;
    private final int perSellerHour;

    BoothReceiptMails(BoothSaleStore sales, ReceiptMailStore mails, BoothQris qris, Mailer mailer, ShopAddress address, Clock clock,
            @Value("${pasar.exhibition.receipt-mail.per-sale:3}") int perSale,
            @Value("${pasar.exhibition.receipt-mail.per-seller-hour:30}") int perSellerHour) {
        this.sales = sales;
        this.mails = mails;
        this.qris = qris;
        this.mailer = mailer;
        this.address = address;
        this.clock = clock;
        this.perSale = perSale;
        this.perSellerHour = perSellerHour;
    }

    /** The link on the receipt, as the booth page and the mail give it. */
    public String receiptLink(String receiptToken) {
        return address.resolve("kasir/struk.html?t=" + receiptToken);
    }

    /** Sends the receipt of the sale to {@code email}; refused with a {@link BoothSaleException} and nothing sent otherwise. */
    @Transactional
    public void send(String saleKey, String email) {
        Caller caller = signedIn();
        RecordedBoothSale sale = sales.byKey(saleKey == null ? "" : saleKey).orElseThrow(() -> new BoothSaleException("exhibition.receipt.error.unknown"));
        if (!BoothSales.isStaff(caller) && !sales.isSellerAt(sale.exhibitionId(), sale.groupId(), caller.accountId())) {
            throw new BoothSaleException("exhibition.booth.error.not-seller");
        }
        String to = admitted(saleKey, email, caller);
        mailer.send(BilingualMail.compose(to, "exhibition.receipt.mail.subject", "exhibition.receipt.mail.body", eventName(sale.exhibitionId()),
                Money.rupiah(sale.total()).format(), receiptLink(sale.receiptToken())));
    }

    /**
     * Sends the card payment page of a sale waiting for its card payment to {@code email}, for a buyer who would rather
     * open it from a mail than scan the seller's screen. Its seller (or staff) only, while the page is open; the same
     * limits as receipts (one count per sale for both); refused with a {@link BoothSaleException} and nothing sent otherwise.
     */
    @Transactional
    public void sendCardPage(String saleKey, String email) {
        Caller caller = signedIn();
        BoothQris.CardPage page = qris.openCardPage(saleKey).orElseThrow(() -> new BoothSaleException("exhibition.card.error.closed"));
        String to = admitted(saleKey, email, caller);
        mailer.send(BilingualMail.compose(to, "exhibition.card.mail.subject", "exhibition.card.mail.body", eventName(page.exhibitionId()),
                Money.rupiah(page.total()).format(), page.link()));
    }

    private static Caller signedIn() {
        Caller caller = Caller.current();
        if (!caller.isSignedIn()) {
            throw new BoothSaleException("exhibition.booth.error.sign-in");
        }
        return caller;
    }

    /** The address, checked, and the mail counted against the sale's and the seller's limits. */
    private String admitted(String saleKey, String email, Caller caller) {
        String to = email == null ? "" : email.strip();
        if (to.length() > MAX_EMAIL || !EMAIL.matcher(to).matches() || to.chars().anyMatch(Character::isISOControl)) {
            throw new BoothSaleException("exhibition.receipt.error.email");
        }
        if (mails.mailsOfSale(saleKey) >= perSale) {
            throw new BoothSaleException("exhibition.receipt.error.sale-limit");
        }
        if (mails.mailsOfSellerSince(caller.accountId(), clock.instant().minus(Duration.ofHours(1))) >= perSellerHour) {
            throw new BoothSaleException("exhibition.receipt.error.seller-limit");
        }
        mails.record(saleKey, caller.accountId(), clock.instant());
        return to;
    }

    private String eventName(long exhibitionId) {
        return sales.event(exhibitionId).map(BoothSaleStore.Event::name).orElse("");
    }
}
