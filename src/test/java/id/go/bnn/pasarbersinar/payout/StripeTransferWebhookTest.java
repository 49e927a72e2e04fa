package id.go.bnn.pasarbersinar.payout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.delivered;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.nextFulfilmentId;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.stripe.Stripe;
import id.go.bnn.pasarbersinar.payment.StripeTransferChanged;
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
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Stripe's transfer webhooks settle Stripe payouts: signed events posted to {@code /webhook/stripe} (the payment
 * module) reach the payout module; WireMock stands in for Stripe's API where the SDK sends the transfer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(EveryTransactionBalances.class)
class StripeTransferWebhookTest {

    static final String WEBHOOK_SECRET = "whsec_transfer_test";
    static final WireMockServer STRIPE = PayoutStripeStandIn.started(WireMockConfiguration.options().globalTemplating(true));
    static final AtomicInteger EVENT = new AtomicInteger();

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry registry) {
        PayoutStripeStandIn.payoutSettings(registry, STRIPE, "sk_test_wiremock");
        registry.add("pasar.payment.stripe.webhook-secret", () -> WEBHOOK_SECRET);
    }

    @LocalServerPort
    int port;
    @Autowired
    OrderEvents events;
    @Autowired
    PayoutRuns runs;

    @Autowired
    Payouts payoutReads;
    @Autowired
    PayoutDestinations destinations;
    @Autowired
    ProducerGroups groups;
    @Autowired
    LedgerStore ledger;
    @Autowired
    EventPublicationRegistry registry;

    final Caller admin = Callers.admin(-81);
    final Instant now = Instant.now();
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_sent_stripe_payout_is_paid_by_transfer_created_and_a_duplicate_or_update_changes_nothing() throws Exception {
        Payout payout = sentStripePayout("Transfer Dibayar", "tr_paid" + System.nanoTime());
        String created = transferEvent("transfer.created", payout, false);
        assertThat(deliver(created).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(payout) == PayoutStatus.PAID);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAID_OUT, payout.groupId())).isEqualTo(payout.amount().rupiah());
        assertThat(ledger.balance(LedgerAccount.GROUP_PAYOUT_IN_PROGRESS, payout.groupId())).isZero();

        long entries = ledger.entryCount();
        assertThat(deliver(created).statusCode()).isEqualTo(200);
        assertThat(deliver(transferEvent("transfer.updated", payout, false)).statusCode()).isEqualTo(200);
        awaitHandled();
        assertThat(ledger.entryCount()).isEqualTo(entries);
        assertThat(status(payout)).isEqualTo(PayoutStatus.PAID);
    }

    @Test
    void a_reversed_transfer_puts_the_money_back_to_available_once_even_after_it_was_paid() throws Exception {
        Payout payout = sentStripePayout("Transfer Ditarik", "tr_rev" + System.nanoTime());
        deliver(transferEvent("transfer.created", payout, false));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(payout) == PayoutStatus.PAID);

        String reversed = transferEvent("transfer.reversed", payout, true);
        assertThat(deliver(reversed).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(payout) == PayoutStatus.REVERSED);
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, payout.groupId())).isEqualTo(payout.amount().rupiah());
        assertThat(ledger.balance(LedgerAccount.GROUP_PAID_OUT, payout.groupId())).isZero();

        long entries = ledger.entryCount();
        deliver(reversed);
        deliver(transferEvent("transfer.updated", payout, true));
        deliver(transferEvent("transfer.created", payout, false));
        awaitHandled();
        assertThat(ledger.entryCount()).isEqualTo(entries);
        assertThat(status(payout)).isEqualTo(PayoutStatus.REVERSED);
    }

    @Test
    void a_reversal_arriving_before_the_creation_leaves_the_payout_reversed() throws Exception {
        Payout payout = sentStripePayout("Transfer Terbalik", "tr_ooo" + System.nanoTime());
        deliver(transferEvent("transfer.reversed", payout, true));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(payout) == PayoutStatus.REVERSED);
        deliver(transferEvent("transfer.created", payout, false));
        awaitHandled();
        assertThat(status(payout)).isEqualTo(PayoutStatus.REVERSED);
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, payout.groupId())).isEqualTo(payout.amount().rupiah());
        assertThat(ledger.balance(LedgerAccount.GROUP_PAYOUT_IN_PROGRESS, payout.groupId())).isZero();
        assertThat(ledger.balance(LedgerAccount.GROUP_PAID_OUT, payout.groupId())).isZero();
    }

    @Test
    void a_transfer_stripe_made_although_we_saw_an_error_is_found_by_its_metadata_and_paid() throws Exception {
        GroupId group = groupWithStripe("Transfer Galat");
        STRIPE.resetAll();
        STRIPE.stubFor(post(urlEqualTo("/v1/transfers")).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong\"}}")));
        Callers.as(admin, () -> runs.run());
        Payout payout = payoutOf(group);
        assertThat(payout.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(payout.stripeTransferId()).isNull();

        Payout withTransfer = new Payout(payout.id(), payout.runId(), payout.groupId(), payout.amount(), payout.method(), payout.destination(),
                payout.status(), "tr_meta" + System.nanoTime(), null, null, null, null, false, payout.createdAt(), payout.updatedAt());
        deliver(transferEvent("transfer.created", withTransfer, false));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(payout) == PayoutStatus.PAID);
        assertThat(payoutOf(group).stripeTransferId()).isEqualTo(withTransfer.stripeTransferId());
        assertThat(ledger.balance(LedgerAccount.GROUP_PAID_OUT, group.value())).isEqualTo(payout.amount().rupiah());
    }

    @Test
    void a_forged_or_foreign_transfer_event_changes_nothing() throws Exception {
        Payout payout = sentStripePayout("Transfer Palsu", "tr_forged" + System.nanoTime());
        String created = transferEvent("transfer.created", payout, false);
        assertThat(postSigned(created, signature("whsec_wrong", created)).statusCode()).isEqualTo(400);
        // A transfer of another amount under our payout's key, and a transfer that is none of ours.
        Payout wrongAmount = new Payout(payout.id(), payout.runId(), payout.groupId(), payout.amount().plus(id.go.bnn.pasarbersinar.shared.Money.rupiah(1)),
                payout.method(), payout.destination(), payout.status(), payout.stripeTransferId(), null, null, null, null, false, payout.createdAt(),
                payout.updatedAt());
        assertThat(deliver(transferEvent("transfer.created", wrongAmount, false)).statusCode()).isEqualTo(200);
        assertThat(deliver(transferEvent("transfer.created", new Payout(999_999_999L, 1, 1, payout.amount(), PayoutMethod.STRIPE, "-",
                PayoutStatus.SENT, "tr_stranger" + System.nanoTime(), null, null, null, null, false, now, now), false)).statusCode()).isEqualTo(200);
        awaitHandled();
        assertThat(status(payout)).isEqualTo(PayoutStatus.SENT);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAID_OUT, payout.groupId())).isZero();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    GroupId groupWithStripe(String name) {
        GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup(name + " " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
        long f = nextFulfilmentId();
        events.publish(paid(f, group.value(), 0, now, 200_000), delivered(f, group.value(), now.minus(Duration.ofDays(8))));
        Callers.as(admin, () -> destinations.setStripe(group, "acct_1Transfer" + (System.nanoTime() % 1_000_000)));
        return group;
    }

    /** A group paid by a run whose transfer Stripe (WireMock) accepted: SENT with the given transfer id. */
    Payout sentStripePayout(String name, String transferPrefix) {
        GroupId group = groupWithStripe(name);
        // One transfer per idempotency key, as Stripe answers (other groups of the run get their own).
        STRIPE.resetAll();
        STRIPE.stubFor(post(urlEqualTo("/v1/transfers")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + transferPrefix + "_{{request.headers.[Idempotency-Key]}}\",\"object\":\"transfer\",\"amount\":18000000,"
                        + "\"currency\":\"idr\",\"reversed\":false}")));
        Callers.as(admin, () -> runs.run());
        Payout payout = payoutOf(group);
        assertThat(payout.status()).isEqualTo(PayoutStatus.SENT);
        assertThat(payout.stripeTransferId()).isEqualTo(transferPrefix + "_" + payout.idempotencyKey());
        return payout;
    }

    Payout payoutOf(GroupId group) {
        return Callers.as(admin, () -> payoutReads.recent(500)).stream().filter(p -> p.groupId() == group.value()).findFirst().orElseThrow();
    }

    PayoutStatus status(Payout payout) {
        return Callers.as(admin, () -> payoutReads.recent(500)).stream().filter(p -> p.id() == payout.id()).findFirst().orElseThrow().status();
    }

    /** Every transfer event handed to the payout module was handled. */
    void awaitHandled() {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> registry.findIncompletePublications().stream()
                .noneMatch(publication -> publication.getEvent() instanceof StripeTransferChanged));
    }

    static String transferEvent(String type, Payout payout, boolean reversed) {
        long minor = payout.amount().rupiah() * 100;
        String transfer = """
                {"id":"%s","object":"transfer","amount":%d,"amount_reversed":%d,"currency":"idr","destination":"acct_1Transfer",\
                "reversed":%s,"transfer_group":"run-%d","metadata":{"payout":"payout-%d"}}""".formatted(payout.stripeTransferId(), minor,
                reversed ? minor : 0, reversed, payout.runId(), payout.id());
        return """
                {"id":"evt_tr_%d_%d","object":"event","api_version":"%s","created":%d,"livemode":false,"pending_webhooks":1,\
                "type":"%s","data":{"object":%s}}""".formatted(EVENT.incrementAndGet(), System.nanoTime(), Stripe.API_VERSION,
                Instant.now().getEpochSecond(), type, transfer);
    }

    HttpResponse<String> deliver(String payload) throws Exception {
        return postSigned(payload, signature(WEBHOOK_SECRET, payload));
    }

    HttpResponse<String> postSigned(String payload, String signature) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhook/stripe"))
                .header("Content-Type", "application/json; charset=utf-8").header("Stripe-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code t=…,v1=HMAC-SHA256(secret, t + "." + payload)}, as Stripe signs. */
    static String signature(String secret, String payload) throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
    }
}
