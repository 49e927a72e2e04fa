package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.CuratedCollection;
import id.go.bnn.pasarbersinar.catalog.internal.CuratedCollectionRepository;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Slug;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collections of products chosen by curators, some featured on the home page. */
@Service
@Transactional(readOnly = true)
public class Collections {

    private final CuratedCollectionRepository collections;
    private final Clock clock;

    Collections(CuratedCollectionRepository collections, Clock clock) {
        this.collections = collections;
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

    /** Curators and administrators choose collections. */
    @Transactional
    public long create(LocalizedText title, LocalizedText description, boolean featured, List<ProductId> products, boolean demo) {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR), "creating a collection");
        Slug slug = Slug.unique(title.id(), collections::existsBySlug);
        CuratedCollection collection = new CuratedCollection(slug.value(), title.id(), title.en(), description.id(),
                description.en(), featured, (int) collections.count(), demo, clock.instant());
        products.forEach(product -> collection.getProductIds().add(product.value()));
        return collections.save(collection).getId();
    }

    private static CollectionSummary summary(CuratedCollection collection) {
        return new CollectionSummary(collection.getId(), collection.getSlug(),
                new LocalizedText(collection.getTitleId(), collection.getTitleEn()),
                new LocalizedText(collection.getDescriptionId(), collection.getDescriptionEn()), collection.isFeatured(),
                collection.getProductIds().stream().map(ProductId::new).toList());
    }
}
