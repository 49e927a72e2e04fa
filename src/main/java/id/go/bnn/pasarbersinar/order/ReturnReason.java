package id.go.bnn.pasarbersinar.order;

/** Why a buyer sends items back. The first three are the group's fault: it pays the return shipping. */
public enum ReturnReason {
    DAMAGED, WRONG_ITEM, NOT_AS_DESCRIBED, CHANGED_MIND;

    /** Whether the group pays the return shipping (its fault), or the buyer (changed their mind). */
    public boolean groupPaysShipping() {
        return this != CHANGED_MIND;
    }

    /** The translation key of the reason's name. */
    public String messageKey() {
        return switch (this) {
            case DAMAGED -> "order.return.reason.damaged";
            case WRONG_ITEM -> "order.return.reason.wrong_item";
            case NOT_AS_DESCRIBED -> "order.return.reason.not_as_described";
            case CHANGED_MIND -> "order.return.reason.changed_mind";
        };
    }
}
