package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.ListingQueries;
import id.go.bnn.pasarbersinar.catalog.internal.Product;
import id.go.bnn.pasarbersinar.catalog.internal.RevisionStore;
import id.go.bnn.pasarbersinar.catalog.internal.RevisionStore.Revision;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curators' side of a listing's life: the review queue, approving a submitted listing or an approved listing's
 * waiting revision, and sending either back with a reason. A curator of the listing's province or an administrator.
 */
@Service
@Transactional
public class ListingReviews {

    /** The longest reason a curator may give when sending a listing back. */
    public static final int MAX_REASON_LENGTH = 1000;

    private final ListingProducts products;
    private final RevisionStore revisions;
    private final ListingQueries queries;
    private final ListingAudit audit;
    private final Clock clock;

    ListingReviews(ListingProducts products, RevisionStore revisions, ListingQueries queries, ListingAudit audit, Clock clock) {
        this.products = products;
        this.revisions = revisions;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The review queue: submitted listings and waiting revisions of the caller's provinces (all for an
     * administrator), oldest first.
     */
    @Transactional(readOnly = true)
    public List<ListingRow> reviewQueue() {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || (caller.has(Caller.Role.CURATOR) && !caller.provinces().isEmpty()), "the review queue");
        return queries.reviewQueue(caller.isAdmin() ? null : caller.provinces());
    }

    /**
     * Approves a submitted listing (it goes on sale) or an approved listing's waiting revision (it replaces the live
     * version): curators of the product's province or administrators.
     */
    public void approve(ProductId id) {
        Product product = products.get(id);
        Caller caller = Caller.current();
        caller.requireCurator(product.getProvinceCode(), "approving product " + id.value());
        Instant now = clock.instant();
        if (caller.system() && product.getStatus() == ListingStatus.DRAFT) {
            // Demo data and imports: the shop itself publishes what it loads, in the two steps a listing always takes.
            product.submit(now);
        }
        if (product.getStatus() == ListingStatus.APPROVED) {
            Revision revision = revisions.find(id.value()).filter(r -> RevisionStore.PENDING.equals(r.state()))
                    .orElseThrow(() -> new IllegalTransitionException(ListingStatus.APPROVED, "approve"));
            String before = ListingAudit.summary(product);
            product.changeTexts(revision.categoryCode(), revision.titleId(), revision.titleEn(), revision.descriptionId(),
                    revision.descriptionEn());
            product.changePrice(revision.price());
            product.replaceImages(revision.photos());
            revision.variantPrices().forEach((sku, price) -> product.variant(sku).ifPresent(v -> v.changePrice(price)));
            product.touch(now);
            revisions.delete(id.value());
            audit.record(id.value(), "REVISION_APPROVED", null, now);
            audit.decided(product, true, true, null, before, now);
            return;
        }
        String before = product.getStatus().name();
        product.approve(now);
        if (!caller.system()) {
            audit.record(id.value(), "APPROVED", null, now);
            audit.decided(product, false, true, null, before, now);
        }
    }

    /** Sends a submitted listing or a waiting revision back to the group with a reason it sees. */
    public void requestChanges(ProductId id, String reason) {
        Product product = products.get(id);
        Caller caller = Caller.current();
        caller.requireCurator(product.getProvinceCode(), "requesting changes to product " + id.value());
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidListingException("catalog.review.reason-required");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new InvalidListingException("catalog.review.reason-too-long");
        }
        Instant now = clock.instant();
        if (product.getStatus() == ListingStatus.APPROVED) {
            revisions.find(id.value()).filter(r -> RevisionStore.PENDING.equals(r.state()))
                    .orElseThrow(() -> new IllegalTransitionException(ListingStatus.APPROVED, "request-changes"));
            revisions.sendBack(id.value(), why);
            audit.record(id.value(), "REVISION_CHANGES_REQUESTED", why, now);
            audit.decided(product, true, false, why, "revision PENDING", now);
            return;
        }
        String before = product.getStatus().name();
        product.requestChanges(why, now);
        audit.record(id.value(), "CHANGES_REQUESTED", why, now);
        audit.decided(product, false, false, why, before, now);
    }
}
