package id.go.bnn.pasarbersinar.exhibition.internal;

import id.go.bnn.pasarbersinar.exhibition.BoothPayment;
import id.go.bnn.pasarbersinar.exhibition.BoothQris;
import id.go.bnn.pasarbersinar.exhibition.BoothQris.Progress;
import id.go.bnn.pasarbersinar.exhibition.BoothReceiptMails;
import id.go.bnn.pasarbersinar.exhibition.BoothSale;
import id.go.bnn.pasarbersinar.exhibition.BoothSaleException;
import id.go.bnn.pasarbersinar.payment.QrisCharge;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The booth page's QRIS and card through the shop's payment providers (online only), one path for both ({@code payment}
 * "QRIS_PROVIDER", the default, or "CARD"): start a charge for a sale, then check it
 * every few seconds until the provider confirmed it (the sale is then recorded and the answer carries its receipt) or
 * it failed or expired (nothing recorded). Session and CSRF as for the rest of {@code /api/kasir/}; errors as JSON
 * ({@link KasirApiErrors}).
 */
@RestController
@RequestMapping("/api/kasir/qris")
class KasirQrisApiController {

    private final BoothQris qris;
    private final BoothReceiptMails mails;
    private final KasirApiTexts texts;

    KasirQrisApiController(BoothQris qris, BoothReceiptMails mails, KasirApiTexts texts) {
        this.qris = qris;
        this.mails = mails;
        this.texts = texts;
    }

    @GetMapping
    Map<String, Object> availability() {
        return Map.of("available", qris.available(), "demo", qris.available() && qris.isDemo(), "card", qris.cardAvailable());
    }

    record LineRequest(Long variantId, Integer quantity, Long unitPrice) {
    }

    record StartRequest(String saleId, Long exhibitionId, Long groupId, List<LineRequest> lines, String soldAt, String payment) {
    }

    @PostMapping
    Map<String, Object> start(@RequestBody StartRequest body, HttpServletRequest request) {
        if (body == null || body.exhibitionId() == null || body.groupId() == null || body.lines() == null) {
            throw new BoothSaleException("exhibition.booth.error.request");
        }
        List<BoothSale.Line> lines = new ArrayList<>();
        for (LineRequest line : body.lines()) {
            if (line == null || line.variantId() == null || line.quantity() == null || line.unitPrice() == null) {
                throw new BoothSaleException("exhibition.booth.error.request");
            }
            lines.add(new BoothSale.Line(line.variantId(), line.quantity(), line.unitPrice()));
        }
        Instant soldAt;
        try {
            soldAt = body.soldAt() == null ? null : Instant.parse(body.soldAt());
        } catch (DateTimeParseException unreadable) {
            throw new BoothSaleException("exhibition.booth.error.time");
        }
        BoothPayment payment;
        if (body.payment() == null || body.payment().equals(BoothPayment.QRIS_PROVIDER.name())) {
            payment = BoothPayment.QRIS_PROVIDER;
        } else if (body.payment().equals(BoothPayment.CARD.name())) {
            payment = BoothPayment.CARD;
        } else {
            throw new BoothSaleException("exhibition.booth.error.payment");
        }
        BoothSale sale = new BoothSale(body.saleId(), body.exhibitionId(), body.groupId(), lines, payment, null, null, soldAt);
        return charge(qris.start(sale, texts.locale(request)));
    }

    @PostMapping("/{saleId}/check")
    Map<String, Object> check(@PathVariable String saleId, HttpServletRequest request) {
        return progress(qris.check(saleId), texts.locale(request));
    }

    @PostMapping("/{saleId}/cancel")
    Map<String, Object> cancel(@PathVariable String saleId, HttpServletRequest request) {
        return progress(qris.cancel(saleId), texts.locale(request));
    }

    record MailRequest(String email) {
    }

    /** Mails the open card payment page of a sale waiting for its card payment to the buyer. */
    @PostMapping("/{saleId}/mail")
    Map<String, Object> mailCardPage(@PathVariable String saleId, @RequestBody MailRequest body, HttpServletRequest request) {
        mails.sendCardPage(saleId, body == null ? null : body.email());
        return Map.of("sent", true, "message", texts.text("exhibition.card.mail.sent", texts.locale(request)));
    }

    private Map<String, Object> progress(Progress progress, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("saleId", progress.saleKey());
        body.put("state", progress.state().name().toLowerCase(Locale.ROOT));
        body.put("result", progress.outcome() == null ? null : progress.outcome().result().name().toLowerCase(Locale.ROOT));
        body.put("receipt", progress.outcome() == null ? null : progress.outcome().receiptToken());
        body.put("message", texts.text(progress.messageKey(), locale));
        body.put("charge", progress.charge() == null ? null : charge(progress.charge()));
        return body;
    }

    private static Map<String, Object> charge(QrisCharge charge) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("saleId", charge.chargeKey());
        body.put("state", charge.state().name().toLowerCase(Locale.ROOT));
        body.put("total", charge.amount().rupiah());
        body.put("qrPayload", charge.qrPayload());
        body.put("qrImage", charge.qrImage());
        body.put("payPage", charge.payPage());
        body.put("payableUntil", charge.payableUntil() == null ? null : charge.payableUntil().toString());
        body.put("demo", charge.demo());
        body.put("method", charge.method().name().toLowerCase(Locale.ROOT));
        return body;
    }
}
