package id.go.bnn.pasarbersinar.identity;

/** Refers to a person's account from other modules. */
public record AccountId(long value) {
}
