package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.ListingEvents;
import id.go.bnn.pasarbersinar.catalog.internal.Product;
import id.go.bnn.pasarbersinar.catalog.internal.ProductImage;
import id.go.bnn.pasarbersinar.catalog.internal.ProductRepository;
import id.go.bnn.pasarbersinar.catalog.internal.RevisionStore;
import id.go.bnn.pasarbersinar.catalog.internal.RevisionStore.Revision;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Slug;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import jakarta.validation.Valid;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.annotation.Validated;

/**
 * Listings through their life: DRAFT → SUBMITTED → APPROVED | CHANGES_REQUESTED → SUBMITTED …; ARCHIVED. A member
 * acting for the group writes and submits; a curator of the group's province (or an administrator) reviews, and may
 * prepare drafts as field officer, which a member confirms by submitting. Editing an approved listing's public
 * fields makes a revision that waits for review while the approved version sells on unchanged.
 */
@Service
@Validated
@Transactional
public class Listings {

    private final ProductRepository products;
    private final RevisionStore revisions;
    private final ListingEvents events;
    private final ProducerGroups groups;
    private final Catalog catalog;
    private final ListingVariants variants;
    private final Stock stock;
    private final StockIndexing indexing;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final int priceChangeWithoutReview;

    Listings(ProductRepository products, RevisionStore revisions, ListingEvents events, ProducerGroups groups, Catalog catalog,
            ListingVariants variants, Stock stock, StockIndexing indexing, JdbcClient jdbc, ApplicationEventPublisher publisher, Clock clock,
            @Value("${pasar.listings.price-change-without-review:20}") int priceChangeWithoutReview) {
        this.products = products;
        this.revisions = revisions;
        this.events = events;
        this.groups = groups;
        this.catalog = catalog;
        this.variants = variants;
        this.stock = stock;
        this.indexing = indexing;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
        this.priceChangeWithoutReview = priceChangeWithoutReview;
    }

    /** Creates a DRAFT listing for a group: by a member acting for it, its province's curator or an administrator. */
    public ProductId create(GroupId groupId, @Valid NewListing listing, boolean demo) {
        GroupSummary group = group(groupId);
        Caller caller = Caller.current();
        caller.require(caller.actsFor(groupId.value()) || caller.curates(group.provinceCode()),
                "creating a listing for group " + groupId.value());
        requireCategory(listing.categoryCode());
        Product product = new Product(Slug.unique(listing.title().id(), products::existsBySlug).value(), groupId.value(), group.provinceCode(),
                group.programmeCode(), demo, clock.instant());
        product.describe(listing.categoryCode(), listing.title().id(), listing.title().en(), listing.description().id(),
                listing.description().en(), listing.price(), listing.weightGrams());
        for (NewListing.Variant variant : listing.variants()) {
            product.addVariant(ListingVariants.newSku(), variant.nameId(), variant.nameEn(), variant.price(), variant.stock());
        }
        if (listing.imageHashes() != null) {
            for (String hash : listing.imageHashes()) {
                product.addImage(hash, listing.title().id(), listing.title().en());
            }
        }
        return new ProductId(products.save(product).getId());
    }

    /**
     * Creates a DRAFT from the editor. A curator (field officer) may prepare one for a group of its province: it is
     * marked so, and only a member of the group can submit it.
     */
    public ProductId createDraft(GroupId groupId, @Valid ListingEdit edit) {
        GroupSummary group = group(groupId);
        Caller caller = Caller.current();
        boolean member = caller.actsFor(groupId.value());
        caller.require(member || caller.curates(group.provinceCode()), "creating a listing for group " + groupId.value());
        requireCategory(edit.categoryCode());
        requirePhotos(edit);
        Instant now = clock.instant();
        Product product = new Product(Slug.unique(edit.title().id(), products::existsBySlug).value(), groupId.value(), group.provinceCode(),
                group.programmeCode(), false, now);
        product.describe(edit.categoryCode(), edit.title().id(), blankToNull(edit.title().en()), edit.description().id(),
                blankToNull(edit.description().en()), edit.price(), edit.weightGrams());
        for (ListingEdit.Variant variant : edit.variants()) {
            product.addVariant(ListingVariants.newSku(), variant.nameId(), blankToNull(variant.nameEn()), variant.price(), variant.stock());
        }
        product.replaceImages(photos(edit));
        if (!member) {
            product.preparedBy(caller.accountId());
        }
        long id = products.save(product).getId();
        record(id, member ? "CREATED" : "PREPARED_BY_OFFICER", null, now);
        if (!member) {
            staffDecision(product, "listing.prepared", null, "DRAFT: " + edit.title().id(), now);
        }
        return new ProductId(id);
    }

