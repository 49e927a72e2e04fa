package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.CuratedCollection;
import id.go.bnn.pasarbersinar.catalog.internal.CuratedCollectionRepository;
import id.go.bnn.pasarbersinar.catalog.internal.Product;
import id.go.bnn.pasarbersinar.catalog.internal.ProductRepository;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Slug;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import id.go.bnn.pasarbersinar.shared.StorefrontChanged;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collections of products chosen by curators, some featured on the home page. Collections are national: any curator
 * or administrator creates, orders and features them; a curator adds or removes only products of its provinces.
 * Every change by staff goes to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class Collections {

    public static final int MAX_TITLE = 160;
    public static final int MAX_DESCRIPTION = 2000;

    private final CuratedCollectionRepository collections;
    private final ProductRepository products;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Collections(CuratedCollectionRepository collections, ProductRepository products, ApplicationEventPublisher events, Clock clock) {
        this.collections = collections;
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    public List<CollectionSummary> featured() {
        return collections.findByFeaturedTrueOrderByPosition().stream().map(Collections::summary).toList();
    }

    /** Every collection, featured or not, in the curators' order. */
    public List<CollectionSummary> all() {
        return collections.findAllByOrderByPosition().stream().map(Collections::summary).toList();
    }

    public Optional<CollectionSummary> find(String slug) {
        return Slug.isValid(slug) ? collections.findBySlug(slug).map(Collections::summary) : Optional.empty();
    }

    public long count() {
        return collections.count();
    }

    /** Every collection for the staff page, with all its products (public or not). Staff only. */
    public List<CollectionSummary> listForStaff() {
        requireStaff("listing collections");
        return all();
    }

    /** Curators and administrators choose collections. */
    @Transactional
    public long create(LocalizedText title, LocalizedText description, boolean featured, List<ProductId> products, boolean demo) {
        events.publishEvent(StorefrontChanged.lists());
        requireStaff("creating a collection");
        LocalizedText checkedTitle = checkedTitle(title);
        LocalizedText checkedDescription = checkedDescription(description);
        Slug slug = Slug.unique(checkedTitle.id(), collections::existsBySlug);
        int position = collections.findAllByOrderByPosition().stream().mapToInt(CuratedCollection::getPosition).max().orElse(-1) + 1;
        CuratedCollection collection = new CuratedCollection(slug.value(), checkedTitle.id(), checkedTitle.en(), checkedDescription.id(),
                checkedDescription.en(), featured, position, demo, clock.instant());
        products.forEach(product -> collection.getProductIds().add(product.value()));
        CuratedCollection saved = collections.save(collection);
        if (!demo) {
            decided(saved, "COLLECTION_CREATED", null, state(saved));
        }
        return saved.getId();
    }

    /** New title and description. */
    @Transactional
    public void describe(long id, LocalizedText title, LocalizedText description) {
        events.publishEvent(StorefrontChanged.lists());
        requireStaff("changing a collection");
        CuratedCollection collection = load(id);
        LocalizedText checkedTitle = checkedTitle(title);
        LocalizedText checkedDescription = checkedDescription(description);
        String before = state(collection);
        collection.describe(checkedTitle.id(), checkedTitle.en(), checkedDescription.id(), checkedDescription.en(), clock.instant());
        decided(collection, "COLLECTION_CHANGED", before, state(collection));
    }

    /** Shows the collection on the home page, or takes it off. */
    @Transactional
    public void feature(long id, boolean featured) {
        events.publishEvent(StorefrontChanged.lists());
        requireStaff("featuring a collection");
        CuratedCollection collection = load(id);
        if (collection.isFeatured() == featured) {
            return;
        }
        String before = state(collection);
        collection.feature(featured, clock.instant());
        decided(collection, featured ? "COLLECTION_FEATURED" : "COLLECTION_UNFEATURED", before, state(collection));
    }

    /** Moves a collection one place up ({@code -1}) or down ({@code +1}) in the order of the home page. */
    @Transactional
    public void move(long id, int direction) {
        events.publishEvent(StorefrontChanged.lists());
        requireStaff("ordering collections");
        List<CuratedCollection> ordered = new ArrayList<>(collections.findAllByOrderByPosition());
        CuratedCollection collection = load(id);
        int from = ordered.indexOf(collection);
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= ordered.size() || to == from) {
            return;
        }
        String before = "position: " + (from + 1);
        ordered.remove(from);
        ordered.add(to, collection);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i, clock.instant());
        }
        decided(collection, "COLLECTION_MOVED", before, "position: " + (to + 1));
    }

    /** Adds an approved product, named by its address ({@code /produk/slug}) or slug, at the end of the collection. */
    @Transactional
    public void addProduct(long id, String productAddress) {
        events.publishEvent(StorefrontChanged.lists());
        Caller caller = requireStaff("filling a collection");
        CuratedCollection collection = load(id);
        String slug = productAddress == null ? "" : productAddress.strip();
        int slash = slug.lastIndexOf('/');
        if (slash >= 0) {
            slug = slug.substring(slash + 1);
        }
        Product product = (Slug.isValid(slug) ? products.findBySlug(slug) : Optional.<Product>empty())
                .orElseThrow(() -> new CollectionException("catalog.collection.error.no-product"));
        caller.requireCurator(product.getProvinceCode(), "adding product " + product.getId() + " to a collection");
        if (product.getStatus() != ListingStatus.APPROVED) {
            throw new CollectionException("catalog.collection.error.not-public");
        }
        if (collection.getProductIds().contains(product.getId())) {
            throw new CollectionException("catalog.collection.error.already-in");
        }
        String before = state(collection);
        collection.getProductIds().add(product.getId());
        collection.touch(clock.instant());
        decided(collection, "COLLECTION_PRODUCT_ADDED", before, state(collection) + "; added: " + product.getSlug());
    }

    @Transactional
    public void removeProduct(long id, ProductId product) {
        events.publishEvent(StorefrontChanged.lists());
        Caller caller = requireStaff("emptying a collection");
        CuratedCollection collection = load(id);
        products.findById(product.value()).ifPresent(found ->
                caller.requireCurator(found.getProvinceCode(), "removing product " + product.value() + " from a collection"));
        String before = state(collection);
        if (!collection.getProductIds().remove(product.value())) {
            throw new CollectionException("catalog.collection.error.not-in");
        }
        collection.touch(clock.instant());
        decided(collection, "COLLECTION_PRODUCT_REMOVED", before, state(collection) + "; removed: product " + product.value());
    }

    private static Caller requireStaff(String what) {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR), what);
        return caller;
    }

    private CuratedCollection load(long id) {
        return collections.findById(id).orElseThrow(() -> new CollectionException("catalog.collection.error.no-collection"));
    }

    private static LocalizedText checkedTitle(LocalizedText title) {
        String id = title == null || title.id() == null ? "" : title.id().strip();
        String en = title == null || title.en() == null || title.en().isBlank() ? null : title.en().strip();
        if (id.isEmpty()) {
            throw new CollectionException("catalog.collection.error.title-required");
        }
        if (id.length() > MAX_TITLE || (en != null && en.length() > MAX_TITLE)) {
            throw new CollectionException("catalog.collection.error.title-too-long");
        }
        return new LocalizedText(id, en);
    }

    private static LocalizedText checkedDescription(LocalizedText description) {
        String id = description == null || description.id() == null || description.id().isBlank() ? null : description.id().strip();
        String en = description == null || description.en() == null || description.en().isBlank() ? null : description.en().strip();
        if ((id != null && id.length() > MAX_DESCRIPTION) || (en != null && en.length() > MAX_DESCRIPTION)) {
            throw new CollectionException("catalog.collection.error.description-too-long");
        }
        return new LocalizedText(id, en);
    }

    private static String state(CuratedCollection collection) {
        return "title: " + collection.getTitleId() + "; featured: " + collection.isFeatured() + "; products: "
                + collection.getProductIds();
    }

    private void decided(CuratedCollection collection, String action, String before, String after) {
        Caller caller = Caller.current();
        events.publishEvent(new StaffDecision(caller.accountId(), caller.getName(), null, "COLLECTION",
                String.valueOf(collection.getId()), action, before, after, clock.instant()));
    }

    private static CollectionSummary summary(CuratedCollection collection) {
        return new CollectionSummary(collection.getId(), collection.getSlug(),
                new LocalizedText(collection.getTitleId(), collection.getTitleEn()),
                new LocalizedText(collection.getDescriptionId(), collection.getDescriptionEn()), collection.isFeatured(),
                collection.getProductIds().stream().map(ProductId::new).toList());
    }
}
