package id.go.bnn.pasarbersinar.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "product_image")
public class ProductImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String imageHash;
    private int position;
    private String altId;
    private String altEn;

    protected ProductImage() {
    }

    ProductImage(Product product, String imageHash, int position, String altId, String altEn) {
        this.product = product;
        this.imageHash = imageHash;
        this.position = position;
        this.altId = altId;
        this.altEn = altEn;
    }

    public String getImageHash() {
        return imageHash;
    }

    public int getPosition() {
        return position;
    }

    public String getAltId() {
        return altId;
    }

    public String getAltEn() {
        return altEn;
    }
}