    /** A listing with its revision and history: members acting for its group and staff of its province. */
    @Transactional(readOnly = true)
    public Listing find(ProductId id) {
        Product product = product(id);
        requireGroupOrStaff(product, "reading listing " + id.value());
        return toListing(product);
    }

    /** The group's listings, newest change first, optionally of one status: its members and its province's staff. */
    @Transactional(readOnly = true)
    public List<ListingRow> ofGroup(GroupId groupId, ListingStatus status) {
        GroupSummary group = group(groupId);
        Caller caller = Caller.current();
        caller.require(caller.actsFor(groupId.value()) || caller.curates(group.provinceCode()), "listings of group " + groupId.value());
        List<Object> params = new ArrayList<>(List.of(groupId.value()));
        String where = "p.group_id = ?";
        if (status != null) {
            where += " AND p.status = ?";
            params.add(status.name());
        }
        return rows(where, params, "p.updated_at DESC, p.id DESC", 500);
    }

    /**
     * The review queue: submitted listings and waiting revisions of the caller's provinces (all for an
     * administrator), oldest first.
     */
    @Transactional(readOnly = true)
    public List<ListingRow> reviewQueue() {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || (caller.has(Caller.Role.CURATOR) && !caller.provinces().isEmpty()), "the review queue");
        List<Object> params = new ArrayList<>();
        String scope = "";
        if (!caller.isAdmin()) {
            scope = " AND p.province_code IN (" + String.join(",", java.util.Collections.nCopies(caller.provinces().size(), "?")) + ")";
            params.addAll(caller.provinces().stream().sorted().toList());
        }
        List<ListingRow> rows = new ArrayList<>(rows("p.status = 'SUBMITTED'" + scope, params, "p.submitted_at ASC", 500));
        rows.addAll(rows("p.status = 'APPROVED' AND p.id IN (SELECT r.product_id FROM product_revision r WHERE r.state = 'PENDING')" + scope,
                params, "p.id", 500));
        rows.sort(java.util.Comparator.comparing(ListingRow::submittedAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return rows;
    }

    /**
     * Saves the editor. Before approval everything is saved as it is. On an approved listing stock, weight, variant
     * names and price changes within the limit apply at once; texts, photos, category and larger price changes become
     * a revision that waits for review. An archived listing cannot be edited. A variant's stock is set only where it
     * is still the figure the editor showed; where orders moved it, nothing is saved ({@link StockMovedException}).
     */
    public SaveOutcome save(ProductId id, @Valid ListingEdit edit) {
        Product product = product(id);
        Caller caller = Caller.current();
        boolean member = caller.actsFor(product.getGroupId());
        caller.require(member || (caller.curates(product.getProvinceCode()) && product.getStatus() == ListingStatus.DRAFT),
                "editing listing " + id.value());
        requireCategory(edit.categoryCode());
        requirePhotos(edit);
        Instant now = clock.instant();
        return switch (product.getStatus()) {
            case ARCHIVED -> throw new IllegalTransitionException(ListingStatus.ARCHIVED, "edit");
            case DRAFT, SUBMITTED, CHANGES_REQUESTED -> {
                product.changeTexts(edit.categoryCode(), edit.title().id(), blankToNull(edit.title().en()), edit.description().id(),
                        blankToNull(edit.description().en()));
                product.changePrice(edit.price());
                product.changeWeight(edit.weightGrams());
                product.replaceImages(photos(edit));
                variants.sync(product, edit, true, new LinkedHashMap<>(), this::withinLimit);
                product.touch(now);
                record(id.value(), "SAVED", null, now);
                yield SaveOutcome.SAVED;
            }
            case APPROVED -> saveApproved(product, edit, now);
        };
    }

    private SaveOutcome saveApproved(Product product, ListingEdit edit, Instant now) {
        long id = product.getId();
        product.changeWeight(edit.weightGrams());
        long price = product.getPrice();
        boolean priceForReview = false;
        if (withinLimit(product.getPrice(), edit.price())) {
            product.changePrice(edit.price());
            price = edit.price();
        } else {
            priceForReview = true;
        }
        Map<String, Long> variantPricesForReview = new LinkedHashMap<>();
        variants.sync(product, edit, false, variantPricesForReview, this::withinLimit);
        product.touch(now);
        List<String[]> photos = photos(edit);
        boolean publicChange = !Objects.equals(product.getCategoryCode(), edit.categoryCode())
                || !Objects.equals(product.getTitleId(), edit.title().id())
                || !Objects.equals(product.getTitleEn(), blankToNull(edit.title().en()))
                || !Objects.equals(product.getDescriptionId(), edit.description().id())
                || !Objects.equals(product.getDescriptionEn(), blankToNull(edit.description().en()))
                || !samePhotos(product.getImages(), photos);
        if (!publicChange && !priceForReview && variantPricesForReview.isEmpty()) {
            revisions.delete(id);
            record(id, "STOCK_OR_PRICE_CHANGED", null, now);
            return SaveOutcome.APPLIED;
        }
        revisions.put(new Revision(id, RevisionStore.PENDING, edit.categoryCode(), edit.title().id(), blankToNull(edit.title().en()),
                edit.description().id(), blankToNull(edit.description().en()), priceForReview ? edit.price() : price, photos,
                variantPricesForReview, null, Caller.current().accountId(), now));
        record(id, "REVISION_SUBMITTED", null, now);
        return SaveOutcome.SENT_FOR_REVIEW;
    }

    /** Sends a draft or a listing sent back to review: a member acting for the group only (a curator's draft is confirmed so). */
    public void submit(ProductId id) {
        Product product = product(id);
        Caller caller = Caller.current();
        caller.require(caller.actsFor(product.getGroupId()), "submitting listing " + id.value());
        boolean prepared = product.getPreparedByAccount() != null;
        Instant now = clock.instant();
        product.submit(now);
        record(id.value(), prepared ? "CONFIRMED_AND_SUBMITTED" : "SUBMITTED", null, now);
    }

    /**
     * Approves a submitted listing (it goes on sale) or an approved listing's waiting revision (it replaces the live
     * version): curators of the product's province or administrators.
     */
    public void approve(ProductId id) {
        Product product = product(id);
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
            String before = summary(product);
            product.changeTexts(revision.categoryCode(), revision.titleId(), revision.titleEn(), revision.descriptionId(),
                    revision.descriptionEn());
            product.changePrice(revision.price());
            product.replaceImages(revision.photos());
            revision.variantPrices().forEach((sku, price) -> product.variant(sku).ifPresent(v -> v.changePrice(price)));
            product.touch(now);
            revisions.delete(id.value());
            record(id.value(), "REVISION_APPROVED", null, now);
            decided(product, true, true, null, before, now);
            return;
        }
        String before = product.getStatus().name();
        product.approve(now);
        if (!caller.system()) {
            record(id.value(), "APPROVED", null, now);
            decided(product, false, true, null, before, now);
        }
    }

