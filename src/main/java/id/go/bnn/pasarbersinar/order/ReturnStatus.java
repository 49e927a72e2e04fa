package id.go.bnn.pasarbersinar.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a return stands: requested → accepted → shipped back → received → refunded, or requested → declined →
 * escalated → decided (a request the group leaves unanswered may be escalated too). The service refuses any other move.
 */
public enum ReturnStatus {
    REQUESTED, ACCEPTED, SHIPPED_BACK, RECEIVED, REFUNDED, DECLINED, ESCALATED, DECIDED;

    public Set<ReturnStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(ACCEPTED, DECLINED, ESCALATED);
            case ACCEPTED -> EnumSet.of(SHIPPED_BACK);
            case SHIPPED_BACK -> EnumSet.of(RECEIVED);
            case RECEIVED -> EnumSet.of(REFUNDED, SHIPPED_BACK);
            case DECLINED -> EnumSet.of(ESCALATED);
            case ESCALATED -> EnumSet.of(DECIDED);
            case REFUNDED, DECIDED -> EnumSet.noneOf(ReturnStatus.class);
        };
    }

    public boolean canMoveTo(ReturnStatus target) {
        return next().contains(target);
    }

    /** The translation key of the state as its parties read it. */
    public String messageKey() {
        return switch (this) {
            case REQUESTED -> "order.return.status.requested";
            case ACCEPTED -> "order.return.status.accepted";
            case SHIPPED_BACK -> "order.return.status.shipped_back";
            case RECEIVED -> "order.return.status.received";
            case REFUNDED -> "order.return.status.refunded";
            case DECLINED -> "order.return.status.declined";
            case ESCALATED -> "order.return.status.escalated";
            case DECIDED -> "order.return.status.decided";
        };
    }

    /** Still running: a parcel has at most one open return at a time. */
    public boolean open() {
        return this != REFUNDED && this != DECIDED;
    }
}
