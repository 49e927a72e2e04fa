package id.go.bnn.pasarbersinar.producer;

/**
 * A group's verification changed: registered (PENDING), verified, suspended, or its suspension lifted. Published inside
 * the transaction that made the change, so a module that keeps its own copy of who is shown (the catalog) can follow
 * it in that same transaction: the shop never shows a suspended group's products after the suspension committed.
 */
public record GroupStandingChanged(GroupId group, Verification verification) {
}
