package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.Product;
import id.go.bnn.pasarbersinar.catalog.internal.ProductRepository;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Slug;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Creating listings and moving them through review. */
@Service
@Validated
@Transactional
public class Listings {

    private final ProductRepository products;
    private final ProducerGroups groups;
    private final Catalog catalog;
    private final Clock clock;

    Listings(ProductRepository products, ProducerGroups groups, Catalog catalog, Clock clock) {
        this.products = products;
        this.groups = groups;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Creates a DRAFT listing for a group: by a member acting for it, its province's curator or an administrator. */
    public ProductId create(GroupId groupId, @Valid NewListing listing, boolean demo) {
        GroupSummary group = groups.find(groupId)
                .orElseThrow(() -> new IllegalArgumentException("No producer group " + groupId.value()));
        Caller caller = Caller.current();
        caller.require(caller.actsFor(groupId.value()) || caller.curates(group.provinceCode()),
                "creating a listing for group " + groupId.value());
        if (catalog.categories().stream().noneMatch(category -> category.code().equals(listing.categoryCode()))) {
            throw new IllegalArgumentException("Unknown category: " + listing.categoryCode());
        }
        Product product = new Product(Slug.unique(listing.title().id(), products::existsBySlug).value(), groupId.value(), group.provinceCode(),
                group.programmeCode(), demo, clock.instant());
        product.describe(listing.categoryCode(), listing.title().id(), listing.title().en(), listing.description().id(),
                listing.description().en(), listing.price(), listing.weightGrams());
        for (NewListing.Variant variant : listing.variants()) {
            product.addVariant(newSku(), variant.nameId(), variant.nameEn(), variant.price(), variant.stock());
        }
        if (listing.imageHashes() != null) {
            for (String hash : listing.imageHashes()) {
                product.addImage(hash, listing.title().id(), listing.title().en());
            }
        }
        return new ProductId(products.save(product).getId());
    }

    /** Publishes a listing: curators of the product's province or administrators. The review workflow comes with curation. */
    public void approve(ProductId id) {
        Product product = products.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No product " + id.value()));
        Caller.current().requireCurator(product.getProvinceCode(), "approving product " + id.value());
        product.approve(clock.instant());
    }

    /** Counts sales for the "popular" sort; the shop itself (orders, demo data) or an administrator only. */
    public void recordSales(ProductId id, int count) {
        Caller.current().requireAdmin("recording sales of product " + id.value());
        products.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No product " + id.value()))
                .recordSales(count);
    }

    private static String newSku() {
        return "PB-" + UUID.randomUUID().toString().substring(0, 13).replace("-", "").toUpperCase(Locale.ROOT);
    }
}
