package id.go.bnn.pasarbersinar.payout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import id.go.bnn.pasarbersinar.testing.ListenersDone;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Payout runs by Stripe (WireMock as Stripe's API) and by bank transfer with four eyes. */
@SpringBootTest
@RecordApplicationEvents
@ExtendWith(EveryTransactionBalances.class)
class PayoutRunsTest {

    static final WireMockServer STRIPE = PayoutStripeStandIn.started(WireMockConfiguration.options());

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry registry) {
        PayoutStripeStandIn.payoutSettings(registry, STRIPE, "sk_test_wiremock");
    }

    @Autowired
    OrderEvents events;
    @Autowired
    PayoutRuns runs;

    @Autowired
    BankTransfers bankTransfers;

    @Autowired
    TransferSettlement settlement;

    @Autowired
    Payouts payoutReads;
    @Autowired
    PayoutDestinations destinations;
    @Autowired
    ProducerGroups groups;
    @Autowired
    LedgerStore ledger;
    @MockitoSpyBean
    PayoutStore store;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents published;
    @Autowired
    ListenersDone listenersDone;
    @Autowired
    Earnings earnings;

    final Caller adminA = Callers.admin(-71);
    final Caller adminB = Callers.admin(-72);
    final Instant now = Instant.now();

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    GroupId groupWithEarnings(String name, long price) {
        GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup(name + " " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
        long f = nextFulfilmentId();
        events.publish(paid(f, group.value(), 0, now, price), delivered(f, group.value(), now.minus(Duration.ofDays(8))));
        return group;
    }

    Payout payoutOf(GroupId group) {
        return Callers.as(adminA, () -> payoutReads.recent(500)).stream().filter(p -> p.groupId() == group.value()).findFirst().orElseThrow();
    }

    @Test
    void a_bank_payout_counts_as_paid_only_when_a_second_administrator_approves_it() {
        GroupId group = groupWithEarnings("Bank Empat Mata", 200_000);
        Callers.as(adminA, () -> destinations.setBank(group, "BRI", "0123-4567-8901", "Koperasi Tenun Fatululi"));
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        assertThat(payout.amount().rupiah()).isEqualTo(180_000);
        assertThat(payout.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, group.value())).isZero();
        assertThat(ledger.balance(LedgerAccount.GROUP_PAYOUT_IN_PROGRESS, group.value())).isEqualTo(180_000);

        Callers.as(adminA, () -> bankTransfers.recordBankTransfer(payout.id(), "BRI-20261123-001", "bukti.pdf", ProofFiles.pdf()));
        assertThatThrownBy(() -> Callers.as(adminA, () -> bankTransfers.approve(payout.id()))).isInstanceOf(PayoutException.class)
                .hasMessage("payout.error.four-eyes");
        assertThat(payoutOf(group).status()).isEqualTo(PayoutStatus.SENT);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAID_OUT, group.value())).isZero();

        Callers.as(adminB, () -> bankTransfers.approve(payout.id()));
        assertThat(payoutOf(group).status()).isEqualTo(PayoutStatus.PAID);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAID_OUT, group.value())).isEqualTo(180_000);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAYOUT_IN_PROGRESS, group.value())).isZero();

        // A second run finds nothing left to pay the group.
        Callers.as(adminA, () -> runs.run());
        assertThat(Callers.as(adminA, () -> payoutReads.recent(500)).stream().filter(p -> p.groupId() == group.value())).hasSize(1);
    }

    @Test
    void a_payout_run_is_written_to_the_staff_decision_log() {
        GroupId group = groupWithEarnings("Bank Log Keputusan", 120_000);
        Callers.as(adminA, () -> destinations.setBank(group, "BRI", "5555-6666", "Kelompok Log"));
        long runId = Callers.as(adminA, () -> runs.run()).runId();
        // The log is written by a listener after the commit: once it has handled the run's decisions, the entry is there.
        published.stream(StaffDecision.class).distinct().forEach(listenersDone::awaitHandled);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_decision WHERE subject_type = 'payout-run' AND subject_id = ? "
                + "AND action = 'run'", Long.class, Long.toString(runId))).isEqualTo(1L);
    }

    @Test
    void the_group_sees_its_payout_account_masked_to_the_last_four_digits_without_separators() {
        GroupId group = groupWithEarnings("Bank Samaran", 90_000);
        Callers.as(adminA, () -> destinations.setBank(group, "Bank NTT", "001-02-03-004567-8", "Koperasi Samaran"));
        Callers.as(adminA, () -> runs.run());
        Payout seenByGroup = Callers.as(Callers.producer(-73, group.value()), () -> earnings.payouts(group)).getFirst();
        assertThat(seenByGroup.destination()).isEqualTo("Bank NTT •••• 5678 a.n. Koperasi Samaran");
        assertThat(Callers.as(Callers.producer(-73, group.value()), () -> destinations.of(group)).orElseThrow().accountNumber())
                .isEqualTo(Destination.mask("001-02-03-004567-8"));
    }

    @Test
    void a_proof_that_is_neither_pdf_nor_image_is_refused_and_nothing_changes() {
        GroupId group = groupWithEarnings("Bank Bukti", 100_000);
        Callers.as(adminA, () -> destinations.setBank(group, "Bank NTT", "987654321", "Kelompok Bukti"));
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        assertThatThrownBy(() -> Callers.as(adminA, () -> bankTransfers.recordBankTransfer(payout.id(), "REF-1", "x.html", "<html>".getBytes())))
                .hasMessage("payout.error.proof-type");
        assertThatThrownBy(() -> Callers.as(adminA, () -> bankTransfers.recordBankTransfer(payout.id(), "", "x.pdf", ProofFiles.pdf())))
                .hasMessage("payout.error.reference");
        // Files that only start like a PDF or a picture are read as what they claim to be, and refused.
        for (byte[] forged : new byte[][] {"%PDF-1.4 not a document at all".getBytes(),
                {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 3}, {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 0}}) {
            assertThatThrownBy(() -> Callers.as(adminA, () -> bankTransfers.recordBankTransfer(payout.id(), "REF-2", "bukti.pdf", forged)))
                    .hasMessage("payout.error.proof-type");
        }
        assertThat(payoutOf(group).status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(payoutOf(group).hasProof()).isFalse();
    }

    @Test
    void a_failed_payout_reversed_goes_back_to_available() {
        GroupId group = groupWithEarnings("Bank Gagal", 100_000);
        Callers.as(adminA, () -> destinations.setBank(group, "Bank NTT", "987654322", "Kelompok Gagal"));
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        Callers.as(adminA, () -> bankTransfers.recordBankTransfer(payout.id(), "REF-GAGAL", "bukti.png",
                ProofFiles.png()));
        Callers.as(adminB, () -> bankTransfers.reject(payout.id(), "Rekening ditutup"));
        Callers.as(adminB, () -> bankTransfers.reverse(payout.id()));
        assertThat(payoutOf(group).status()).isEqualTo(PayoutStatus.REVERSED);
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, group.value())).isEqualTo(90_000);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAYOUT_IN_PROGRESS, group.value())).isZero();
    }

    @Test
    void a_crash_between_stripes_answer_and_our_commit_never_pays_twice() {
        GroupId group = groupWithEarnings("Stripe Crash", 300_000);
        Callers.as(adminA, () -> destinations.setStripe(group, "acct_1CrashTest"));
        STRIPE.resetAll();
        STRIPE.stubFor(post(urlEqualTo("/v1/transfers")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"tr_crash1\",\"object\":\"transfer\",\"amount\":27000000,\"currency\":\"idr\",\"reversed\":false}")));
        STRIPE.stubFor(get(urlPathEqualTo("/v1/transfers/tr_crash1")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"tr_crash1\",\"object\":\"transfer\",\"amount\":27000000,\"currency\":\"idr\",\"reversed\":false}")));
        // The process "dies" after Stripe answered and before our commit: the first markSent throws.
        doThrow(new IllegalStateException("crash before commit")).doCallRealMethod().when(store).markSent(anyLong(), anyString(), any());

        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        assertThat(payout.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(payout.amount().rupiah()).isEqualTo(270_000);

        assertThat(Callers.as(adminA, () -> bankTransfers.retry(payout.id()))).isEqualTo(PayoutStatus.SENT);
        STRIPE.verify(2, postRequestedFor(urlEqualTo("/v1/transfers")).withHeader("Idempotency-Key", equalTo("payout-" + payout.id())));
        STRIPE.verify(postRequestedFor(urlEqualTo("/v1/transfers")).withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("amount=27000000"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("currency=idr"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("transfer_group=run-" + payout.runId())));
        assertThat(payoutOf(group).stripeTransferId()).isEqualTo("tr_crash1");

        assertThat(Callers.as(adminA, () -> settlement.reconcile(payout.id()))).isEqualTo(PayoutStatus.PAID);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAID_OUT, group.value())).isEqualTo(270_000);
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, group.value())).isZero();
        assertThatThrownBy(() -> Callers.as(adminA, () -> bankTransfers.retry(payout.id()))).hasMessage("payout.error.state");
        doCallRealMethod().when(store).markSent(anyLong(), anyString(), any());
    }
}
