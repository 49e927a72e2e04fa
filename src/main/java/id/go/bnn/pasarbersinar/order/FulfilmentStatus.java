package id.go.bnn.pasarbersinar.order;

import java.util.EnumSet;
import java.util.Set;

/** Where a group's parcel stands. The service refuses any move this enum does not allow. */
public enum FulfilmentStatus {
    AWAITING_PAYMENT, PAID, PROCESSING, SHIPPED, DELIVERED, CANCELLED, REFUNDED;

    public Set<FulfilmentStatus> next() {
        return switch (this) {
            case AWAITING_PAYMENT -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(PROCESSING, SHIPPED, CANCELLED, REFUNDED);
            case PROCESSING -> EnumSet.of(SHIPPED, CANCELLED, REFUNDED);
            case SHIPPED -> EnumSet.of(DELIVERED, REFUNDED);
            case DELIVERED -> EnumSet.of(REFUNDED);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(FulfilmentStatus.class);
        };
    }

    public boolean canMoveTo(FulfilmentStatus target) {
        return next().contains(target);
    }

    /** Paid and not yet handed to a courier: the buyer, the group or staff may still cancel it. */
    public boolean cancellable() {
        return this == PAID || this == PROCESSING;
    }

    /** Money was taken for it and some may still go back. */
    public boolean refundable() {
        return this == PAID || this == PROCESSING || this == SHIPPED || this == DELIVERED;
    }
}
