package id.go.bnn.pasarbersinar.producer;

/** A curator took a group out of the shop: its products are hidden at once, nothing is deleted. */
public record GroupSuspended(GroupId group, String provinceCode) {
}
