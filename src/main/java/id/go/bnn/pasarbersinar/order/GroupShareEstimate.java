package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * How much of a parcel goes to its producer group: its items minus the platform's commission at the rate in force at
 * a moment, plus the shipping it charged — what the ledger credits the group when the parcel is paid. An extension
 * point: the payout module (which knows the commission rates and depends on this module) implements it; checkout and
 * the confirmation mail look it up optionally and leave the share out without it.
 */
public interface GroupShareEstimate {

    /**
     * The group's share of one parcel. {@code itemsTotal} is what the buyer pays for the items; a difference to the sum
     * of the lines is treated as the ledger treats it (one more line at the group's rate).
     */
    Money shareOf(long groupId, List<ShareLine> lines, Money itemsTotal, Money shipping, Instant at);

    /** One line of the parcel: its category (for a category's commission rate) and its total. */
    record ShareLine(String categoryCode, Money total) {
    }
}
