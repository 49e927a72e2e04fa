package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.exhibition.internal.BoothQrisStore;
import id.go.bnn.pasarbersinar.exhibition.internal.BoothQrisStore.Waiting;
import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import id.go.bnn.pasarbersinar.payment.PaymentUnavailableException;
import id.go.bnn.pasarbersinar.payment.QrisCharge;
import id.go.bnn.pasarbersinar.payment.QrisChargePaid;
import id.go.bnn.pasarbersinar.payment.QrisChargeRequest;
import id.go.bnn.pasarbersinar.payment.QrisCharges;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.ShopAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A booth sale paid through the shop's payment provider (online only), by QRIS ({@link BoothPayment#QRIS_PROVIDER}) or
 * by a card on the buyer's own phone ({@link BoothPayment#CARD}): one "booth charge" path for both. The phone sends the
 * sale; it is checked as a sale would be (seller, open event, items at the booth), its items are held on the event's
 * stock (none when what is free does not cover it), it is kept waiting, and a charge of its total by that method is
 * opened in the payment module with the sale's id as key ({@link QrisCharges}: a QR code for QRIS, the card page's
 * address as a QR code and link for a card). The sale is recorded as a booth sale (the platform's money) once the
 * provider confirmed the payment: whichever comes first of the phone's check, the provider's notification
 * ({@link QrisChargePaid}: Midtrans's or Stripe's webhook, the demo page) or the minute job that asks about the sales
 * still waiting (and closes their charge when its time is up). Paying turns the hold into the sale, once; a failed,
 * expired or cancelled charge records nothing and gives the hold back. A paid sale that can no longer be recorded (the
 * event ended, the seller was removed meanwhile) is kept flagged SHORT for the seller and staff.
 */
@Service
public class BoothQris {

    private static final Logger log = LoggerFactory.getLogger(BoothQris.class);

    /** Where a sale stands: the charge (null when it never opened) and, once paid, what became of the sale. */
    public record Progress(String saleKey, QrisCharge.State state, QrisCharge charge, BoothSaleOutcome outcome, String messageKey) {
    }

    private final BoothSales sales;
    private final BoothQrisStore store;
    private final QrisCharges charges;
    private final ProducerGroups groups;
    private final ShopAddress address;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BoothQris(BoothSales sales, BoothQrisStore store, QrisCharges charges, ProducerGroups groups, ShopAddress address, JsonMapper json,
            TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.sales = sales;
        this.store = store;
        this.charges = charges;
        this.groups = groups;
        this.address = address;
        this.json = json;
        this.clock = clock;
    }

    /** Whether the booth can take QRIS through a provider now (the demo's, or Midtrans). */
    public boolean available() {
        return charges.available();
    }

    /** Whether the booth can take a card through a provider now (the demo's, or Stripe). */
    public boolean cardAvailable() {
        return charges.available(PaymentMethod.CARD);
    }

    public boolean isDemo() {
        return charges.isDemo();
    }

    /**
     * Checks the sale, holds its items and opens its charge, or answers the charge already opened for it. Refused with a
     * {@link BoothSaleException} (nothing kept) when the sale could not be recorded, the free stock does not cover it,
     * no provider takes the method, or the provider refused it; when the provider cannot be reached the sale keeps
     * waiting with its hold (the seller may try again with the same sale; the minute job gives the hold back otherwise).
     */
    public QrisCharge start(BoothSale sale, Locale locale) {
        Caller caller = Caller.current();
        if (!caller.isSignedIn()) {
            throw new BoothSaleException("exhibition.booth.error.sign-in");
        }
        if (sale == null || sale.payment() == null || !sale.payment().throughProvider()) {
            throw new BoothSaleException("exhibition.booth.error.payment");
        }
        sales.malformedSale(sale).ifPresent(key -> {
            throw new BoothSaleException(key);
        });
        sales.refusal(sale, caller.accountId()).ifPresent(key -> {
            throw new BoothSaleException(key);
        });
        if (sales.isRecorded(sale.saleKey())) {
            throw new BoothSaleException("exhibition.qris.error.used");
        }
        PaymentMethod method = sale.payment().providerMethod();
        if (!charges.available(method)) {
            throw new BoothSaleException(key(sale.payment(), "error.unavailable"));
        }
        Waiting waiting = new Waiting(sale.saleKey(), sale.exhibitionId(), sale.groupId(), caller.accountId(), sale.total(), json.writeValueAsString(sale),
                "WAITING", clock.instant());
        boolean held = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!store.insert(waiting)) {
                return false;
            }
            if (!sales.hold(sale)) {
                status.setRollbackOnly();
                throw new BoothSaleException("exhibition.qris.error.stock");
            }
            return true;
        }));
        if (!held) {
            Waiting earlier = store.find(sale.saleKey()).orElseThrow();
            BoothSale before = json.readValue(earlier.saleJson(), BoothSale.class);
            if (earlier.sellerId() != caller.accountId() || earlier.total() != sale.total() || before.payment() != sale.payment()
                    || !"WAITING".equals(earlier.status())) {
                throw new BoothSaleException("exhibition.qris.error.used");
            }
        }
        String groupName = groups.findAll(java.util.List.of(new GroupId(sale.groupId()))).values().stream().findFirst()
                .map(group -> group.name()).orElse("#" + sale.groupId());
        try {
            return charges.start(new QrisChargeRequest(sale.saleKey(), Money.rupiah(sale.total()), sale.groupId(), groupName, sales.chargeItems(sale),
                    address.resolve("kasir"), "en".equals(locale.getLanguage()) ? "en" : "id", method));
        } catch (PaymentUnavailableException unreachable) {
            throw new BoothSaleException("exhibition.qris.error.provider");
        } catch (IllegalArgumentException | IllegalStateException refused) {
            log.warn("{} charge of booth sale {} refused: {}", method, sale.saleKey(), refused.getMessage());
            if (charges.find(sale.saleKey()).isEmpty()) {
                fail(sale.saleKey());
            }
            throw new BoothSaleException(key(sale.payment(), "error.refused"));
        }
    }

    /** The phone's check while the buyer pays: asks the provider, and records the sale once it is paid. */
    public Progress check(String saleKey) {
        return settle(ownWaiting(saleKey));
    }

    /** The seller stops waiting (the buyer changed their mind): the charge is closed; paid meanwhile, the sale is recorded. */
    public Progress cancel(String saleKey) {
        Waiting waiting = ownWaiting(saleKey);
        if ("WAITING".equals(waiting.status())) {
            try {
                charges.cancel(saleKey);
            } catch (PaymentUnavailableException unreachable) {
                return new Progress(saleKey, QrisCharge.State.OPEN, null, null, "exhibition.qris.error.provider");
            }
        }
        return settle(waiting);
    }

    /** A card page still open for payment: the event, the total and the page's address, to mail to the buyer. */
    public record CardPage(long exhibitionId, long total, String link) {
    }

    /** The open card page of a sale waiting for its card payment; its seller (or staff) only, else refused. Empty once closed. */
    public Optional<CardPage> openCardPage(String saleKey) {
        Waiting waiting = ownWaiting(saleKey);
        if (!"WAITING".equals(waiting.status())) {
            return Optional.empty();
        }
        return charges.find(waiting.saleKey())
                .filter(charge -> charge.method() == PaymentMethod.CARD && charge.state() == QrisCharge.State.OPEN && charge.payPage() != null)
                .map(charge -> new CardPage(waiting.exhibitionId(), waiting.total(), charge.payPage()));
    }

    @ApplicationModuleListener
    void on(QrisChargePaid paid) {
        store.find(paid.chargeKey()).ifPresent(this::settle);
    }

    /** Sales whose phone stopped asking (switched off, out of coverage): asked about once a minute, closed when due. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "exhibition-booth-qris-waiting")
    void recheckWaiting() {
        for (String key : store.waitingSince(clock.instant().minus(Duration.ofMinutes(1)), 100)) {
            try {
                store.find(key).ifPresent(this::settle);
            } catch (RuntimeException e) {
                log.warn("Booth QRIS sale {} could not be checked now; asked again in a minute", key, e);
            }
        }
    }

    private Waiting ownWaiting(String saleKey) {
        Caller caller = Caller.current();
        if (!caller.isSignedIn()) {
            throw new BoothSaleException("exhibition.booth.error.sign-in");
        }
        Waiting waiting = store.find(saleKey == null ? "" : saleKey).orElseThrow(() -> new BoothSaleException("exhibition.qris.error.unknown"));
        if (waiting.sellerId() != caller.accountId() && !BoothSales.isStaff(caller)) {
            throw new BoothSaleException("exhibition.booth.error.not-seller");
        }
        return waiting;
    }

    /**
     * Records the paid sale once: under the waiting row's lock, so that the phone's check and the provider's news (on
     * another thread or node) arriving at the same moment record it one after the other, the second finding it done.
     * The hold is given back and the sale takes the same pieces in the same transaction; a sale that can no longer be
     * recorded is kept SHORT instead.
     */
    private Progress recordPaid(Waiting waiting, QrisCharge charge) {
        String key = waiting.saleKey();
        return transactions.execute(status -> {
            String event = sales.lockEvent(waiting.exhibitionId());
            String before = store.lockStatus(key).orElse("");
            if ("RECORDED".equals(before)) {
                return done(key, charge);
            }
            BoothSale sale = json.readValue(waiting.saleJson(), BoothSale.class);
            boolean held = "WAITING".equals(before);
            if (held) {
                sales.release(sale);
            }
            BoothSaleOutcome outcome = sales.record(sale, waiting.sellerId());
            if (outcome.result() == BoothSaleOutcome.Result.REFUSED) {
                // Paid, yet no longer recordable (the event ended, the seller was removed meanwhile): the money is real
                // and stays the platform's; the sale is kept SHORT for the seller and staff to see and resolve.
                log.error("Booth sale {} was paid ({}, {}) but cannot be recorded: {}; kept SHORT", key, charge.method(), charge.paymentReference(),
                        outcome.messageKey());
                outcome = sales.recordPaidShort(sale, waiting.sellerId(), ShortReason.ofRefusal(outcome.messageKey()));
                if (held) {
                    sales.giveBackIfEnded(sale, event);
                }
            }
            store.recorded(key, clock.instant());
            return new Progress(key, QrisCharge.State.PAID, charge, outcome, outcome.messageKey());
        });
    }

    /** The charge failed, expired or never opened: the sale stops waiting and its hold is given back, once. */
    private void fail(String key) {
        transactions.executeWithoutResult(status -> {
            Waiting waiting = store.find(key).orElseThrow();
            String event = sales.lockEvent(waiting.exhibitionId());
            if (store.settle(key, "FAILED", clock.instant())) {
                BoothSale sale = json.readValue(waiting.saleJson(), BoothSale.class);
                sales.release(sale);
                sales.giveBackIfEnded(sale, event);
            }
        });
    }

    private Progress settle(Waiting waiting) {
        String key = waiting.saleKey();
        BoothPayment payment = json.readValue(waiting.saleJson(), BoothSale.class).payment();
        if ("RECORDED".equals(waiting.status())) {
            return done(key, charges.find(key).orElse(null));
        }
        Optional<QrisCharge> charge;
        try {
            charge = charges.check(key);
        } catch (PaymentUnavailableException unreachable) {
            return new Progress(key, QrisCharge.State.OPEN, charges.find(key).orElse(null), null, "exhibition.qris.error.provider");
        }
        if (charge.isEmpty()) {
            fail(key);
            return new Progress(key, QrisCharge.State.FAILED, null, null, key(payment, "failed"));
        }
        switch (charge.get().state()) {
            case PAID -> {
                return recordPaid(waiting, charge.get());
            }
            case FAILED, EXPIRED -> {
                fail(key);
                return new Progress(key, charge.get().state(), charge.get(), null,
                        key(payment, charge.get().state() == QrisCharge.State.EXPIRED ? "expired" : "failed"));
            }
            default -> {
                return new Progress(key, QrisCharge.State.OPEN, charge.get(), null, key(payment, "waiting"));
            }
        }
    }

    /** A sale recorded before (or kept SHORT), as it stands. */
    private Progress done(String key, QrisCharge charge) {
        BoothSaleOutcome outcome = sales.outcomeOf(key);
        return new Progress(key, QrisCharge.State.PAID, charge, outcome, outcome == null ? "exhibition.booth.recorded" : outcome.messageKey());
    }

    /** The message of this method: the card's own words where QRIS's would be wrong. */
    private static String key(BoothPayment payment, String what) {
        boolean card = payment == BoothPayment.CARD;
        return switch (what) {
            case "waiting" -> card ? "exhibition.card.waiting" : "exhibition.qris.waiting";
            case "expired" -> card ? "exhibition.card.expired" : "exhibition.qris.expired";
            case "failed" -> card ? "exhibition.card.failed" : "exhibition.qris.failed";
            case "error.unavailable" -> card ? "exhibition.card.error.unavailable" : "exhibition.qris.error.unavailable";
            case "error.refused" -> card ? "exhibition.card.error.refused" : "exhibition.qris.error.refused";
            default -> throw new IllegalArgumentException(what);
        };
    }
}
