package id.go.bnn.pasarbersinar.exhibition.internal;

import id.go.bnn.pasarbersinar.exhibition.BoothReceiptMails;
import id.go.bnn.pasarbersinar.exhibition.BoothSales;
import id.go.bnn.pasarbersinar.shared.QrImage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The booth page's receipt for the buyer: its link as a QR code to show on the seller's screen (anyone holding the
 * receipt's unguessable token may, as for the receipt itself), and "send the receipt by e-mail" to the address the
 * seller typed.
 */
@RestController
class KasirReceiptMailApiController {

    private final BoothReceiptMails mails;
    private final BoothSales sales;
    private final KasirApiTexts texts;

    KasirReceiptMailApiController(BoothReceiptMails mails, BoothSales sales, KasirApiTexts texts) {
        this.mails = mails;
        this.sales = sales;
        this.texts = texts;
    }

    @GetMapping("/api/kasir/receipts/{token}/qr")
    ResponseEntity<Map<String, Object>> qr(@PathVariable String token) {
        return sales.receipt(token).<ResponseEntity<Map<String, Object>>>map(sale -> {
            String link = mails.receiptLink(sale.receiptToken());
            return ResponseEntity.ok(Map.of("link", link, "qrImage", QrImage.pngDataUrl(link)));
        }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not-found")));
    }

    record MailRequest(String email) {
    }

    @PostMapping("/api/kasir/sales/{saleId}/receipt-mail")
    Map<String, Object> send(@PathVariable String saleId, @RequestBody MailRequest body, HttpServletRequest request) {
        mails.send(saleId, body == null ? null : body.email());
        return Map.of("sent", true, "message", texts.text("exhibition.receipt.sent", texts.locale(request)));
    }
}
