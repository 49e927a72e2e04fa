package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.ListingPhotos;
import id.go.bnn.pasarbersinar.catalog.internal.ListingQueries;
import id.go.bnn.pasarbersinar.catalog.internal.Product;
import id.go.bnn.pasarbersinar.catalog.internal.ProductRepository;
import id.go.bnn.pasarbersinar.catalog.internal.RevisionStore;
import id.go.bnn.pasarbersinar.catalog.internal.RevisionStore.Revision;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Slug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Listings through their producers' side of life: DRAFT → SUBMITTED → (reviewed by {@link ListingReviews}) APPROVED |
 * CHANGES_REQUESTED → SUBMITTED …; ARCHIVED. A member acting for the group writes and submits; a curator of the
 * group's province (or an administrator) may prepare drafts as field officer, which a member confirms by submitting.
 * Editing an approved listing's public fields makes a revision that waits for review while the approved version sells
 * on unchanged.
 */
@Service
@Validated
@Transactional
public class Listings {

    private final ProductRepository products;
    private final ListingProducts listed;
    private final RevisionStore revisions;
    private final ListingQueries queries;
    private final ListingPhotos photoChecks;
    private final ListingAudit audit;
    private final ProducerGroups groups;
    private final Catalog catalog;
    private final ListingVariants variants;
    private final Stock stock;
    private final Clock clock;
    private final int priceChangeWithoutReview;

    Listings(ProductRepository products, ListingProducts listed, RevisionStore revisions, ListingQueries queries, ListingPhotos photoChecks,
            ListingAudit audit, ProducerGroups groups, Catalog catalog, ListingVariants variants, Stock stock, Clock clock,
            @Value("${pasar.listings.price-change-without-review:20}") int priceChangeWithoutReview) {
        this.products = products;
        this.listed = listed;
        this.revisions = revisions;
        this.queries = queries;
        this.photoChecks = photoChecks;
        this.audit = audit;
        this.groups = groups;
        this.catalog = catalog;
        this.variants = variants;
        this.stock = stock;
        this.clock = clock;
        this.priceChangeWithoutReview = priceChangeWithoutReview;
    }

    /** Creates a DRAFT listing for a group: by a member acting for it, its province's curator or an administrator. */
    public ProductId create(GroupId groupId, @Valid NewListing listing, boolean demo) {
        return new ProductId(create(groupId, listing, demo, products::existsBySlug).getId());
    }

    /** A listing for a group, to create with others in one go ({@link #create(List, boolean)}). */
    public record ForGroup(@NotNull GroupId group, @NotNull @Valid NewListing listing) {
    }

    /**
     * Creates DRAFT listings in their order, as {@link #create(GroupId, NewListing, boolean)} one by one would, with
     * one query for the slugs their titles would take instead of one (and a flush of everything written so far) per
     * listing: the demo's catalog writes 66 in one transaction.
     */
    public List<ProductId> create(@NotNull List<@NotNull @Valid ForGroup> drafts, boolean demo) {
        Set<String> bases = drafts.stream().map(draft -> Slug.from(draft.listing().title().id()).value()).collect(Collectors.toSet());
        Set<String> takenBases = new HashSet<>(bases.isEmpty() ? List.of() : products.findSlugsIn(bases));
        Set<String> created = new HashSet<>();
        // A base slug is answered by the one query; a numbered one (-2, -3 …, only when its base is taken) by the database.
        Predicate<String> taken = slug -> created.contains(slug)
                || (bases.contains(slug) ? takenBases.contains(slug) : products.existsBySlug(slug));
        List<ProductId> ids = new ArrayList<>(drafts.size());
        for (ForGroup draft : drafts) {
            Product product = create(draft.group(), draft.listing(), demo, taken);
            created.add(product.getSlug());
            ids.add(new ProductId(product.getId()));
        }
        return ids;
    }

