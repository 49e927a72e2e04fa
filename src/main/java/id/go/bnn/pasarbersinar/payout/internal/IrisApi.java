package id.go.bnn.pasarbersinar.payout.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payout module's Midtrans Iris adapter, on Spring's {@link RestClient} against Iris's documented HTTP API (Midtrans
 * publishes no Java SDK): payouts are created with the creator's key and approved or rejected with the approver's, each
 * key sent as the basic-auth user name with an empty password. Amounts go as whole rupiah with ".00".
 */
@Component
public class IrisApi {

    private final PayoutProperties.Iris settings;
    private final JsonMapper json;
    private volatile RestClient client;

    IrisApi(PayoutProperties properties, JsonMapper json) {
        this.settings = properties.iris();
        this.json = json;
    }

    public boolean available() {
        return settings.configured();
    }

    /** One payout as Iris gets it. */
    public record PayoutRequest(String beneficiaryName, String beneficiaryAccount, String beneficiaryBank, String beneficiaryEmail, long amountRupiah,
            String notes) {
    }

    /** What Iris says of a payout: queued, approved, rejected, processed, completed or failed (with Iris's error). */
    public record PayoutState(String referenceNo, String status, long amountRupiah, String errorMessage) {

        public boolean completed() {
            return "completed".equals(status);
        }

        public boolean failed() {
            return "failed".equals(status) || "rejected".equals(status);
        }
    }

    /** Iris refused or could not be reached; the message is Iris's (for staff). {@code definite}: Iris did answer no. */
    public static class IrisFailed extends Exception {
        private final boolean definite;

        public IrisFailed(String message, boolean definite, Throwable cause) {
            super(message, cause);
            this.definite = definite;
        }

        public boolean definite() {
            return definite;
        }
    }

    /**
     * Creates one payout; Iris answers its reference_no (status queued). The idempotency key (ours: the payout's id) makes
     * a resent identical request after a crash answer the same payout instead of creating a second (Iris keeps keys
     * for 24 hours).
     */
    public String createPayout(PayoutRequest payout, String idempotencyKey) throws IrisFailed {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("beneficiary_name", payout.beneficiaryName());
        item.put("beneficiary_account", payout.beneficiaryAccount());
        item.put("beneficiary_bank", payout.beneficiaryBank());
        if (payout.beneficiaryEmail() != null) {
            item.put("beneficiary_email", payout.beneficiaryEmail());
        }
        item.put("amount", payout.amountRupiah() + ".00");
        item.put("notes", payout.notes());
        JsonNode answer = call(settings.creatorKey(), "POST", "/api/v1/payouts", Map.of("payouts", List.of(item)), idempotencyKey);
        JsonNode first = answer.path("payouts").path(0);
        String reference = first.path("reference_no").asString(null);
        if (reference == null || reference.isBlank()) {
            throw new IrisFailed("Iris answered no reference_no", false, null);
        }
        return reference;
    }

    /** The approver releases queued payouts (an OTP when the Iris account asks for one). */
    public void approve(List<String> referenceNos, String otp) throws IrisFailed {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference_nos", referenceNos);
        if (otp != null && !otp.isBlank()) {
            body.put("otp", otp.strip());
        }
        call(settings.approverKey(), "POST", "/api/v1/payouts/approve", body, null);
    }

    public void reject(List<String> referenceNos, String reason) throws IrisFailed {
        call(settings.approverKey(), "POST", "/api/v1/payouts/reject", Map.of("reference_nos", referenceNos, "reject_reason", reason), null);
    }

    public PayoutState status(String referenceNo) throws IrisFailed {
        JsonNode answer = call(settings.creatorKey(), "GET", "/api/v1/payouts/{ref}", null, null, referenceNo);
        return new PayoutState(answer.path("reference_no").asString(referenceNo), answer.path("status").asString(""),
                rupiah(answer.path("amount").asString("0")), errorOf(answer));
    }

    /** Iris's account validation: the holder's name as the bank knows it; an invalid account is a definite failure. */
    public String validateAccount(String bank, String account) throws IrisFailed {
        JsonNode answer = call(settings.creatorKey(), "GET", "/api/v1/account_validation?bank={bank}&account={account}", null, null, bank, account);
        String name = answer.path("account_name").asString(null);
        if (name == null || name.isBlank()) {
            throw new IrisFailed(errorOf(answer) == null ? "Iris knows no such account" : errorOf(answer), true, null);
        }
        return name;
    }

    static long rupiah(String amount) {
        try {
            return new java.math.BigDecimal(amount.strip()).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static String errorOf(JsonNode answer) {
        String message = answer.path("error_message").asString(null);
        if (message == null) {
            message = answer.path("errors").isString() ? answer.path("errors").asString() : null;
        }
        return message;
    }

    private JsonNode call(String key, String method, String path, Object body, String idempotencyKey, Object... variables) throws IrisFailed {
        if (!settings.configured()) {
            throw new IrisFailed("Iris is not configured (MIDTRANS_IRIS_CREATOR_KEY, MIDTRANS_IRIS_APPROVER_KEY)", true, null);
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        try {
            RestClient.RequestBodySpec request = client().method(org.springframework.http.HttpMethod.valueOf(method)).uri(path, variables)
                    .header("Authorization", auth).accept(MediaType.APPLICATION_JSON);
            if (idempotencyKey != null) {
                request.header("X-Idempotency-Key", idempotencyKey);
            }
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
            }
            String answer = request.retrieve().body(String.class);
            return json.readTree(answer == null || answer.isBlank() ? "{}" : answer);
        } catch (RestClientResponseException e) {
            String text = e.getResponseBodyAsString();
            String message;
            try {
                message = errorOf(json.readTree(text.isBlank() ? "{}" : text));
            } catch (RuntimeException notJson) {
                message = null;
            }
            // 4xx: Iris said no (bad account, bad request); 5xx: unknown, the payout may or may not exist.
            throw new IrisFailed("Iris " + e.getStatusCode().value() + ": " + (message == null ? e.getStatusText() : message),
                    e.getStatusCode().is4xxClientError(), e);
        } catch (RestClientException | tools.jackson.core.JacksonException e) {
            throw new IrisFailed("Iris could not be reached: " + e.getMessage(), false, e);
        }
    }

    private RestClient client() {
        RestClient current = client;
        if (current == null) {
            SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
            requests.setConnectTimeout(java.time.Duration.ofSeconds(10));
            requests.setReadTimeout(java.time.Duration.ofSeconds(30));
            current = RestClient.builder().baseUrl(settings.apiBase()).requestFactory(requests).build();
            client = current;
        }
        return current;
    }
}
