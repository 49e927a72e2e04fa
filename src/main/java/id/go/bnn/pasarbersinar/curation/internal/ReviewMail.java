package id.go.bnn.pasarbersinar.curation.internal;

import id.go.bnn.pasarbersinar.catalog.ListingReviewed;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.mail.BilingualMail;
import id.go.bnn.pasarbersinar.mail.Mailer;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import org.springframework.beans.factory.annotation.Value;
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
    private final String baseUrl;

    ReviewMail(Accounts accounts, Mailer mailer, @Value("${pasar.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(ListingReviewed event) {
        String subjectKey = event.approved() ? "curation.mail.approved.subject" : "curation.mail.changes-requested.subject";
        String bodyKey = event.approved() ? "curation.mail.approved.body" : "curation.mail.changes-requested.body";
        String link = baseUrl + "/mitra/produk/" + event.productId().value();
        Object[] arguments = {event.titleId(), event.reason() == null ? "" : event.reason(), link};
        Caller.runAsSystem(() -> accounts.memberEmails(new GroupId(event.groupId())))
                .forEach(to -> mailer.send(BilingualMail.compose(to, subjectKey, bodyKey, arguments)));
    }
}