    private Product create(GroupId groupId, NewListing listing, boolean demo, Predicate<String> slugTaken) {
        GroupSummary group = group(groupId);
        Caller caller = Caller.current();
        caller.require(caller.actsFor(groupId.value()) || caller.curates(group.provinceCode()),
                "creating a listing for group " + groupId.value());
        requireCategory(listing.categoryCode());
        Product product = new Product(Slug.unique(listing.title().id(), slugTaken).value(), groupId.value(), group.provinceCode(),
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
        return products.save(product);
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
        photoChecks.requireKnown(edit);
        Instant now = clock.instant();
        Product product = new Product(Slug.unique(edit.title().id(), products::existsBySlug).value(), groupId.value(), group.provinceCode(),
                group.programmeCode(), false, now);
        product.describe(edit.categoryCode(), edit.title().id(), blankToNull(edit.title().en()), edit.description().id(),
                blankToNull(edit.description().en()), edit.price(), edit.weightGrams());
        for (ListingEdit.Variant variant : edit.variants()) {
            product.addVariant(ListingVariants.newSku(), variant.nameId(), blankToNull(variant.nameEn()), variant.price(), variant.stock());
        }
        product.replaceImages(ListingPhotos.of(edit));
        if (!member) {
            product.preparedBy(caller.accountId());
        }
        long id = products.save(product).getId();
        audit.record(id, member ? "CREATED" : "PREPARED_BY_OFFICER", null, now);
        if (!member) {
            audit.staffDecision(product, "listing.prepared", null, "DRAFT: " + edit.title().id(), now);
        }
        return new ProductId(id);
    }

    /** A listing with its revision and history: members acting for its group and staff of its province. */
    @Transactional(readOnly = true)
    public Listing find(ProductId id) {
        Product product = listed.get(id);
        requireGroupOrStaff(product, "reading listing " + id.value());
        return queries.listing(product);
    }

    /** The group's listings, newest change first, optionally of one status: its members and its province's staff. */
    @Transactional(readOnly = true)
    public List<ListingRow> ofGroup(GroupId groupId, ListingStatus status) {
        GroupSummary group = group(groupId);
        Caller caller = Caller.current();
        caller.require(caller.actsFor(groupId.value()) || caller.curates(group.provinceCode()), "listings of group " + groupId.value());
        return queries.ofGroup(groupId.value(), status);
    }

    /**
     * Saves the editor. Before approval everything is saved as it is. On an approved listing stock, weight, variant
     * names and price changes within the limit apply at once; texts, photos, category and larger price changes become
     * a revision that waits for review. An archived listing cannot be edited. A variant's stock is set only where it
     * is still the figure the editor showed; where orders moved it, nothing is saved ({@link StockMovedException}).
     */
    public SaveOutcome save(ProductId id, @Valid ListingEdit edit) {
        Product product = listed.get(id);
        Caller caller = Caller.current();
        boolean member = caller.actsFor(product.getGroupId());
        caller.require(member || (caller.curates(product.getProvinceCode()) && product.getStatus() == ListingStatus.DRAFT),
                "editing listing " + id.value());
        requireCategory(edit.categoryCode());
        photoChecks.requireKnown(edit);
        Instant now = clock.instant();
        return switch (product.getStatus()) {
            case ARCHIVED -> throw new IllegalTransitionException(ListingStatus.ARCHIVED, "edit");
            case DRAFT, SUBMITTED, CHANGES_REQUESTED -> {
                product.changeTexts(edit.categoryCode(), edit.title().id(), blankToNull(edit.title().en()), edit.description().id(),
                        blankToNull(edit.description().en()));
                product.changePrice(edit.price());
                product.changeWeight(edit.weightGrams());
                product.replaceImages(ListingPhotos.of(edit));
                variants.sync(product, edit, true, new LinkedHashMap<>(), this::withinLimit);
                product.touch(now);
                audit.record(id.value(), "SAVED", null, now);
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
        List<String[]> photos = ListingPhotos.of(edit);
        boolean publicChange = !Objects.equals(product.getCategoryCode(), edit.categoryCode())
                || !Objects.equals(product.getTitleId(), edit.title().id())
                || !Objects.equals(product.getTitleEn(), blankToNull(edit.title().en()))
                || !Objects.equals(product.getDescriptionId(), edit.description().id())
                || !Objects.equals(product.getDescriptionEn(), blankToNull(edit.description().en()))
                || !ListingPhotos.same(product.getImages(), photos);
        if (!publicChange && !priceForReview && variantPricesForReview.isEmpty()) {
            revisions.delete(id);
            audit.record(id, "STOCK_OR_PRICE_CHANGED", null, now);
            return SaveOutcome.APPLIED;
        }
        revisions.put(new Revision(id, RevisionStore.PENDING, edit.categoryCode(), edit.title().id(), blankToNull(edit.title().en()),
                edit.description().id(), blankToNull(edit.description().en()), priceForReview ? edit.price() : price, photos,
                variantPricesForReview, null, Caller.current().accountId(), now));
        audit.record(id, "REVISION_SUBMITTED", null, now);
        return SaveOutcome.SENT_FOR_REVIEW;
    }

    /**
     * Whether the caller may send a listing of this group in this status to review (a new listing is a draft): what
     * {@link #submit} allows, asked by the editor before it offers the button.
     */
    public boolean maySubmit(GroupId groupId, ListingStatus status) {
        return status.submittable() && maySubmitFor(groupId.value());
    }

    /** Sends a draft or a listing sent back to review: a member acting for the group only (a curator's draft is confirmed so). */
    public void submit(ProductId id) {
        Product product = listed.get(id);
        Caller caller = Caller.current();
        caller.require(maySubmitFor(product.getGroupId()), "submitting listing " + id.value());
        boolean prepared = product.getPreparedByAccount() != null;
        Instant now = clock.instant();
        product.submit(now);
        audit.record(id.value(), prepared ? "CONFIRMED_AND_SUBMITTED" : "SUBMITTED", null, now);
    }

    /** Takes a listing off the storefront and out of search; kept for the orders that name it. Its members or staff. */
    public void archive(ProductId id) {
        Product product = listed.get(id);
        Caller caller = Caller.current();
        caller.require(caller.actsFor(product.getGroupId()) || caller.curates(product.getProvinceCode()), "archiving listing " + id.value());
        Instant now = clock.instant();
        String before = product.getStatus().name();
        product.archive(now);
        revisions.delete(id.value());
        audit.record(id.value(), "ARCHIVED", null, now);
        if (!caller.actsFor(product.getGroupId())) {
            audit.staffDecision(product, "listing.archived", before, "ARCHIVED", now);
        }
    }

    /** Adds to a product's sales for the "best selling" sort outside an order (demo data): the shop itself or an administrator only; a paid order counts its own through {@link Stock#countSales}. */
    public void recordSales(ProductId id, int count) {
        Caller.current().requireAdmin("recording sales of product " + id.value());
        stock.countSales(listed.get(id).getId(), count);
    }

    /** Whether a price may change without review: within the configured percentage of the current one. */
    boolean withinLimit(long current, long proposed) {
        return Math.abs(proposed - current) * 100 <= current * (long) priceChangeWithoutReview;
    }

    private static boolean maySubmitFor(long groupId) {
        return Caller.current().actsFor(groupId);
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
