package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;

/** A curated collection with its products in the curator's order. */
public record CollectionSummary(long id, String slug, LocalizedText title, LocalizedText description, boolean featured,
        List<ProductId> products) {

    public String url() {
        return "/koleksi/" + slug;
    }
}
