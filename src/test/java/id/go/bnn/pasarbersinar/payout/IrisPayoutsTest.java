package id.go.bnn.pasarbersinar.payout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.delivered;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.nextFulfilmentId;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import id.go.bnn.pasarbersinar.payout.internal.IrisStore;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Payouts by Midtrans Iris against WireMock standing in for Iris's API with its documented bodies: creation with the
 * creator key and our idempotency key, approval by a second administrator with the approver key, account validation,
 * signed notifications at {@code /webhook/iris} (valid, tampered, duplicated, reordered) confirmed by Iris's status,
 * completed and failed payouts, and a crash between Iris's answer and our commit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(EveryTransactionBalances.class)
class IrisPayoutsTest {

    static final String CREATOR = "IRIS-creator-test";
    static final String APPROVER = "IRIS-approver-test";
    static final String MERCHANT = "IRIS-merchant-test";
    static final WireMockServer IRIS = PayoutStripeStandIn.started(WireMockConfiguration.options().globalTemplating(true));

    @DynamicPropertySource
    static void iris(DynamicPropertyRegistry registry) {
        registry.add("pasar.payout.iris.api-base", () -> IRIS.baseUrl() + "/iris");
        registry.add("pasar.payout.iris.creator-key", () -> CREATOR);
        registry.add("pasar.payout.iris.approver-key", () -> APPROVER);
        registry.add("pasar.payout.iris.merchant-key", () -> MERCHANT);
    }

    @LocalServerPort
    int port;
    @Autowired
    OrderEvents events;
    @Autowired
    PayoutRuns runs;
    @Autowired
    IrisPayouts iris;
    @Autowired
    IrisSettlement settlement;
    @Autowired
    Payouts payoutReads;
    @Autowired
    Earnings earnings;
    @Autowired
    PayoutDestinations destinations;
    @Autowired
    ProducerGroups groups;
    @Autowired
    LedgerStore ledger;
    @MockitoSpyBean
    IrisStore irisStore;

