package id.go.bnn.pasarbersinar.exhibition.internal;

import id.go.bnn.pasarbersinar.exhibition.BoothReceiptMails;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The booth page's "send the receipt by e-mail": the buyer's address, typed by the seller, gets the receipt link. */
@RestController
class KasirReceiptMailApiController {

    private final BoothReceiptMails mails;
    private final KasirApiTexts texts;

    KasirReceiptMailApiController(BoothReceiptMails mails, KasirApiTexts texts) {
        this.mails = mails;
        this.texts = texts;
    }

    record MailRequest(String email) {
    }

    @PostMapping("/api/kasir/sales/{saleId}/receipt-mail")
    Map<String, Object> send(@PathVariable String saleId, @RequestBody MailRequest body, HttpServletRequest request) {
        mails.send(saleId, body == null ? null : body.email());
        return Map.of("sent", true, "message", texts.text("exhibition.receipt.sent", texts.locale(request)));
    }
}
