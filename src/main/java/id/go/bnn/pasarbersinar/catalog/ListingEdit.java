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
        @Positive @Max(1_000_000_000L) long price,
        @Positive @Max(100_000) int weightGrams,
        @NotEmpty @Size(max = 30) List<@Valid Variant> variants,
        @NotNull @Size(max = 12) List<@Valid Photo> photos) {

    /**
     * A size or colour; {@code sku} null for a new one, {@code price} null for the listing's price. {@code stockSeen} is
     * the stock the editor showed: an existing variant's stock becomes {@code stock} only while it still is that figure
     * (orders may have taken some meanwhile), and without it only an unchanged stock is accepted.
     */
    public record Variant(String sku, @NotBlank @Size(max = 120) String nameId, @Size(max = 120) String nameEn,
            @Positive @Max(1_000_000_000L) Long price, @PositiveOrZero @Max(1_000_000) int stock, Integer stockSeen) {

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
    public record Photo(@NotBlank @Size(max = 64) String hash, @Size(max = 200) String altId, @Size(max = 200) String altEn) {
    }

    public int totalStock() {
        return variants.stream().mapToInt(Variant::stock).sum();
    }
}