    final Caller adminA = Callers.admin(-91);
    final Caller adminB = Callers.admin(-92);
    final Instant now = Instant.now();
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    @Test
    void one_administrator_creates_a_second_approves_and_a_signed_completed_notification_pays_once() throws Exception {
        String account = account();
        GroupId group = irisGroup("Iris Lunas", account, "Koperasi Iris Lunas", "KOPERASI IRIS LUNAS");
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        String reference = "ref-pasar-payout-" + payout.id();
        assertThat(payout.status()).isEqualTo(PayoutStatus.SENT);
        assertThat(payout.bankReference()).isEqualTo(reference);
        IRIS.verify(1, postRequestedFor(urlEqualTo("/iris/api/v1/payouts"))
                .withHeader("Authorization", equalTo(basic(CREATOR)))
                .withHeader("X-Idempotency-Key", equalTo("pasar-payout-" + payout.id()))
                .withRequestBody(equalToJson("{\"payouts\":[{\"beneficiary_name\":\"Koperasi Iris Lunas\",\"beneficiary_account\":\"" + account
                        + "\",\"beneficiary_bank\":\"bca\",\"amount\":\"180000.00\",\"notes\":\"Pasar Bersinar payout " + payout.id() + "\"}]}")));
        IRIS.verify(1, getRequestedFor(urlPathEqualTo("/iris/api/v1/account_validation")).withQueryParam("account", equalTo(account))
                .withQueryParam("bank", equalTo("bca")).withHeader("Authorization", equalTo(basic(CREATOR))));

        // Four eyes: the creator cannot approve; a second administrator can, with the approver key.
        assertThatThrownBy(() -> Callers.as(adminA, () -> iris.approve(payout.id(), null)))
                .isInstanceOf(PayoutException.class).extracting("messageKey").isEqualTo("payout.error.four-eyes");
        IRIS.verify(0, postRequestedFor(urlEqualTo("/iris/api/v1/payouts/approve")).withRequestBody(matchingJsonPath("$.reference_nos[0]", equalTo(reference))));
        Callers.as(adminB, () -> iris.approve(payout.id(), "335163"));
        IRIS.verify(1, postRequestedFor(urlEqualTo("/iris/api/v1/payouts/approve")).withHeader("Authorization", equalTo(basic(APPROVER)))
                .withRequestBody(equalToJson("{\"reference_nos\":[\"" + reference + "\"],\"otp\":\"335163\"}")));
        assertThat(Callers.as(adminA, () -> iris.step(payout.id())).orElseThrow().state()).isEqualTo("APPROVED");

        irisStatus(reference, "completed", "180000.00", null);
        String completed = notification(reference, "completed");
        assertThat(deliver(completed, sign(completed)).statusCode()).isEqualTo(200);
        assertThat(status(payout)).isEqualTo(PayoutStatus.PAID);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAID_OUT, group.value())).isEqualTo(180_000);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAYOUT_IN_PROGRESS, group.value())).isZero();
        assertThat(Callers.as(adminA, () -> payoutReads.find(payout.id())).orElseThrow().approvedBy()).isEqualTo(adminB.accountId());

        // The same notification again and an older one arriving late: stored once, nothing changes twice.
        long entries = ledger.entryCount();
        assertThat(deliver(completed, sign(completed)).statusCode()).isEqualTo(200);
        String older = notification(reference, "processed");
        assertThat(deliver(older, sign(older)).statusCode()).isEqualTo(200);
        assertThat(ledger.entryCount()).isEqualTo(entries);
        assertThat(status(payout)).isEqualTo(PayoutStatus.PAID);
        assertThat(irisStore.notificationCount(reference)).isEqualTo(2);
    }

    @Test
    void a_tampered_or_unsigned_notification_gets_403_and_changes_nothing() throws Exception {
        GroupId group = irisGroup("Iris Palsu", account(), "Kelompok Iris Palsu", "KELOMPOK IRIS PALSU");
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        String reference = payout.bankReference();
        irisStatus(reference, "completed", "180000.00", null);
        String genuine = notification(reference, "failed");
        String tampered = notification(reference, "completed");
        assertThat(deliver(tampered, sign(genuine)).statusCode()).isEqualTo(403);
        assertThat(deliver(tampered, null).statusCode()).isEqualTo(403);
        assertThat(deliver(tampered, sign(tampered).replace('a', 'b').replace('1', '2')).statusCode()).isEqualTo(403);
        assertThat(irisStore.notificationCount(reference)).isZero();
        assertThat(status(payout)).isEqualTo(PayoutStatus.SENT);
        IRIS.verify(0, getRequestedFor(urlEqualTo("/iris/api/v1/payouts/" + reference)));
    }

    @Test
    void a_failed_payout_goes_back_to_the_available_balance_with_irises_reason_for_the_group_and_staff() throws Exception {
        GroupId group = irisGroup("Iris Gagal", account(), "Tani Iris Gagal", "TANI IRIS GAGAL");
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        Callers.as(adminB, () -> iris.approve(payout.id(), null));
        // The notification says "completed", Iris's own status says failed: Iris's status wins.
        irisStatus(payout.bankReference(), "failed", "180000.00", "Beneficiary account is closed");
        String body = notification(payout.bankReference(), "completed");
        assertThat(deliver(body, sign(body)).statusCode()).isEqualTo(200);

        assertThat(status(payout)).isEqualTo(PayoutStatus.REVERSED);
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, group.value())).isEqualTo(180_000);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAYOUT_IN_PROGRESS, group.value())).isZero();
        assertThat(ledger.balance(LedgerAccount.GROUP_PAID_OUT, group.value())).isZero();
        Payout seenByGroup = Callers.as(Callers.producer(-93, group.value()), () -> earnings.payouts(group)).stream()
                .filter(p -> p.id() == payout.id()).findFirst().orElseThrow();
        assertThat(seenByGroup.failure()).isEqualTo("Iris: Beneficiary account is closed");
        assertThat(Callers.as(adminA, () -> payoutReads.find(payout.id())).orElseThrow().failure()).isEqualTo("Iris: Beneficiary account is closed");

        // A late "completed" for the reversed payout changes nothing.
        irisStatus(payout.bankReference(), "completed", "180000.00", null);
        long entries = ledger.entryCount();
        String late = notification(payout.bankReference(), "completed") + " ";
        assertThat(deliver(late, sign(late)).statusCode()).isEqualTo(200);
        assertThat(ledger.entryCount()).isEqualTo(entries);
        assertThat(status(payout)).isEqualTo(PayoutStatus.REVERSED);
    }

    @Test
    void a_queued_payout_rejected_at_iris_goes_back_to_the_balance() {
        GroupId group = irisGroup("Iris Tolak", account(), "Iris Tolak", "IRIS TOLAK");
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        Callers.as(adminB, () -> iris.reject(payout.id(), "Salah rekening"));
        IRIS.verify(1, postRequestedFor(urlEqualTo("/iris/api/v1/payouts/reject")).withHeader("Authorization", equalTo(basic(APPROVER)))
                .withRequestBody(matchingJsonPath("$.reference_nos[0]", equalTo(payout.bankReference()))));
        assertThat(status(payout)).isEqualTo(PayoutStatus.REVERSED);
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, group.value())).isEqualTo(180_000);
    }

    @Test
    void an_account_whose_name_does_not_match_or_that_does_not_exist_blocks_iris_until_staff_pay_by_hand() {
        String account = account();
        GroupId group = irisGroup("Iris Beda Nama", account, "Koperasi Beda Nama", "BUDI SANTOSO");
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        assertThat(payout.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(payout.failure()).contains("BUDI SANTOSO").contains("Koperasi Beda Nama");
        assertThatThrownBy(() -> Callers.as(adminA, () -> iris.create(payout.id())))
                .isInstanceOf(PayoutException.class).extracting("messageKey").isEqualTo("payout.error.iris-account");
        IRIS.verify(0, postRequestedFor(urlEqualTo("/iris/api/v1/payouts")).withRequestBody(
                matchingJsonPath("$.payouts[0].beneficiary_account", equalTo(account))));
        var check = Callers.as(adminA, () -> iris.accountCheck(group)).orElseThrow();
        assertThat(check.validatedName()).isEqualTo("BUDI SANTOSO");
        assertThat(check.error()).isNotNull();

        Callers.as(adminA, () -> iris.payByHand(payout.id()));
        assertThat(Callers.as(adminA, () -> payoutReads.find(payout.id())).orElseThrow().method()).isEqualTo(PayoutMethod.BANK);

        String unknown = account();
        IRIS.stubFor(get(urlPathEqualTo("/iris/api/v1/account_validation")).withQueryParam("account", equalTo(unknown))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error_message\":\"An error occured when doing account validation\",\"errors\":{\"account\":[\"account does not exist\"]}}")));
        GroupId nobody = irisGroup("Iris Tanpa Rekening", unknown, "Koperasi Hantu", null);
        Callers.as(adminA, () -> runs.run());
        Payout blocked = payoutOf(nobody);
        assertThat(blocked.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(blocked.failure()).contains("account validation");
    }

    @Test
    void a_crash_between_irises_answer_and_our_commit_is_recovered_by_resending_the_same_request() throws Exception {
        String account = account();
        GroupId group = irisGroup("Iris Crash", account, "Koperasi Iris Crash", "KOPERASI IRIS CRASH");
        // The process dies after Iris answered this group's payout and before our commit: the first markQueued for it throws.
        java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
        doAnswer(call -> {
            long payoutId = call.getArgument(0);
            boolean ours = Callers.as(adminA, () -> payoutReads.find(payoutId)).map(p -> p.groupId() == group.value()).orElse(false);
            if (ours && killed.compareAndSet(false, true)) {
                throw new IllegalStateException("killed");
            }
            return call.callRealMethod();
        }).when(irisStore).markQueued(anyLong(), anyString(), any());
        Callers.as(adminA, () -> runs.run());
        Payout creating = payoutOf(group);
        String reference = "ref-pasar-payout-" + creating.id();
        assertThat(creating.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(Callers.as(adminA, () -> iris.step(creating.id())).orElseThrow().state()).isEqualTo("CREATING");

        // Iris's notification comes while we know no reference yet: stored, kept for later.
        irisStatus(reference, "queued", "180000.00", null);
        String queued = notification(reference, "queued");
        assertThat(deliver(queued, sign(queued)).statusCode()).isEqualTo(200);

        // A second administrator sends it again: the identical request with the same key, answered with the same payout.
        Callers.as(adminB, () -> iris.create(creating.id()));
        Payout sent = payoutOf(group);
        assertThat(sent.status()).isEqualTo(PayoutStatus.SENT);
        assertThat(sent.bankReference()).isEqualTo(reference);
        var requests = IRIS.findAll(postRequestedFor(urlEqualTo("/iris/api/v1/payouts"))
                .withHeader("X-Idempotency-Key", equalTo("pasar-payout-" + creating.id())));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
        // The creator stays the administrator who first sent it: they cannot approve, the second one can.
        assertThatThrownBy(() -> Callers.as(adminA, () -> iris.approve(creating.id(), null))).isInstanceOf(PayoutException.class);
        Callers.as(adminB, () -> iris.approve(creating.id(), null));
        assertThat(ledger.balance(LedgerAccount.GROUP_PAYOUT_IN_PROGRESS, group.value())).isEqualTo(180_000);
    }

    @Test
    void a_notification_kept_while_iris_was_unreachable_is_settled_by_the_retry_job() throws Exception {
        GroupId group = irisGroup("Iris Ulang", account(), "Koperasi Iris Ulang", "KOPERASI IRIS ULANG");
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        Callers.as(adminB, () -> iris.approve(payout.id(), null));
        IRIS.stubFor(get(urlEqualTo("/iris/api/v1/payouts/" + payout.bankReference())).willReturn(aResponse().withStatus(503)));
        String body = notification(payout.bankReference(), "completed");
        assertThat(deliver(body, sign(body)).statusCode()).isEqualTo(200);
        assertThat(status(payout)).isEqualTo(PayoutStatus.SENT);
        assertThat(irisStore.hasUnprocessed(payout.bankReference())).isTrue();

        irisStatus(payout.bankReference(), "completed", "180000.00", null);
        Caller.runAsSystem(settlement::retryStored);
        assertThat(status(payout)).isEqualTo(PayoutStatus.PAID);
        assertThat(irisStore.hasUnprocessed(payout.bankReference())).isFalse();
        assertThat(ledger.balance(LedgerAccount.GROUP_PAID_OUT, group.value())).isEqualTo(180_000);
    }

    @Test
    void an_approved_payout_whose_notification_never_came_is_asked_about_by_the_job() {
        GroupId group = irisGroup("Iris Sunyi", account(), "Koperasi Iris Sunyi", "KOPERASI IRIS SUNYI");
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        Callers.as(adminB, () -> iris.approve(payout.id(), null));
        irisStatus(payout.bankReference(), "failed", "180000.00", "Rekening tidak aktif");
        Caller.runAsSystem(settlement::retryStored);
        assertThat(status(payout)).isEqualTo(PayoutStatus.REVERSED);
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, group.value())).isEqualTo(180_000);
    }

    // --- fixtures ----------------------------------------------------------------------------------------------

    GroupId irisGroup(String name, String account, String holder, String nameAtBank) {
        IRIS.stubFor(post(urlEqualTo("/iris/api/v1/payouts")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"payouts\":[{\"status\":\"queued\",\"reference_no\":\"ref-{{request.headers.X-Idempotency-Key}}\"}]}")));
        IRIS.stubFor(post(urlEqualTo("/iris/api/v1/payouts/approve")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"ok\"}")));
        IRIS.stubFor(post(urlEqualTo("/iris/api/v1/payouts/reject")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"ok\"}")));
        if (nameAtBank != null) {
            IRIS.stubFor(get(urlPathEqualTo("/iris/api/v1/account_validation")).withQueryParam("account", equalTo(account))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"account_name\":\"" + nameAtBank
                            + "\",\"account_no\":\"" + account + "\",\"bank_name\":\"bca\"}")));
        }
        GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup(name + " " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
        long f = nextFulfilmentId();
        events.publish(paid(f, group.value(), 0, now, 200_000), delivered(f, group.value(), now.minus(Duration.ofDays(8))));
        Callers.as(adminA, () -> destinations.setIris(group, "BCA", account, holder));
        return group;
    }

    void irisStatus(String reference, String status, String amount, String error) {
        IRIS.stubFor(get(urlEqualTo("/iris/api/v1/payouts/" + reference)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"amount\":\"" + amount + "\",\"beneficiary_name\":\"x\",\"beneficiary_account\":\"1\",\"bank\":\"Bank Central Asia\","
                        + "\"reference_no\":\"" + reference + "\",\"notes\":\"n\",\"beneficiary_email\":null,\"status\":\"" + status + "\","
                        + "\"created_by\":\"creator\",\"created_at\":\"2026-12-03T10:00:00Z\",\"updated_at\":\"2026-12-03T10:05:00Z\""
                        + (error == null ? "" : ",\"error_code\":\"001\",\"error_message\":\"" + error + "\"") + "}")));
    }

    static String notification(String reference, String status) {
        return "{\"reference_no\":\"" + reference + "\",\"amount\":\"180000.00\",\"status\":\"" + status
                + "\",\"updated_at\":\"2026-12-03T10:0" + status.length() % 10 + ":00Z\"}";
    }

    static String sign(String body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest((body + MERCHANT).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> deliver(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhook/iris"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("Iris-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    static String account() {
        return "7" + String.format("%010d", Math.floorMod(System.nanoTime(), 10_000_000_000L));
    }

    Payout payoutOf(GroupId group) {
        return Callers.as(adminA, () -> payoutReads.recent(500)).stream().filter(p -> p.groupId() == group.value()).findFirst().orElseThrow();
    }

    PayoutStatus status(Payout payout) {
        return Callers.as(adminA, () -> payoutReads.find(payout.id())).orElseThrow().status();
    }
}
