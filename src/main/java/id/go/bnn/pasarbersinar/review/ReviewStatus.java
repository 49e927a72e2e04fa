package id.go.bnn.pasarbersinar.review;

/** PUBLISHED: shown and counted; HELD: waits for the curator (a link or a phone number in it); HIDDEN: the curator hid it. */
public enum ReviewStatus {
    PUBLISHED, HELD, HIDDEN
}
