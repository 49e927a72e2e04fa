package id.go.bnn.pasarbersinar.payment.internal;

import id.go.bnn.pasarbersinar.payment.CheckoutRequest;
import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import id.go.bnn.pasarbersinar.shared.Money;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Midtrans through its documented HTTP API (Midtrans publishes no Java SDK on Maven Central): a Snap transaction per
 * order attempt ({@code POST /snap/v1/transactions}, the buyer goes to its {@code redirect_url}), and the core API for
 * the transaction's status, expiry and refunds. Midtrans refuses an {@code order_id} used before, so each attempt has
 * its own: the order number, '-', the attempt. The session id we keep is that {@code order_id}. Every POST carries
 * our idempotency key (Midtrans keeps it five minutes), and a refund its {@code refund_key} (our refund id).
 * Amounts are whole rupiah both ways ({@code gross_amount} comes back as "180000.00").
 */
class MidtransPaymentProvider implements PaymentProvider {

    static final String NAME = "MIDTRANS";

    private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z").withZone(ZoneId.of("Asia/Jakarta"));
    private static final int NAME_LIMIT = 50;
    private static final List<String> VIRTUAL_ACCOUNT_TYPES = List.of("bank_transfer", "echannel", "permata", "bca_va", "bni_va", "bri_va",
            "permata_va", "cimb_va", "other_va");

    private final PaymentProperties.Midtrans settings;
    private final RestClient snap;
    private final RestClient core;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    MidtransPaymentProvider(PaymentProperties.Midtrans settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        String auth = "Basic " + Base64.getEncoder().encodeToString((settings.serverKey() + ":").getBytes(StandardCharsets.UTF_8));
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.snap = client(settings.apiBase(), auth, requests);
        this.core = client(settings.coreApiBase(), auth, requests);
    }

