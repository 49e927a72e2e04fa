package id.go.bnn.pasarbersinar.payout;

import static id.go.bnn.pasarbersinar.payout.OrderEvents.delivered;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.nextFulfilmentId;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.paid;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.refunded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.IncompletePublicationsJob;
import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.MovableClock;
import id.go.bnn.pasarbersinar.order.FulfilmentDelivered;
import id.go.bnn.pasarbersinar.order.FulfilmentRefunded;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events that reach the ledger out of order: a delivery or a refund handled before its parcel's payment fails (and
 * stays incomplete in the event publication registry) instead of being dropped or posted wrongly; the periodic job
 * hands it over again and the balances come out right; replaying everything changes nothing.
 */
@SpringBootTest
@ExtendWith(EveryTransactionBalances.class)
class OutOfOrderEventsTest {

    @Autowired
    OrderEvents events;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    IncompletePublicationsJob retry;
    @Autowired
    LedgerStore ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    final long group = 3_000_000 + ThreadLocalRandom.current().nextLong(1_000_000);
    final Instant now = Instant.now();

    @BeforeEach
    @AfterEach
    void reset_the_clock() {
        clock.reset();
    }

    @Test
    void a_delivery_and_a_refund_before_their_payment_end_with_the_right_balances_once_the_job_resubmits_them() {
        long f = nextFulfilmentId();
        FulfilmentDelivered delivery = delivered(f, group, now.minus(Duration.ofDays(8)));
        FulfilmentRefunded refund = refunded("re-early-" + f, f, group, 50_000, 0, false, now);

        publishAndAwaitFailure(delivery);
        publishAndAwaitFailure(refund);
        // Nothing was posted for the parcel: not dropped silently either, the publications are still there.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE group_id = ?").param(group).query(Long.class).single()).isZero();
        assertThat(incomplete(delivery)).isTrue();
        assertThat(incomplete(refund)).isTrue();

        events.publish(paid(f, group, 20_000, now, 100_000, 100_000));
        // Paid: 200.000 items − 10 % commission + 20.000 shipping, all pending; the early events are not applied yet.
        assertThat(ledger.balance(LedgerAccount.GROUP_PENDING, group)).isEqualTo(200_000);
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, group)).isZero();

        assertThat(retry.resubmitOlderThan(Duration.ZERO)).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> !incomplete(delivery) && !incomplete(refund));

        // The refund of 50.000 items gives back 5.000 commission: the group loses 45.000, whichever was handled first.
        assertThat(ledger.balance(LedgerAccount.GROUP_PENDING, group)).isZero();
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, group)).isEqualTo(155_000);

        long entries = groupEntries();
        // Each event is published and waited for until its listeners completed (OrderEvents.publish): handled twice, posted once.
        events.publish(paid(f, group, 20_000, now, 100_000, 100_000), delivery, refund);
        assertThat(groupEntries()).isEqualTo(entries);
        // Other tests may leave publications of their own; none of this parcel's is incomplete, so a job run hands none over.
        retry.resubmitOlderThan(Duration.ZERO);
        assertThat(incomplete(delivery) || incomplete(refund)).isFalse();
        assertThat(groupEntries()).isEqualTo(entries);
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, group)).isEqualTo(155_000);
    }

    @Test
    void the_job_leaves_publications_younger_than_the_setting_alone() {
        long f = nextFulfilmentId();
        FulfilmentDelivered delivery = delivered(f, group, now.minus(Duration.ofDays(8)));
        publishAndAwaitFailure(delivery);
        events.publish(paid(f, group, 0, now, 100_000));
        // Resubmitted now it would succeed (the payment is in), but it is younger than an hour: left alone. The job marks
        // what it hands over (one more attempt) before it returns, so this needs no waiting to see.
        int attempts = attempts(delivery);
        retry.resubmitOlderThan(Duration.ofHours(1));
        assertThat(attempts(delivery)).isEqualTo(attempts);
        assertThat(incomplete(delivery)).isTrue();
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, group)).isZero();

        // An hour later (the shop's clock moved past it) the same call hands it over.
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        retry.resubmitOlderThan(Duration.ofHours(1));
        assertThat(attempts(delivery)).as("handed over").isGreaterThan(attempts);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> !incomplete(delivery));
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, group)).isEqualTo(90_000);
    }

    private void publishAndAwaitFailure(Object event) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(event));
        // The listener ran and failed: the publication is incomplete and was attempted.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> registry.findIncompletePublications().stream()
                .anyMatch(publication -> publication.getEvent().equals(event) && publication.getCompletionAttempts() > 0
                        || publication.getEvent().equals(event) && publication.getStatus().name().equals("FAILED")));
    }

    private int attempts(Object event) {
        return registry.findIncompletePublications().stream().filter(publication -> publication.getEvent().equals(event))
                .mapToInt(publication -> publication.getCompletionAttempts()).max().orElse(Integer.MAX_VALUE); // gone: completed
    }

    private long groupEntries() {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE group_id = ?").param(group).query(Long.class).single();
    }

    private boolean incomplete(Object event) {
        return registry.findIncompletePublications().stream().anyMatch(publication -> publication.getEvent().equals(event));
    }
}
