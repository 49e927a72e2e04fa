package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.mail.BilingualMail;
import id.go.bnn.pasarbersinar.mail.Mailer;
import id.go.bnn.pasarbersinar.order.ReturnChanged;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.List;
import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The return mails, Indonesian first and English below: a new request to the group's members; the group's answer to
 * the buyer; the curator's decision to both sides. The buyer's link is the order's signed link.
 */
@Component
class ReturnMails {

    private final Mailer mailer;
    private final ReturnStore store;
    private final OrderLinks links;
    private final Accounts accounts;

    ReturnMails(Mailer mailer, ReturnStore store, OrderLinks links, Accounts accounts) {
        this.mailer = mailer;
        this.store = store;
        this.links = links;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(ReturnChanged event) {
        ReturnStore.Row row = store.find(event.returnId()).orElse(null);
        if (row == null) {
            return;
        }
        String buyerLink = links.url(row.orderNumber());
        String groupLink = links.absolute("mitra/retur");
        switch (event.status()) {
            case REQUESTED -> members(row).forEach(member -> mailer.send(BilingualMail.compose(member, "order.mail.return-requested.subject",
                    "order.mail.return-requested.body", locale -> new Object[] {row.orderNumber(), reason(locale, row), row.description(), groupLink})));
            case ACCEPTED -> mailer.send(BilingualMail.compose(row.buyerEmail(), "order.mail.return-accepted.subject",
                    "order.mail.return-accepted.body", row.orderNumber(), row.groupName(), buyerLink));
            case DECLINED -> mailer.send(BilingualMail.compose(row.buyerEmail(), "order.mail.return-declined.subject",
                    "order.mail.return-declined.body", row.orderNumber(), row.groupName(), row.declineReason(), buyerLink));
            case DECIDED -> {
                String amount = row.refundAmount() == null ? "Rp0" : row.refundAmount().format();
                mailer.send(decision(row.buyerEmail(), row, amount, buyerLink));
                members(row).forEach(member -> mailer.send(decision(member, row, amount, groupLink)));
            }
            default -> {
                // shipped back, received, escalated, refunded: the pages show it; the refund has its own mail
            }
        }
    }

    private Mailer.Mail decision(String to, ReturnStore.Row row, String amount, String link) {
        return BilingualMail.compose(to, "order.mail.return-decided.subject", "order.mail.return-decided.body", locale -> new Object[] {
                row.orderNumber(), row.groupName(), amount, BilingualMail.text(locale, row.platformCost()
                        ? "order.return.cost.platform" : "order.return.cost.group"), row.decisionNote(), link});
    }

    private List<String> members(ReturnStore.Row row) {
        return Caller.runAsSystem(() -> accounts.memberEmails(new GroupId(row.groupId())));
    }

    private static String reason(Locale locale, ReturnStore.Row row) {
        return BilingualMail.text(locale, row.reason().messageKey());
    }
}