    private static RestClient client(String base, String auth, JdkClientHttpRequestFactory requests) {
        return RestClient.builder().baseUrl(base).requestFactory(requests)
                .defaultHeader("Authorization", auth)
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    /** The Midtrans {@code order_id} of an attempt: unique per attempt, at most 50 characters. */
    static String orderId(String orderNumber, int attempt) {
        return orderNumber + "-" + attempt;
    }

    /** Whether Midtrans can give money back for a payment of this type; a virtual account it cannot. */
    static boolean refundsThroughApi(String paymentType) {
        return paymentType == null || !VIRTUAL_ACCOUNT_TYPES.contains(paymentType);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isDemo() {
        return false;
    }

    @Override
    public OpenedSession open(CheckoutRequest request, int attempt, String idempotencyKey, Instant expiresAt) {
        Instant now = clock.instant();
        long minutes = Math.max(1, (Duration.between(now, expiresAt).toSeconds() + 59) / 60);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transaction_details", Map.of("order_id", orderId(request.orderNumber(), attempt), "gross_amount", request.total().rupiah()));
        body.put("item_details", items(request));
        if (request.buyerEmail() != null && !request.buyerEmail().isBlank()) {
            body.put("customer_details", Map.of("email", request.buyerEmail()));
        }
        body.put("enabled_payments", enabledPayments(request.method()));
        body.put("expiry", Map.of("start_time", START_TIME.format(now), "unit", "minute", "duration", minutes));
        body.put("callbacks", Map.of("finish", request.successUrl()));
        Answer answer = post(snap, "/snap/v1/transactions", body, idempotencyKey, "open a Snap transaction for " + request.orderNumber());
        if (answer.http() >= 300 || !answer.body().hasNonNull("token") || !answer.body().hasNonNull("redirect_url")) {
            throw refusal(answer, "open a Snap transaction for " + request.orderNumber());
        }
        return new OpenedSession(orderId(request.orderNumber(), attempt), answer.body().path("redirect_url").asString());
    }

    /**
     * A QRIS charge through the core API ({@code POST /v2/charge}, {@code payment_type} qris, GoPay as acquirer): the
     * answer carries the {@code qr_string} the booth page draws, kept as the session's address. Its status,
     * notifications and expiry are those of any Midtrans transaction.
     */
    @Override
    public OpenedSession openQris(CheckoutRequest request, int attempt, String idempotencyKey, Instant expiresAt) {
        Instant now = clock.instant();
        long minutes = Math.max(1, (Duration.between(now, expiresAt).toSeconds() + 59) / 60);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payment_type", "qris");
        body.put("transaction_details", Map.of("order_id", orderId(request.orderNumber(), attempt), "gross_amount", request.total().rupiah()));
        body.put("item_details", items(request));
        body.put("qris", Map.of("acquirer", "gopay"));
        body.put("custom_expiry", Map.of("order_time", START_TIME.format(now), "expiry_duration", minutes, "unit", "minute"));
        Answer answer = post(core, "/v2/charge", body, idempotencyKey, "open a QRIS charge for " + request.orderNumber());
        String code = answer.body().path("status_code").asString("");
        if (answer.http() >= 300 || !("201".equals(code) || "200".equals(code)) || !answer.body().hasNonNull("qr_string")) {
            throw refusal(answer, "open a QRIS charge for " + request.orderNumber());
        }
        return new OpenedSession(orderId(request.orderNumber(), attempt), answer.body().path("qr_string").asString());
    }

    @Override
    public SessionState lookup(String sessionId) {
        Answer answer = call(() -> core.get().uri("/v2/{id}/status", sessionId).exchange((req, res) -> read(res)), "ask the status of " + sessionId);
        String code = answer.body().path("status_code").asString("");
        if ("404".equals(code) || answer.http() == 404) {
            // Snap made no transaction yet: the buyer has not chosen how to pay on its page.
            return SessionState.of(Status.OPEN);
        }
        if (answer.http() >= 300 || !answer.body().has("transaction_status")) {
            throw refusal(answer, "ask the status of " + sessionId);
        }
        return state(answer.body());
    }

    @Override
    public SessionState expire(String sessionId, String idempotencyKey) {
        Answer answer = post(core, "/v2/" + sessionId + "/expire", null, idempotencyKey, "expire " + sessionId);
        String code = answer.body().path("status_code").asString("");
        if ("404".equals(code) || answer.http() == 404) {
            // No transaction behind the Snap page yet; the page itself closes at its own expiry, which is ours.
            return SessionState.of(Status.EXPIRED);
        }
        if ("407".equals(code) || "expire".equals(answer.body().path("transaction_status").asString(""))) {
            return SessionState.of(Status.EXPIRED);
        }
        if (answer.http() >= 500 || code.startsWith("5")) {
            throw refusal(answer, "expire " + sessionId);
        }
        // Refused (paid, or final already): how it really stands.
        return lookup(sessionId);
    }

    @Override
    public RefundState refund(String refundId, String orderNumber, String paymentReference, Money amount, String idempotencyKey) {
        Map<String, Object> body = Map.of("refund_key", refundId, "amount", amount.rupiah(), "reason", "Refund " + refundId + " of " + orderNumber);
        Answer answer = post(core, "/v2/" + paymentReference + "/refund", body, idempotencyKey, "refund " + refundId + " of " + orderNumber);
        String code = answer.body().path("status_code").asString("");
        String chargeback = answer.body().path("refund_chargeback_id").asString("");
        String providerRefundId = "midtrans_" + refundId + (chargeback.isEmpty() ? "" : "_" + chargeback);
        return switch (code) {
            case "200" -> new RefundState(providerRefundId, RefundStatus.SUCCEEDED);
            case "201" -> new RefundState(providerRefundId, RefundStatus.PENDING);
            default -> throw refusal(answer, "refund " + refundId + " of " + orderNumber);
        };
    }

    @Override
    public RefundState refundStatus(String providerRefundId) {
        // Midtrans has no refund lookup by id; its refunds answer finally when asked (200) and are not retried here.
        return new RefundState(providerRefundId, RefundStatus.PENDING);
    }

    /** What a status answer (or a notification confirmed by one) says about the order. */
    SessionState state(JsonNode transaction) {
        String status = transaction.path("transaction_status").asString("");
        String fraud = transaction.path("fraud_status").asString("accept");
        Status mapped = switch (status) {
            case "settlement" -> Status.PAID;
            case "capture" -> "accept".equals(fraud) ? Status.PAID : "deny".equals(fraud) ? Status.FAILED : Status.PENDING;
            // A refunded transaction was paid first; the refund itself is ours and known.
            case "refund", "partial_refund" -> Status.PAID;
            case "pending", "authorize" -> Status.PENDING;
            case "deny", "cancel", "failure" -> Status.FAILED;
            case "expire" -> Status.EXPIRED;
            default -> Status.PENDING;
        };
        Money amount = rupiah(transaction.path("gross_amount").asString(""));
        String paymentType = transaction.path("payment_type").asString(null);
        String reference = transaction.path("transaction_id").asString(null);
        Money fee = mapped == Status.PAID && amount != null ? fee(paymentType, amount) : null;
        return new SessionState(mapped, amount, reference, paymentType, fee);
    }

    /** The platform's cost of a payment: Midtrans does not say it with the settlement, so the configured rate. */
    Money fee(String paymentType, Money amount) {
        if (paymentType == null) {
            return Money.ZERO;
        }
        if (!refundsThroughApi(paymentType)) {
            return Money.rupiah(settings.feeVirtualAccount());
        }
        BigDecimal percent = switch (paymentType) {
            case "qris", "other_qris" -> settings.feeQrisPercent();
            case "gopay", "shopeepay", "dana", "ovo" -> settings.feeEwalletPercent();
            default -> BigDecimal.ZERO;
        };
        return Money.rupiah(new BigDecimal(amount.rupiah()).multiply(percent).divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).longValue());
    }

    static Money rupiah(String grossAmount) {
        if (grossAmount == null || grossAmount.isBlank()) {
            return null;
        }
        try {
            return Money.rupiah(new BigDecimal(grossAmount.strip()).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static List<String> enabledPayments(PaymentMethod method) {
        if (method != null && method != PaymentMethod.CARD) {
            return List.of(method.midtransType());
        }
        // No method chosen: every method Midtrans carries for the shop but the card (Stripe takes cards).
        return Arrays.stream(PaymentMethod.values()).filter(m -> m != PaymentMethod.CARD).map(PaymentMethod::midtransType).toList();
    }

    /** One line per item and one per parcel's shipping: their sum is the gross amount, as Midtrans requires. */
    private static List<Map<String, Object>> items(CheckoutRequest request) {
        boolean english = "en".equals(request.locale().getLanguage());
        List<Map<String, Object>> items = new ArrayList<>();
        int parcelNumber = 0;
        for (CheckoutRequest.Parcel parcel : request.parcels()) {
            parcelNumber++;
            int itemNumber = 0;
            for (CheckoutRequest.Item item : parcel.items()) {
                itemNumber++;
                items.add(item("P" + parcelNumber + "-" + itemNumber, item.unitPrice(), item.quantity(), item.name(request.locale()) + " - " + parcel.groupName()));
            }
            if (parcel.shipping().rupiah() > 0) {
                items.add(item("P" + parcelNumber + "-SHIP", parcel.shipping(), 1, (english ? "Shipping - " : "Ongkos kirim - ") + parcel.groupName()));
            }
        }
        return items;
    }

    private static Map<String, Object> item(String id, Money price, int quantity, String name) {
        String shortName = name.length() > NAME_LIMIT ? name.substring(0, NAME_LIMIT - 1) + "…" : name;
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("price", price.rupiah());
        item.put("quantity", quantity);
        item.put("name", shortName);
        return item;
    }

    private Answer post(RestClient client, String path, Object body, String idempotencyKey, String what) {
        return call(() -> {
            RestClient.RequestBodySpec spec = client.post().uri(path).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", idempotencyKey);
            if (body != null) {
                spec.body(json.writeValueAsString(body));
            }
            return spec.exchange((req, res) -> read(res));
        }, what);
    }

    private Answer read(org.springframework.http.client.ClientHttpResponse response) throws java.io.IOException {
        byte[] bytes = response.getBody().readAllBytes();
        JsonNode node;
        try {
            node = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
        } catch (RuntimeException notJson) {
            node = json.createObjectNode();
        }
        return new Answer(response.getStatusCode().value(), node);
    }

    private static Answer call(java.util.function.Supplier<Answer> request, String what) {
        try {
            return request.get();
        } catch (RestClientException e) {
            throw new PaymentProviderException("Midtrans could not " + what + ": " + e.getMessage(), false, e);
        }
    }

    /** A refusal (4xx but conflicts and rate limits) is definitive; a server error or an unreadable answer may pass. */
    private static PaymentProviderException refusal(Answer answer, String what) {
        int http = answer.http();
        int code = parse(answer.body().path("status_code").asString(""), http);
        int status = http >= 300 ? http : code;
        boolean definitive = status >= 400 && status < 500 && status != 409 && status != 429;
        return new PaymentProviderException("Midtrans could not " + what + ": HTTP " + http + " " + answer.body(), definitive, null);
    }

    private static int parse(String code, int fallback) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    record Answer(int http, JsonNode body) {
    }
}
