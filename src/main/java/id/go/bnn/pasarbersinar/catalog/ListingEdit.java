package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A listing as the editor shows and saves it: Indonesian texts (English optional), category, price in rupiah,
 * weight, variants with their own stock and optional price, and photos in order (the first is the cover).
 */
public record ListingEdit(
        @NotNull @Valid LocalizedText title,
        @NotNull @Valid LocalizedText description,
        @NotBlank String categoryCode,
        @Positive @Max(MAX_PRICE) long price,
        @Positive @Max(MAX_WEIGHT_GRAMS) int weightGrams,
        @NotEmpty @Size(max = MAX_VARIANTS) List<@Valid Variant> variants,
        @NotNull @Size(max = MAX_PHOTOS) List<@Valid Photo> photos) {

    /** The limits of a listing, here once: the annotations below check them, and the editor reads them from here. */
    public static final long MAX_PRICE = 1_000_000_000L;
    public static final int MAX_WEIGHT_GRAMS = 100_000;
    public static final int MAX_VARIANTS = 30;
    public static final int MAX_PHOTOS = 12;
    public static final int MAX_STOCK = 1_000_000;
    public static final int MAX_VARIANT_NAME_LENGTH = 120;
    public static final int MAX_ALT_LENGTH = 200;
    /** The width of the title column; a title is written in Indonesian, English optional. */
    public static final int MAX_TITLE_LENGTH = 160;
    public static final int MAX_DESCRIPTION_LENGTH = 5000;

    /**
     * A size or colour; {@code sku} null for a new one, {@code price} null for the listing's price. {@code stockSeen} is
     * the stock the editor showed: an existing variant's stock becomes {@code stock} only while it still is that figure
     * (orders may have taken some meanwhile), and without it only an unchanged stock is accepted.
     */
    public record Variant(String sku, @NotBlank @Size(max = MAX_VARIANT_NAME_LENGTH) String nameId,
            @Size(max = MAX_VARIANT_NAME_LENGTH) String nameEn, @Positive @Max(MAX_PRICE) Long price,
            @PositiveOrZero @Max(MAX_STOCK) int stock, Integer stockSeen) {

        /** A new variant, or an existing one whose stock the caller did not see (it may then only stay as it is). */
        public Variant(String sku, String nameId, String nameEn, Long price, int stock) {
            this(sku, nameId, nameEn, price, stock, null);
        }

        /** What the editor shows: the figure it displays is the figure it saw. */
        public static Variant shown(String sku, String nameId, String nameEn, Long price, int stock) {
            return new Variant(sku, nameId, nameEn, price, stock, stock);
        }
    }

    /** A stored picture with its description for people who cannot see it. */
    public record Photo(@NotBlank @Size(max = 64) String hash, @Size(max = MAX_ALT_LENGTH) String altId,
            @Size(max = MAX_ALT_LENGTH) String altEn) {
    }

    /** Whether this may be sent to review as it is: a curator judges a listing by its pictures, so one is needed. */
    public boolean readyToSubmit() {
        return readyToSubmit(photos);
    }

    /** {@link #readyToSubmit()} for a form that cannot make a whole {@code ListingEdit} yet. */
    public static boolean readyToSubmit(List<Photo> photos) {
        return !photos.isEmpty();
    }

    public int totalStock() {
        return variants.stream().mapToInt(Variant::stock).sum();
    }
}
