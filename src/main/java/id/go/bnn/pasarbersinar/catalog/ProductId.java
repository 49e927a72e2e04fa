package id.go.bnn.pasarbersinar.catalog;

/** Refers to a product from other modules. */
public record ProductId(long value) {
}
