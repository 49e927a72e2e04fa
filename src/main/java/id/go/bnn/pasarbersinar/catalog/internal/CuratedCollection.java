package id.go.bnn.pasarbersinar.catalog.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "curated_collection")
public class CuratedCollection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String titleId;
    private String titleEn;
    private String descriptionId;
    private String descriptionEn;
    private boolean featured;
    private int position;
    private boolean demo;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "curated_collection_item", joinColumns = @JoinColumn(name = "collection_id"))
    @Column(name = "product_id")
    @OrderColumn(name = "position")
    private List<Long> productIds = new ArrayList<>();

    protected CuratedCollection() {
    }

    public CuratedCollection(String slug, String titleId, String titleEn, String descriptionId, String descriptionEn,
            boolean featured, int position, boolean demo, Instant now) {
        this.slug = slug;
        this.titleId = titleId;
        this.titleEn = titleEn;
        this.descriptionId = descriptionId;
        this.descriptionEn = descriptionEn;
        this.featured = featured;
        this.position = position;
        this.demo = demo;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String titleId, String titleEn, String descriptionId, String descriptionEn, Instant now) {
        this.titleId = titleId;
        this.titleEn = titleEn;
        this.descriptionId = descriptionId;
        this.descriptionEn = descriptionEn;
        this.updatedAt = now;
    }

    public void feature(boolean featured, Instant now) {
        this.featured = featured;
        this.updatedAt = now;
    }

    public void placeAt(int position, Instant now) {
        this.position = position;
        this.updatedAt = now;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public int getPosition() {
        return position;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitleId() {
        return titleId;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDescriptionId() {
        return descriptionId;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public boolean isFeatured() {
        return featured;
    }

    public List<Long> getProductIds() {
        return productIds;
    }
}
