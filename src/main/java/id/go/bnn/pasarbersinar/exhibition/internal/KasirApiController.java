package id.go.bnn.pasarbersinar.exhibition.internal;

import id.go.bnn.pasarbersinar.exhibition.BoothDayClose;
import id.go.bnn.pasarbersinar.exhibition.BoothDayCloses;
import id.go.bnn.pasarbersinar.exhibition.BoothItem;
import id.go.bnn.pasarbersinar.exhibition.BoothPayment;
import id.go.bnn.pasarbersinar.exhibition.BoothSale;
import id.go.bnn.pasarbersinar.exhibition.BoothSaleException;
import id.go.bnn.pasarbersinar.exhibition.BoothSaleOutcome;
import id.go.bnn.pasarbersinar.exhibition.BoothSales;
import id.go.bnn.pasarbersinar.exhibition.RecordedBoothSale;
import id.go.bnn.pasarbersinar.exhibition.ShortReason;
import id.go.bnn.pasarbersinar.exhibition.SellingBooth;
import id.go.bnn.pasarbersinar.shared.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The booth page's JSON API. Signed in with the shop's session (a seller signs in at /masuk); every POST carries the
 * session's CSRF token, which {@code GET /api/kasir/session} hands to the page. The services check access again.
 * A batch of queued sales gets one answer per sale, so one bad sale never holds back the others.
 */
@RestController
@RequestMapping("/api/kasir")
class KasirApiController {

    static final int MAX_BATCH = 50;

    private final BoothSales sales;
    private final BoothDayCloses closes;
    private final KasirApiTexts texts;

    KasirApiController(BoothSales sales, BoothDayCloses closes, KasirApiTexts texts) {
        this.sales = sales;
        this.closes = closes;
        this.texts = texts;
    }

    @GetMapping("/session")
    Map<String, Object> session(HttpServletRequest request) {
        Caller caller = Caller.current();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signedIn", caller.isSignedIn());
        body.put("email", caller.isSignedIn() ? caller.email() : null);
        // The page hides "confirm" from the seller who counted the day's cash (the service refuses them anyway).
        body.put("accountId", caller.accountId());
        body.put("lang", texts.locale(request).getLanguage());
        body.put("csrfHeader", csrf == null ? null : csrf.getHeaderName());
        body.put("csrfToken", csrf == null ? null : csrf.getToken());
        return body;
    }

    @GetMapping("/booths")
    List<SellingBooth> booths() {
        return sales.myBooths();
    }

    @GetMapping("/booths/{exhibitionId}/{groupId}/catalog")
    List<BoothItem> catalog(@PathVariable long exhibitionId, @PathVariable long groupId, HttpServletRequest request) {
        return sales.catalog(exhibitionId, groupId, texts.locale(request));
    }

    record SaleLineRequest(Long variantId, Integer quantity, Long unitPrice) {
    }

    record SaleRequest(String saleId, Long exhibitionId, Long groupId, List<SaleLineRequest> lines, String payment, String reference,
            Long cashReceived, String soldAt) {
    }

    record SalesRequest(List<SaleRequest> sales) {
    }

    record SaleAnswer(String saleId, String result, String message, String receipt) {
    }

    @PostMapping("/sales")
    ResponseEntity<Map<String, Object>> record(@RequestBody SalesRequest body, HttpServletRequest request) {
        Locale locale = texts.locale(request);
        if (!Caller.current().isSignedIn()) {
            throw new BoothSaleException("exhibition.booth.error.sign-in");
        }
        if (body == null || body.sales() == null || body.sales().isEmpty()) {
            throw new BoothSaleException("exhibition.booth.error.request");
        }
        if (body.sales().size() > MAX_BATCH) {
            throw new BoothSaleException("exhibition.booth.error.too-many");
        }
        List<SaleAnswer> answers = new ArrayList<>();
        for (SaleRequest sale : body.sales()) {
            BoothSaleOutcome outcome = sale == null ? BoothSaleOutcome.refused(null, "exhibition.booth.error.request") : record(sale);
            answers.add(new SaleAnswer(outcome.saleKey(), outcome.result().name().toLowerCase(Locale.ROOT),
                    texts.text(outcome.messageKey(), locale), outcome.receiptToken()));
        }
        return ResponseEntity.ok(Map.of("results", answers));
    }

    private BoothSaleOutcome record(SaleRequest sale) {
        String key = sale.saleId();
        if (sale.exhibitionId() == null || sale.groupId() == null || sale.lines() == null) {
            return BoothSaleOutcome.refused(key, "exhibition.booth.error.request");
        }
        List<BoothSale.Line> lines = new ArrayList<>();
        for (SaleLineRequest line : sale.lines()) {
            if (line == null || line.variantId() == null || line.quantity() == null || line.unitPrice() == null) {
                return BoothSaleOutcome.refused(key, "exhibition.booth.error.request");
            }
            lines.add(new BoothSale.Line(line.variantId(), line.quantity(), line.unitPrice()));
        }
        BoothPayment payment;
        try {
            payment = sale.payment() == null ? null : BoothPayment.valueOf(sale.payment());
        } catch (IllegalArgumentException unknown) {
            return BoothSaleOutcome.refused(key, "exhibition.booth.error.payment");
        }
        Instant soldAt;
        try {
            soldAt = sale.soldAt() == null ? null : Instant.parse(sale.soldAt());
        } catch (DateTimeParseException unreadable) {
            return BoothSaleOutcome.refused(key, "exhibition.booth.error.time");
        }
        return sales.record(new BoothSale(key, sale.exhibitionId(), sale.groupId(), lines, payment, sale.reference(), sale.cashReceived(), soldAt));
    }

