package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.exhibition.internal.BoothQrisStore;
import id.go.bnn.pasarbersinar.exhibition.internal.BoothQrisStore.Waiting;
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
 * A booth sale paid by QRIS through the shop's payment provider (online only). The phone sends the sale; it is checked
 * as a sale would be (seller, open event, items at the booth, the stock covering it now), kept waiting, and a QRIS
 * charge of its total is opened in the payment module with the sale's id as key. The sale is recorded as a booth sale
 * ({@link BoothPayment#QRIS_PROVIDER}, the platform's money) once the provider confirmed the payment: whichever comes
 * first of the phone's check, the provider's notification ({@link QrisChargePaid}) or the minute job that asks about
 * the sales still waiting (and closes their charge when its time is up). A failed or expired charge records nothing.
 * The stock is taken when the payment is confirmed: another phone that sold the last piece meanwhile makes it SHORT.
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

    public boolean isDemo() {
        return charges.isDemo();
    }

    /**
     * Checks the sale and opens its charge, or answers the charge already opened for it. Refused with a
     * {@link BoothSaleException} (nothing kept) when the sale could not be recorded, the stock does not cover it now, no
     * provider takes QRIS, or the provider cannot be reached (the seller may try again with the same sale).
     */
    public QrisCharge start(BoothSale sale, Locale locale) {
        Caller caller = Caller.current();
        if (!caller.isSignedIn()) {
            throw new BoothSaleException("exhibition.booth.error.sign-in");
        }
        if (sale == null || sale.payment() != BoothPayment.QRIS_PROVIDER) {
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
        if (!available()) {
            throw new BoothSaleException("exhibition.qris.error.unavailable");
        }
        if (!sales.covered(sale)) {
            throw new BoothSaleException("exhibition.qris.error.stock");
        }
        Waiting waiting = new Waiting(sale.saleKey(), sale.exhibitionId(), sale.groupId(), caller.accountId(), sale.total(), json.writeValueAsString(sale),
                "WAITING", clock.instant());
        if (!store.insert(waiting)) {
            Waiting earlier = store.find(sale.saleKey()).orElseThrow();
            if (earlier.sellerId() != caller.accountId() || earlier.total() != sale.total() || !"WAITING".equals(earlier.status())) {
                throw new BoothSaleException("exhibition.qris.error.used");
            }
        }
        String groupName = groups.findAll(java.util.List.of(new GroupId(sale.groupId()))).values().stream().findFirst()
                .map(group -> group.name()).orElse("#" + sale.groupId());
        try {
            return charges.start(new QrisChargeRequest(sale.saleKey(), Money.rupiah(sale.total()), sale.groupId(), groupName, sales.chargeItems(sale),
                    address.resolve("kasir"), "en".equals(locale.getLanguage()) ? "en" : "id"));
        } catch (PaymentUnavailableException unreachable) {
            throw new BoothSaleException("exhibition.qris.error.provider");
        } catch (IllegalArgumentException | IllegalStateException refused) {
            log.warn("QRIS charge of booth sale {} refused: {}", sale.saleKey(), refused.getMessage());
            throw new BoothSaleException("exhibition.qris.error.refused");
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
     */
    private Progress recordPaid(Waiting waiting, QrisCharge charge) {
        String key = waiting.saleKey();
        return transactions.execute(status -> {
            if ("RECORDED".equals(store.lockStatus(key).orElse(""))) {
                return new Progress(key, QrisCharge.State.PAID, charge, sales.outcomeOf(key), "exhibition.booth.recorded");
            }
            BoothSale sale = json.readValue(waiting.saleJson(), BoothSale.class);
            BoothSaleOutcome outcome = sales.record(sale, waiting.sellerId());
            if (outcome.result() == BoothSaleOutcome.Result.REFUSED) {
                // Paid, yet no longer recordable (the event ended, the seller was removed meanwhile): the money is
                // real and stays the platform's; staff find the sale waiting here and in the payment's log.
                log.error("Booth sale {} was paid by QRIS ({}) but cannot be recorded: {}", key, charge.paymentReference(), outcome.messageKey());
                return new Progress(key, QrisCharge.State.PAID, charge, outcome, outcome.messageKey());
            }
            store.settle(key, "RECORDED", clock.instant());
            return new Progress(key, QrisCharge.State.PAID, charge, outcome, outcome.messageKey());
        });
    }

    private Progress settle(Waiting waiting) {
        String key = waiting.saleKey();
        if ("RECORDED".equals(waiting.status())) {
            return new Progress(key, QrisCharge.State.PAID, charges.find(key).orElse(null), sales.outcomeOf(key), "exhibition.booth.recorded");
        }
        Optional<QrisCharge> charge;
        try {
            charge = charges.check(key);
        } catch (PaymentUnavailableException unreachable) {
            return new Progress(key, QrisCharge.State.OPEN, charges.find(key).orElse(null), null, "exhibition.qris.error.provider");
        }
        if (charge.isEmpty()) {
            store.settle(key, "FAILED", clock.instant());
            return new Progress(key, QrisCharge.State.FAILED, null, null, "exhibition.qris.failed");
        }
        switch (charge.get().state()) {
            case PAID -> {
                return recordPaid(waiting, charge.get());
            }
            case FAILED, EXPIRED -> {
                store.settle(key, "FAILED", clock.instant());
                return new Progress(key, charge.get().state(), charge.get(), null,
                        charge.get().state() == QrisCharge.State.EXPIRED ? "exhibition.qris.expired" : "exhibition.qris.failed");
            }
            default -> {
                return new Progress(key, QrisCharge.State.OPEN, charge.get(), null, "exhibition.qris.waiting");
            }
        }
    }
}
