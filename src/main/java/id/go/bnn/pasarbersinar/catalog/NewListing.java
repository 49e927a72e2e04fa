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

/** A listing as a producer group writes it: texts in Indonesian (and English), price in rupiah, variants, photos. */
public record NewListing(
        @NotNull LocalizedText title,
        @NotNull LocalizedText description,
        @NotBlank String categoryCode,
        @Positive @Max(ListingEdit.MAX_PRICE) long price,
        @Positive @Max(ListingEdit.MAX_WEIGHT_GRAMS) int weightGrams,
        @NotEmpty @Size(max = ListingEdit.MAX_VARIANTS) List<@Valid Variant> variants,
        @Size(max = ListingEdit.MAX_PHOTOS) List<String> imageHashes) {

    /** A size or colour with its own stock; {@code price} null means the listing's price. */
    public record Variant(
            @NotBlank @Size(max = ListingEdit.MAX_VARIANT_NAME_LENGTH) String nameId,
            @Size(max = ListingEdit.MAX_VARIANT_NAME_LENGTH) String nameEn,
            @Positive Long price,
            @PositiveOrZero @Max(ListingEdit.MAX_STOCK) int stock) {
    }

    /** A listing sold as one kind only. */
    public static List<Variant> single(int stock) {
        return List.of(new Variant("Standar", "Standard", null, stock));
    }
}
