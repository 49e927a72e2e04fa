package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;

/** A product as a card in a list: photo, name, price, group, province. */
public record ProductCard(
        ProductId id,
        String slug,
        LocalizedText title,
        Money price,
        String categoryCode,
        GroupId groupId,
        String groupName,
        String groupSlug,
        String provinceCode,
        String provinceName,
        String coverImage,
        int stock,
        boolean demo) {

    public boolean inStock() {
        return stock > 0;
    }

    public String url() {
        return "/produk/" + slug;
    }

    public String coverUrl() {
        return coverImage == null ? null : "/gambar/" + coverImage;
    }
}
