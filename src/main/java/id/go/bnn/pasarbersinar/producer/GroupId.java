package id.go.bnn.pasarbersinar.producer;

/** Refers to a producer group from other modules, which never hold the group entity itself. */
public record GroupId(long value) {
}
