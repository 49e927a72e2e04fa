package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.catalog.PrivatePictureResponse;
import id.go.bnn.pasarbersinar.order.Returns;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The buyer's photos of a return, for those who may see the return: {@link Returns#photo} checks the caller (a guest
 * by the order's signed link in {@code t}); anyone else gets a bare 404 ({@link PrivatePictureResponse}).
 */
@RestController
class ReturnPhotoController {

    private final Returns returns;

    ReturnPhotoController(Returns returns) {
        this.returns = returns;
    }

    @GetMapping("/pesanan/retur/{id}/foto/{hash}/{width}")
    ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable String hash, @PathVariable String width,
            @RequestParam(name = "t", required = false) String token) {
        return PrivatePictureResponse.of(id, width, (returnId, maxWidth) -> returns.photo(returnId, hash, maxWidth, token));
    }
}