    /** Sends a submitted listing or a waiting revision back to the group with a reason it sees. */
    public void requestChanges(ProductId id, String reason) {
        Product product = product(id);
        Caller caller = Caller.current();
        caller.requireCurator(product.getProvinceCode(), "requesting changes to product " + id.value());
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidListingException("catalog.review.reason-required");
        }
        if (why.length() > 1000) {
            throw new InvalidListingException("catalog.review.reason-too-long");
        }
        Instant now = clock.instant();
        if (product.getStatus() == ListingStatus.APPROVED) {
            revisions.find(id.value()).filter(r -> RevisionStore.PENDING.equals(r.state()))
                    .orElseThrow(() -> new IllegalTransitionException(ListingStatus.APPROVED, "request-changes"));
            revisions.sendBack(id.value(), why);
            record(id.value(), "REVISION_CHANGES_REQUESTED", why, now);
            decided(product, true, false, why, "revision PENDING", now);
            return;
        }
        String before = product.getStatus().name();
        product.requestChanges(why, now);
        record(id.value(), "CHANGES_REQUESTED", why, now);
        decided(product, false, false, why, before, now);
    }

    /** Takes a listing off the storefront and out of search; kept for the orders that name it. Its members or staff. */
    public void archive(ProductId id) {
        Product product = product(id);
        Caller caller = Caller.current();
        caller.require(caller.actsFor(product.getGroupId()) || caller.curates(product.getProvinceCode()), "archiving listing " + id.value());
        Instant now = clock.instant();
        String before = product.getStatus().name();
        product.archive(now);
        revisions.delete(id.value());
        record(id.value(), "ARCHIVED", null, now);
        if (!caller.actsFor(product.getGroupId())) {
            staffDecision(product, "listing.archived", before, "ARCHIVED", now);
        }
    }

    /** Counts sales for the "popular" sort; the shop itself (orders, demo data) or an administrator only. */
    public void recordSales(ProductId id, int count) {
        Caller.current().requireAdmin("recording sales of product " + id.value());
        stock.countSales(product(id).getId(), count);
    }

    /** Whether a price may change without review: within the configured percentage of the current one. */
    boolean withinLimit(long current, long proposed) {
        return Math.abs(proposed - current) * 100 <= current * (long) priceChangeWithoutReview;
    }

    private List<ListingRow> rows(String where, List<Object> params, String order, int limit) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        List<ListingRow> rows = jdbc.sql("SELECT p.id, p.group_id, p.province_code, p.title_id, p.title_en, p.status, p.review_note, p.cover_image, "
                        + "p.total_stock, p.price, p.prepared_by_account, p.submitted_at, p.updated_at FROM product p WHERE " + where
                        + " ORDER BY " + order + " LIMIT ?")
                .params(all)
                .query((rs, row) -> new ListingRow(new ProductId(rs.getLong(1)), rs.getLong(2), rs.getString(3),
                        new LocalizedText(rs.getString(4), rs.getString(5)), ListingStatus.valueOf(rs.getString(6)), null, rs.getString(7),
                        rs.getString(8), rs.getInt(9), rs.getLong(10), rs.getObject(11) != null, instant(rs.getTimestamp(12)),
                        instant(rs.getTimestamp(13))))
                .list();
        Map<Long, String[]> states = revisions.states(rows.stream().map(row -> row.id().value()).toList());
        if (states.isEmpty()) {
            return rows;
        }
        List<ListingRow> withRevisions = new ArrayList<>();
        for (ListingRow row : rows) {
            String[] state = states.get(row.id().value());
            if (state == null) {
                withRevisions.add(row);
            } else {
                Instant revisionAt = revisions.find(row.id().value()).map(Revision::submittedAt).orElse(row.submittedAt());
                withRevisions.add(new ListingRow(row.id(), row.groupId(), row.provinceCode(), row.title(), row.status(), state[0],
                        state[1] != null ? state[1] : row.reviewNote(), row.coverImage(), row.totalStock(), row.price(),
                        row.preparedByOfficer(), revisionAt, row.updatedAt()));
            }
        }
        return withRevisions;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private Listing toListing(Product product) {
        ListingEdit live = new ListingEdit(new LocalizedText(product.getTitleId(), product.getTitleEn()),
                new LocalizedText(product.getDescriptionId(), product.getDescriptionEn()), product.getCategoryCode(), product.getPrice(),
                product.getWeightGrams(),
                product.getVariants().stream().map(v -> ListingEdit.Variant.shown(v.getSku(), v.getNameId(), v.getNameEn(), v.getPrice(), v.getStock())).toList(),
                product.getImages().stream().map(i -> new ListingEdit.Photo(i.getImageHash(), i.getAltId(), i.getAltEn())).toList());
        Revision revision = revisions.find(product.getId()).orElse(null);
        ListingEdit proposed = null;
        String note = product.getReviewNote();
        if (revision != null) {
            proposed = new ListingEdit(new LocalizedText(revision.titleId(), revision.titleEn()),
                    new LocalizedText(revision.descriptionId(), revision.descriptionEn()), revision.categoryCode(), revision.price(),
                    product.getWeightGrams(),
                    live.variants().stream().map(v -> revision.variantPrices().containsKey(v.sku())
                            ? ListingEdit.Variant.shown(v.sku(), v.nameId(), v.nameEn(), revision.variantPrices().get(v.sku()), v.stock())
                            : v).toList(),
                    revision.photos().stream().map(p -> new ListingEdit.Photo(p[0], p[1], p[2])).toList());
            if (revision.reviewNote() != null) {
                note = revision.reviewNote();
            }
        }
        String groupName = groups.find(new GroupId(product.getGroupId())).map(GroupSummary::name).orElse("");
        List<Listing.HistoryEntry> history = events.of(product.getId()).stream()
                .map(e -> new Listing.HistoryEntry(e.action(), e.actorRole(), e.actorEmail(), e.reason(), e.at())).toList();
        return new Listing(new ProductId(product.getId()), product.getGroupId(), groupName, product.getProvinceCode(), product.getSlug(),
                product.getStatus(), live, proposed, revision == null ? null : revision.state(), note,
                product.getPreparedByAccount() != null, revision != null ? revision.submittedAt() : product.getSubmittedAt(), history);
    }

    private void decided(Product product, boolean revision, boolean approved, String reason, String before, Instant now) {
        publisher.publishEvent(new ListingReviewed(new ProductId(product.getId()), product.getGroupId(), product.getTitleId(), revision,
                approved, reason));
        String action = (revision ? "listing.revision." : "listing.") + (approved ? "approved" : "changes-requested");
        staffDecision(product, action, before, approved ? summary(product) : "CHANGES_REQUESTED: " + reason, now);
    }

    private void staffDecision(Product product, String action, String before, String after, Instant now) {
        Caller caller = Caller.current();
        publisher.publishEvent(new StaffDecision(caller.accountId(), caller.email(), product.getProvinceCode(), "product",
                String.valueOf(product.getId()), action, before, after, now));
    }

    private static String summary(Product product) {
        return product.getStatus() + ": " + product.getTitleId() + " · Rp " + product.getPrice() + " · " + product.getCategoryCode()
                + " · " + product.getImages().size() + " foto";
    }

    private void record(long productId, String action, String reason, Instant now) {
        Caller caller = Caller.current();
        String role = caller.system() ? "SYSTEM" : caller.has(Caller.Role.ADMIN) ? "ADMIN" : caller.has(Caller.Role.CURATOR) ? "CURATOR" : "PRODUCER";
        events.record(productId, action, caller.accountId(), caller.email(), role, reason, now);
    }

    private static boolean samePhotos(List<ProductImage> live, List<String[]> proposed) {
        if (live.size() != proposed.size()) {
            return false;
        }
        for (int i = 0; i < live.size(); i++) {
            ProductImage image = live.get(i);
            String[] photo = proposed.get(i);
            if (!image.getImageHash().equals(photo[0]) || !Objects.equals(image.getAltId(), photo[1])
                    || !Objects.equals(image.getAltEn(), photo[2])) {
                return false;
            }
        }
        return true;
    }

    private List<String[]> photos(ListingEdit edit) {
        return edit.photos().stream().map(p -> new String[] {p.hash(), blankToNull(p.altId()), blankToNull(p.altEn())}).toList();
    }

    private void requirePhotos(ListingEdit edit) {
        Set<String> seen = new HashSet<>();
        for (ListingEdit.Photo photo : edit.photos()) {
            if (!seen.add(photo.hash()) || !imageExists(photo.hash())) {
                throw new InvalidListingException("catalog.listing.photo-unknown");
            }
        }
    }

    private boolean imageExists(String hash) {
        return hash.matches("[0-9a-f]{64}")
                && jdbc.sql("SELECT COUNT(*) FROM stored_image WHERE hash = ?").param(hash).query(Integer.class).single() > 0;
    }

    private void requireGroupOrStaff(Product product, String what) {
        Caller caller = Caller.current();
        caller.require(caller.actsFor(product.getGroupId()) || caller.curates(product.getProvinceCode()), what);
    }

    private void requireCategory(String code) {
        if (catalog.categories().stream().noneMatch(category -> category.code().equals(code))) {
            throw new InvalidListingException("catalog.listing.category-unknown");
        }
    }

    private GroupSummary group(GroupId groupId) {
        return groups.find(groupId).orElseThrow(() -> new IllegalArgumentException("No producer group " + groupId.value()));
    }

    private Product product(ProductId id) {
        Product product = products.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No product " + id.value()));
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // Hibernate Search indexes this entity at commit with the stock and sales it loaded; orders may change
            // those meanwhile, so the committed figures are indexed once more after the commit.
            indexing.changed(product.getId());
        }
        return product;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