    @GetMapping("/booths/{exhibitionId}/{groupId}/sales")
    Map<String, Object> daySales(@PathVariable long exhibitionId, @PathVariable long groupId, @RequestParam(required = false) LocalDate day) {
        LocalDate shown = day == null ? sales.today() : day;
        List<RecordedBoothSale> list = sales.daySales(exhibitionId, groupId, shown);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("day", shown.toString());
        body.put("sales", list.stream().map(this::daySale).toList());
        body.put("expectedCash", closes.expectedCash(exhibitionId, groupId, shown));
        body.put("close", closes.find(exhibitionId, groupId, shown).map(KasirApiController::close).orElse(null));
        return body;
    }

    record CountRequest(String day, Long countedCash, String note) {
    }

    @PostMapping("/booths/{exhibitionId}/{groupId}/close")
    Map<String, Object> count(@PathVariable long exhibitionId, @PathVariable long groupId, @RequestBody CountRequest body) {
        if (body == null || body.countedCash() == null) {
            throw new BoothSaleException("exhibition.close.error.amount");
        }
        return close(closes.count(exhibitionId, groupId, day(body.day()), body.countedCash(), body.note()));
    }

    record ConfirmRequest(String day) {
    }

    @PostMapping("/booths/{exhibitionId}/{groupId}/close/confirm")
    Map<String, Object> confirm(@PathVariable long exhibitionId, @PathVariable long groupId, @RequestBody ConfirmRequest body) {
        return close(closes.confirm(exhibitionId, groupId, day(body == null ? null : body.day())));
    }

    /** A buyer's receipt, open to anyone holding its unguessable link. */
    @GetMapping("/receipts/{token}")
    ResponseEntity<Map<String, Object>> receipt(@PathVariable String token) {
        return sales.receipt(token).map(sale -> {
            Map<String, Object> body = sale(sale);
            body.remove("sellerId");
            return ResponseEntity.ok(body);
        }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not-found")));
    }

    private LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return sales.today();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            throw new BoothSaleException("exhibition.booth.error.request");
        }
    }

    /**
     * A sale on the seller's day list: a short one also says why, as a code and in words in both languages (the booth
     * page switches language on the phone, offline too); the page sets them as text.
     */
    private Map<String, Object> daySale(RecordedBoothSale sale) {
        Map<String, Object> body = sale(sale);
        if (sale.isShort()) {
            ShortReason reason = sale.shortReason() == null ? ShortReason.UNKNOWN : sale.shortReason();
            body.put("shortReason", reason.name());
            body.put("shortReasonText", Map.of("id", texts.text(reason.messageKey(), Locale.of("id")),
                    "en", texts.text(reason.messageKey(), Locale.ENGLISH)));
        }
        return body;
    }

    private static Map<String, Object> sale(RecordedBoothSale sale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("saleId", sale.saleKey());
        body.put("status", sale.status().toLowerCase(Locale.ROOT));
        body.put("payment", sale.payment().name());
        body.put("reference", sale.paymentReference());
        body.put("total", sale.total());
        body.put("cashReceived", sale.cashReceived());
        body.put("soldAt", sale.soldAt().toString());
        body.put("sellerId", sale.sellerId());
        body.put("receipt", sale.receiptToken());
        body.put("lines", sale.lines());
        return body;
    }

    private static Map<String, Object> close(BoothDayClose close) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("day", close.day().toString());
        body.put("expectedCash", close.expectedCash());
        body.put("countedCash", close.countedCash());
        body.put("difference", close.difference());
        body.put("note", close.note());
        body.put("countedBy", close.countedBy());
        body.put("confirmed", close.confirmed());
        body.put("confirmedBy", close.confirmedBy());
        return body;
    }

    @ExceptionHandler(BoothSaleException.class)
    ResponseEntity<Map<String, String>> refused(BoothSaleException refused, HttpServletRequest request) {
        HttpStatus status = switch (refused.messageKey()) {
            case "exhibition.booth.error.sign-in" -> HttpStatus.UNAUTHORIZED;
            case "exhibition.booth.error.not-seller", "exhibition.booth.error.not-staff" -> HttpStatus.FORBIDDEN;
            case "exhibition.close.error.counted", "exhibition.close.error.confirmed" -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        return error(status, refused.messageKey(), request);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, String>> unreadable(Exception unreadable, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "exhibition.booth.error.request", request);
    }

    private ResponseEntity<Map<String, String>> error(HttpStatus status, String key, HttpServletRequest request) {
        return ResponseEntity.status(status).body(Map.of("error", key, "message", texts.text(key, texts.locale(request))));
    }
}
