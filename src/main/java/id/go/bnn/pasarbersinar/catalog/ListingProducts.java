package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.Product;
import id.go.bnn.pasarbersinar.catalog.internal.ProductRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Loads the product behind a listing for the listing services, and keeps the search index in step with what they change. */
@Component
class ListingProducts {

    private final ProductRepository products;
    private final StockIndexing indexing;

    ListingProducts(ProductRepository products, StockIndexing indexing) {
        this.products = products;
        this.indexing = indexing;
    }

    Product get(ProductId id) {
        Product product = products.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No product " + id.value()));
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // Hibernate Search indexes this entity at commit with the stock and sales it loaded; orders may change
            // those meanwhile, so the committed figures are indexed once more after the commit.
            indexing.changed(product.getId());
        }
        return product;
    }
}
