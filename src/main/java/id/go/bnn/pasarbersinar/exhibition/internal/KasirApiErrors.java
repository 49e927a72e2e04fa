package id.go.bnn.pasarbersinar.exhibition.internal;

import id.go.bnn.pasarbersinar.exhibition.BoothSaleException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the booth page's QRIS and receipt-mail calls as JSON with the message in the visitor's language. */
@RestControllerAdvice(assignableTypes = {KasirQrisApiController.class, KasirReceiptMailApiController.class})
class KasirApiErrors {

    private final KasirApiTexts texts;

    KasirApiErrors(KasirApiTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(BoothSaleException.class)
    ResponseEntity<Map<String, String>> refused(BoothSaleException refused, HttpServletRequest request) {
        HttpStatus status = switch (refused.messageKey()) {
            case "exhibition.booth.error.sign-in" -> HttpStatus.UNAUTHORIZED;
            case "exhibition.booth.error.not-seller" -> HttpStatus.FORBIDDEN;
            case "exhibition.qris.error.unknown", "exhibition.receipt.error.unknown" -> HttpStatus.NOT_FOUND;
            case "exhibition.qris.error.provider" -> HttpStatus.SERVICE_UNAVAILABLE;
            case "exhibition.qris.error.unavailable", "exhibition.card.error.unavailable", "exhibition.card.error.closed", "exhibition.qris.error.used"
                    -> HttpStatus.CONFLICT;
            case "exhibition.receipt.error.sale-limit", "exhibition.receipt.error.seller-limit" -> HttpStatus.TOO_MANY_REQUESTS;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).body(Map.of("error", refused.messageKey(), "message", texts.text(refused.messageKey(), texts.locale(request))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(Map.of("error", "exhibition.booth.error.request",
                "message", texts.text("exhibition.booth.error.request", texts.locale(request))));
    }
}
