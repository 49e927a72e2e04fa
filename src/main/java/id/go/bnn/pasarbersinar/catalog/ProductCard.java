package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;

/**
 * A product as a card in a list: photo, name, price, group, province, and its buyers' average rating in tenths of a
 * star (45: 4.5) over {@code ratingCount} published reviews (0 and 0: none yet).
 */
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
        boolean demo,
        int ratingTenths,
        int ratingCount) {

    /** A card with no reviews yet. */
    public ProductCard(ProductId id, String slug, LocalizedText title, Money price, String categoryCode, GroupId groupId,
            String groupName, String groupSlug, String provinceCode, String provinceName, String coverImage, int stock, boolean demo) {
        this(id, slug, title, price, categoryCode, groupId, groupName, groupSlug, provinceCode, provinceName, coverImage, stock, demo, 0, 0);
    }

    public boolean rated() {
        return ratingCount > 0;
    }

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
