package id.go.bnn.pasarbersinar.producer;

/** Where a producer group stands with its curator. Only verified groups are shown in the shop. */
public enum Verification {
    PENDING, VERIFIED, SUSPENDED
}
