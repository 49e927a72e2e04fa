package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.ListingEventStore;
import id.go.bnn.pasarbersinar.catalog.internal.Product;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import id.go.bnn.pasarbersinar.shared.StorefrontChanged;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What is written down about a listing's life: each step in its own history (the group reads it in the editor), and
 * what staff decided about another's listing in the audit log ({@link StaffDecision}), with {@link ListingReviewed}
 * for the group's notice.
 */
@Component
class ListingAudit {

    private final ListingEventStore events;
    private final ApplicationEventPublisher publisher;

    ListingAudit(ListingEventStore events, ApplicationEventPublisher publisher) {
        this.events = events;
        this.publisher = publisher;
    }

    /** One step in the listing's history, by the current caller. */
    void record(long productId, String action, String reason, Instant now) {
        Caller caller = Caller.current();
        String role = caller.system() ? "SYSTEM" : caller.has(Caller.Role.ADMIN) ? "ADMIN" : caller.has(Caller.Role.CURATOR) ? "CURATOR" : "PRODUCER";
        events.record(productId, action, caller.accountId(), caller.email(), role, reason, now);
        // Every step of a listing's life (saved, price or stock edited, approved, archived, …) passes here.
        publisher.publishEvent(StorefrontChanged.listing(productId));
    }

    /** A curator's review decision: the group hears of it and the audit log keeps it. */
    void decided(Product product, boolean revision, boolean approved, String reason, String before, Instant now) {
        publisher.publishEvent(new ListingReviewed(new ProductId(product.getId()), product.getGroupId(), product.getTitleId(), revision,
                approved, reason));
        String action = (revision ? "listing.revision." : "listing.") + (approved ? "approved" : "changes-requested");
        staffDecision(product, action, before, approved ? summary(product) : "CHANGES_REQUESTED: " + reason, now);
    }

    void staffDecision(Product product, String action, String before, String after, Instant now) {
        Caller caller = Caller.current();
        publisher.publishEvent(new StaffDecision(caller.accountId(), caller.email(), product.getProvinceCode(), "product",
                String.valueOf(product.getId()), action, before, after, now));
    }

    /** The listing as the audit log shows it before and after a decision. */
    static String summary(Product product) {
        return product.getStatus() + ": " + product.getTitleId() + " · Rp " + product.getPrice() + " · " + product.getCategoryCode()
                + " · " + product.getImages().size() + " foto";
    }
}
