package id.go.bnn.pasarbersinar.producer;

/** A group's suspension ended: it is back where it stood (verified, or still pending). */
public record GroupSuspensionLifted(GroupId group, String provinceCode, Verification verification) {
}
