package id.go.bnn.pasarbersinar.message.internal;

import id.go.bnn.pasarbersinar.catalog.PrivatePictureResponse;
import id.go.bnn.pasarbersinar.message.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The photos of a conversation, for those who may read it: {@link Messages#photo} checks the caller (a guest by the
 * order's signed link in {@code t}); anyone else gets a bare 404 ({@link PrivatePictureResponse}).
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
        return PrivatePictureResponse.of(conversation, width, (id, maxWidth) -> messages.photo(id, hash, maxWidth, token));
    }
}
