package id.go.bnn.pasarbersinar.catalog;

import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;

/**
 * The HTTP answer for a picture {@linkplain Images#storePrivate kept private}, served by the module that says who may
 * see it (a conversation's photos, a return's): the picture, cached by the reader's browser only and never by a proxy;
 * the same bare 404 for a caller the module refuses, an unknown thing or a picture it does not hold, so that nothing
 * says what exists; 503 when the store of the bytes cannot be asked.
 */
public final class PrivatePictureResponse {

    /** The module's checked look-up: the picture of thing {@code id} at {@code width}, or refused with AccessDeniedException. */
    @FunctionalInterface
    public interface Lookup {
        Optional<Images.Picture> find(long id, int width);
    }

    private PrivatePictureResponse() {
    }

    public static ResponseEntity<byte[]> of(String id, String width, Lookup lookup) {
        long thing;
        int maxWidth;
        try {
            thing = Long.parseLong(id);
            maxWidth = Integer.parseInt(width);
        } catch (NumberFormatException e) {
            return notFound();
        }
        try {
            return lookup.find(thing, maxWidth)
                    .map(found -> ResponseEntity.ok()
                            .contentType(MediaType.parseMediaType(found.contentType()))
                            .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                            .body(found.data()))
                    .orElseGet(PrivatePictureResponse::notFound);
        } catch (AccessDeniedException refused) {
            return notFound();
        } catch (ImageStorageUnavailableException unavailable) {
            return ResponseEntity.status(503).cacheControl(CacheControl.noStore()).header("Retry-After", "30").build();
        }
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(404).cacheControl(CacheControl.noStore()).build();
    }
}
