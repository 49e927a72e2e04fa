package id.go.bnn.pasarbersinar.catalog.internal;

import id.go.bnn.pasarbersinar.catalog.ImageStorageUnavailableException;
import id.go.bnn.pasarbersinar.catalog.Images;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves stored pictures by their content hash, as uploaded or at one of three widths: immutable, so cached by
 * browsers and proxies for a year, with an ETag for the odd revalidation. The same whether the bytes come from the
 * database or from the S3-compatible bucket; when the bucket cannot be asked, 503 and nothing cached.
 */
@RestController
class ImageController {

    private final Images images;

    ImageController(Images images) {
        this.images = images;
    }

    @GetMapping("/gambar/{hash}")
    ResponseEntity<byte[]> picture(@PathVariable String hash,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        String etag = "\"" + hash + "\"";
        CacheControl forever = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        if (etag.equals(ifNoneMatch)) {
            return images.exists(hash)
                    ? ResponseEntity.status(304).eTag(etag).cacheControl(forever).build()
                    : ResponseEntity.notFound().build();
        }
        return images.load(hash)
                .map(picture -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(picture.contentType()))
                        .cacheControl(forever)
                        .eTag(etag)
                        .body(picture.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/gambar/{hash}/{width}")
    ResponseEntity<byte[]> rendition(@PathVariable String hash, @PathVariable String width,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        int maxWidth;
        try {
            maxWidth = Integer.parseInt(width);
        } catch (NumberFormatException e) {
            return ResponseEntity.notFound().build();
        }
        String etag = "\"" + hash + "-" + maxWidth + "\"";
        CacheControl forever = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        if (etag.equals(ifNoneMatch) && images.exists(hash)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(forever).build();
        }
        return images.rendition(hash, maxWidth)
                .map(picture -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(picture.contentType()))
                        .cacheControl(forever)
                        .eTag(etag)
                        .body(picture.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(ImageStorageUnavailableException.class)
    ResponseEntity<byte[]> storeUnavailable() {
        return ResponseEntity.status(503).cacheControl(CacheControl.noStore()).header("Retry-After", "30").build();
    }
}
