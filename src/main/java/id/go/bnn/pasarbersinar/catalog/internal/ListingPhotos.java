package id.go.bnn.pasarbersinar.catalog.internal;

import id.go.bnn.pasarbersinar.catalog.InvalidListingException;
import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The photos an editor names: each one a stored picture, named once, kept as {hash, alt id, alt en}. */
@Component
public class ListingPhotos {

    private final ImageStore images;

    ListingPhotos(ImageStore images) {
        this.images = images;
    }

    /** Refuses a photo that is not a stored picture or that is named twice. */
    public void requireKnown(ListingEdit edit) {
        Set<String> seen = new HashSet<>();
        for (ListingEdit.Photo photo : edit.photos()) {
            if (!seen.add(photo.hash()) || !exists(photo.hash())) {
                throw new InvalidListingException("catalog.listing.photo-unknown");
            }
        }
    }

    /** The editor's photos in order as {hash, alt id, alt en}, blank descriptions as null. */
    public static List<String[]> of(ListingEdit edit) {
        return edit.photos().stream().map(p -> new String[] {p.hash(), blankToNull(p.altId()), blankToNull(p.altEn())}).toList();
    }

    /** Whether the listing's photos are these, in this order and with these descriptions. */
    public static boolean same(List<ProductImage> live, List<String[]> proposed) {
        if (live.size() != proposed.size()) {
            return false;
        }
        for (int i = 0; i < live.size(); i++) {
            ProductImage image = live.get(i);
            String[] photo = proposed.get(i);
            if (!image.getImageHash().equals(photo[0]) || !Objects.equals(image.getAltId(), photo[1])
                    || !Objects.equals(image.getAltEn(), photo[2])) {
                return false;
            }
        }
        return true;
    }

    private boolean exists(String hash) {
        return hash.matches("[0-9a-f]{64}") && images.existsForAll(hash);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
