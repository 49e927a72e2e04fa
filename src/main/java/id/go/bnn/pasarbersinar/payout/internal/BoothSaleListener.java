package id.go.bnn.pasarbersinar.payout.internal;

import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_AVAILABLE;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_HELD_AT_BOOTH;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.PLATFORM;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.PLATFORM_BOOTH_SALES;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.PLATFORM_COMMISSION;

import id.go.bnn.pasarbersinar.exhibition.BoothSaleRecorded;
import id.go.bnn.pasarbersinar.payout.CommissionRate;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore.Entry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A booth sale credits the group like an online sale, less the event's commission on booth sales. The goods were
 * handed over at the booth, so the earnings are available at once (no delivery, no holding period). Money the group
 * took itself (cash, its own QRIS) is booked out of available into {@code GROUP_HELD_AT_BOOTH}: the group's payable
 * balance then falls by the commission it owes, and the next payout does not pay the sale a second time. Posted once
 * per sale (its source key), so a replayed event changes nothing.
 */
@Component
class BoothSaleListener {

    private final LedgerStore ledger;

    BoothSaleListener(LedgerStore ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(BoothSaleRecorded sale) {
        String key = "booth:" + sale.saleId();
        if (ledger.isPosted(key)) {
            return;
        }
        long total = sale.total().rupiah();
        CommissionRate rate = new CommissionRate(sale.commissionBps());
        long commission = rate.commissionOf(total);
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.of(PLATFORM_BOOTH_SALES, PLATFORM, -total, "booth sale"));
        entries.add(Entry.of(PLATFORM_COMMISSION, PLATFORM, commission, "commission").atRate(rate.basisPoints()));
        entries.add(Entry.of(GROUP_AVAILABLE, sale.groupId(), total - commission, "booth sale"));
        if (sale.payment().heldByGroup()) {
            entries.add(Entry.of(GROUP_AVAILABLE, sale.groupId(), -total, "held at booth"));
            entries.add(Entry.of(GROUP_HELD_AT_BOOTH, sale.groupId(), total, "held at booth"));
        }
        ledger.post(key, "booth-sale", DESCRIPTION_START + sale.exhibitionName() + " (" + sale.payment() + ")", entries, sale.soldAt(), null);
    }

    static final String DESCRIPTION_START = "Booth sale at ";

    /** The event's name in a booth sale's transaction description (written above), for the group's statement. */
    static String eventName(String description) {
        if (description == null || !description.startsWith(DESCRIPTION_START)) {
            return null;
        }
        String rest = description.substring(DESCRIPTION_START.length());
        int payment = rest.lastIndexOf(" (");
        return payment < 0 ? rest : rest.substring(0, payment);
    }
}
