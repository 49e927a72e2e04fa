package id.go.bnn.pasarbersinar.catalog.internal;

import id.go.bnn.pasarbersinar.catalog.ListingStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing. Indexed for full-text search (every status: the search filters on {@code status}, so that a listing
 * moving through review needs no special indexing), with Indonesian texts analysed as Indonesian and English as English.
 */
@Entity
@Table(name = "product")
@Indexed(index = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    @GenericField
    private long groupId;
    @KeywordField(aggregable = Aggregable.YES)
    private String categoryCode;
    @FullTextField(analyzer = SearchAnalysis.INDONESIAN)
    private String titleId;
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    private String titleEn;
    @FullTextField(analyzer = SearchAnalysis.INDONESIAN)
    private String descriptionId;
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    private String descriptionEn;
    @GenericField(sortable = Sortable.YES)
    private long price;
    private int weightGrams;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ListingStatus status;

    private String reviewNote;
    @KeywordField(aggregable = Aggregable.YES)
    private String provinceCode;
    @KeywordField
    private String programmeCode;
    // Stock and sales are written at insert and afterwards only by the catalog's Stock (conditional SQL): an update of
    // this row never writes back the figures it read, which orders may have changed since.
    @GenericField
    @Column(updatable = false)
    private int totalStock;
    private String coverImage;
    @GenericField(sortable = Sortable.YES)
    @Column(updatable = false)
    private int salesCount;
    // The reviews' projection, written only by catalog.ListingRatings (conditional SQL), like stock and sales.
    @GenericField(sortable = Sortable.YES)
    @Column(updatable = false)
    private int ratingTenths;
    @GenericField(sortable = Sortable.YES)
    @Column(updatable = false)
    private int ratingCount;
    private boolean demo;
    private Instant createdAt;
    private Instant updatedAt;
    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;
    private Instant submittedAt;
    private Long preparedByAccount;

    @Version
    private long version;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProductVariant> variants = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProductImage> images = new ArrayList<>();

    protected Product() {
    }

    public Product(String slug, long groupId, String provinceCode, String programmeCode, boolean demo, Instant now) {
        this.slug = slug;
        this.groupId = groupId;
        this.provinceCode = provinceCode;
        this.programmeCode = programmeCode;
        this.demo = demo;
        this.status = ListingStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String categoryCode, String titleId, String titleEn, String descriptionId, String descriptionEn,
            long price, int weightGrams) {
        this.categoryCode = categoryCode;
        this.titleId = titleId;
        this.titleEn = titleEn;
        this.descriptionId = descriptionId;
        this.descriptionEn = descriptionEn;
        this.price = price;
        this.weightGrams = weightGrams;
    }

    public void addVariant(String sku, String nameId, String nameEn, Long variantPrice, int stock) {
        variants.add(new ProductVariant(this, sku, nameId, nameEn, variantPrice, stock, variants.size()));
        recountStock();
    }

    public void addImage(String imageHash, String altId, String altEn) {
        images.add(new ProductImage(this, imageHash, images.size(), altId, altEn));
        coverImage = images.getFirst().getImageHash();
    }

    /** Publishes the listing: it becomes visible in the shop. Only a submitted listing may be approved. */
    public void approve(Instant now) {
        requireStatus("approve", ListingStatus.SUBMITTED);
        this.status = ListingStatus.APPROVED;
        this.reviewNote = null;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    /** Sends a draft (or a listing the curator sent back) to review. */
    public void submit(Instant now) {
        if (!status.submittable()) {
            throw new id.go.bnn.pasarbersinar.catalog.IllegalTransitionException(status, "submit");
        }
        this.status = ListingStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
        this.preparedByAccount = null;
    }

    /** Sends a submitted listing back to its group with the curator's reason. */
    public void requestChanges(String reason, Instant now) {
        requireStatus("request-changes", ListingStatus.SUBMITTED);
        this.status = ListingStatus.CHANGES_REQUESTED;
        this.reviewNote = reason;
        this.updatedAt = now;
    }

    /** Takes the listing off the storefront for good; it stays in the database for the orders that name it. */
    public void archive(Instant now) {
        requireStatus("archive", ListingStatus.DRAFT, ListingStatus.SUBMITTED, ListingStatus.APPROVED, ListingStatus.CHANGES_REQUESTED);
        this.status = ListingStatus.ARCHIVED;
        this.updatedAt = now;
    }

    private void requireStatus(String action, ListingStatus... allowed) {
        if (!java.util.Arrays.asList(allowed).contains(status)) {
            throw new id.go.bnn.pasarbersinar.catalog.IllegalTransitionException(status, action);
        }
    }

    public void preparedBy(Long accountId) {
        this.preparedByAccount = accountId;
    }

    public Long getPreparedByAccount() {
        return preparedByAccount;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public void changePrice(long price) {
        this.price = price;
    }

    public void changeWeight(int weightGrams) {
        this.weightGrams = weightGrams;
    }

    /** The listing's texts and category (photos are {@link #replaceImages}). */
    public void changeTexts(String categoryCode, String titleId, String titleEn, String descriptionId, String descriptionEn) {
        this.categoryCode = categoryCode;
        this.titleId = titleId;
        this.titleEn = titleEn;
        this.descriptionId = descriptionId;
        this.descriptionEn = descriptionEn;
    }

    /** The photos in this order, the first being the cover. */
    public void replaceImages(List<String[]> photos) {
        images.clear();
        for (String[] photo : photos) {
            images.add(new ProductImage(this, photo[0], images.size(), photo[1], photo[2]));
        }
        coverImage = images.isEmpty() ? null : images.getFirst().getImageHash();
    }

    /** Removes the variants not in {@code keep} (by SKU) and renumbers the rest. */
    public void keepVariants(java.util.Set<String> keep) {
        variants.removeIf(variant -> !keep.contains(variant.getSku()));
        for (int i = 0; i < variants.size(); i++) {
            variants.get(i).moveTo(i);
        }
        recountStock();
    }

    public java.util.Optional<ProductVariant> variant(String sku) {
        return variants.stream().filter(variant -> variant.getSku().equals(sku)).findFirst();
    }

    /** The total of the variants as loaded; it is stored only when the listing is first saved (see {@code totalStock}). */
    private void recountStock() {
        totalStock = variants.stream().mapToInt(ProductVariant::getStock).sum();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public long getGroupId() {
        return groupId;
    }

    public String getCategoryCode() {
        return categoryCode;
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

    public long getPrice() {
        return price;
    }

    public int getWeightGrams() {
        return weightGrams;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public int getTotalStock() {
        return totalStock;
    }

    public String getCoverImage() {
        return coverImage;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getSalesCount() {
        return salesCount;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<ProductVariant> getVariants() {
        return variants;
    }

    public List<ProductImage> getImages() {
        return images;
    }
}
