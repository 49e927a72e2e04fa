package id.go.bnn.pasarbersinar.message.internal;

import id.go.bnn.pasarbersinar.catalog.ImageStorageUnavailableException;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.message.Messages;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The photos of a conversation, for those who may read it: {@link Messages#photo} checks the caller (a guest by the
 * order's signed link in {@code t}). Whoever may not, and a photo the conversation does not hold, get the same 404, so
 * nothing says whether a conversation or a picture exists. Cached by the reader's browser only, never by a proxy.
 */
@RestController
class MessagePhotoController {

    private final Messages messages;

    MessagePhotoController(Messages messages) {
        this.messages = messages;
    }

    @GetMapping("/pesan/foto/{conversation}/{hash}/{width}")
    ResponseEntity<byte[]> photo(@PathVariable String conversation, @PathVariable String hash, @PathVariable String width,
            @RequestParam(name = "t", required = false) String token) {
        long id;
        int maxWidth;
        try {
            id = Long.parseLong(conversation);
            maxWidth = Integer.parseInt(width);
        } catch (NumberFormatException e) {
            return notFound();
        }
        Optional<Images.Picture> picture;
        try {
            picture = messages.photo(id, hash, maxWidth, token);
        } catch (AccessDeniedException refused) {
            return notFound();
        }
        return picture.map(found -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(found.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .body(found.data()))
                .orElseGet(MessagePhotoController::notFound);
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(404).cacheControl(CacheControl.noStore()).build();
    }

    @ExceptionHandler(ImageStorageUnavailableException.class)
    ResponseEntity<byte[]> storeUnavailable() {
        return ResponseEntity.status(503).cacheControl(CacheControl.noStore()).header("Retry-After", "30").build();
    }
}
