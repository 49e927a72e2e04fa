package id.go.bnn.pasarbersinar.order;

/** Why a buyer sends items back. The first three are the group's fault: it pays the return shipping. */
public enum ReturnReason {
    DAMAGED, WRONG_ITEM, NOT_AS_DESCRIBED, CHANGED_MIND;

    /** Whether the group pays the return shipping (its fault), or the buyer (changed their mind). */
    public boolean groupPaysShipping() {
        return this != CHANGED_MIND;
    }
}
