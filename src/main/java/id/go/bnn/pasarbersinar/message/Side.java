package id.go.bnn.pasarbersinar.message;

/** The two sides of a conversation. */
public enum Side {
    BUYER, GROUP;

    public Side other() {
        return this == BUYER ? GROUP : BUYER;
    }
}
