package id.go.bnn.pasarbersinar.message.internal;

import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.mail.BilingualMail;
import id.go.bnn.pasarbersinar.mail.Mailer;
import id.go.bnn.pasarbersinar.message.MessagePosted;
import id.go.bnn.pasarbersinar.message.Side;
import id.go.bnn.pasarbersinar.message.internal.ConversationStore.ConversationRow;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.ShopAddress;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other side of a conversation that a message came: the buyer, or every member of the group. The mail
 * carries a link to the conversation and never the text, which may hold what was meant for the other side only.
 */
@Component
class MessageMails {

    private final ConversationStore store;
    private final Accounts accounts;
    private final Orders orders;
    private final Mailer mailer;
    private final ShopAddress address;

    MessageMails(ConversationStore store, Accounts accounts, Orders orders, Mailer mailer, ShopAddress address) {
        this.store = store;
        this.accounts = accounts;
        this.orders = orders;
        this.mailer = mailer;
        this.address = address;
    }

    @ApplicationModuleListener
    void on(MessagePosted event) {
        ConversationRow row = store.find(event.conversationId()).orElse(null);
        if (row == null) {
            return;
        }
        if (event.authorSide() == Side.GROUP) {
            mailer.send(BilingualMail.compose(row.buyerEmail(), "message.mail.subject", "message.mail.body", row.subject(), buyerLink(row)));
            return;
        }
        String link = address.resolve("pesan/" + row.id());
        List<String> members = Caller.runAsSystem(() -> accounts.memberEmails(new GroupId(row.groupId())));
        members.forEach(member -> mailer.send(BilingualMail.compose(member, "message.mail.subject", "message.mail.body", row.subject(), link)));
    }

    /** A guest has no account: an order's conversation opens with the order's signed link, which also serves a buyer. */
    private String buyerLink(ConversationRow row) {
        if (row.orderNumber() == null) {
            return address.resolve("pesan/" + row.id());
        }
        String token = Caller.runAsSystem(() -> orders.linkToken(row.orderNumber()));
        return address.resolve("pesan/pesanan/" + row.orderNumber() + "/" + row.groupId() + "?t=" + token);
    }
}
