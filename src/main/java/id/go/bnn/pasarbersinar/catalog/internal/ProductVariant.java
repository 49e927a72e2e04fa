package id.go.bnn.pasarbersinar.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "product_variant")
public class ProductVariant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String sku;
    private String nameId;
    private String nameEn;
    private Long price;
    // Written at insert; afterwards only by the catalog's Stock, with conditions (see Product.totalStock).
    @Column(updatable = false)
    private int stock;
    private int position;

    @Version
    private long version;

    protected ProductVariant() {
    }

    ProductVariant(Product product, String sku, String nameId, String nameEn, Long price, int stock, int position) {
        this.product = product;
        this.sku = sku;
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.price = price;
        this.stock = stock;
        this.position = position;
    }

    public void rename(String nameId, String nameEn) {
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    public void changePrice(Long price) {
        this.price = price;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getNameId() {
        return nameId;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Long getPrice() {
        return price;
    }

    public int getStock() {
        return stock;
    }

    public int getPosition() {
        return position;
    }
}
