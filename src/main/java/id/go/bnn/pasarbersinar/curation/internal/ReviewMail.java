package id.go.bnn.pasarbersinar.curation.internal;

import id.go.bnn.pasarbersinar.catalog.ListingReviewed;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.mail.BilingualMail;
import id.go.bnn.pasarbersinar.mail.Mailer;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.ShopAddress;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a group's members what a curator decided on one of their listings, Indonesian first and English below, after
 * the decision is committed (the event publication registry retries a mail lost in a crash).
 */
@Component
class ReviewMail {

    private final Accounts accounts;
    private final Mailer mailer;
    private final ShopAddress address;

    ReviewMail(Accounts accounts, Mailer mailer, ShopAddress address) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.address = address;
    }

    @ApplicationModuleListener
    void on(ListingReviewed event) {
        String subjectKey = event.approved() ? "curation.mail.approved.subject" : "curation.mail.changes-requested.subject";
        String bodyKey = event.approved() ? "curation.mail.approved.body" : "curation.mail.changes-requested.body";
        String link = address.resolve("/mitra/produk/" + event.productId().value());
        Object[] arguments = {event.titleId(), event.reason() == null ? "" : event.reason(), link};
        Caller.runAsSystem(() -> accounts.memberEmails(new GroupId(event.groupId())))
                .forEach(to -> mailer.send(BilingualMail.compose(to, subjectKey, bodyKey, arguments)));
    }
}
