package id.go.bnn.pasarbersinar.message;

/** A new message, for the mail to the other side (which carries a link, never the text). */
public record MessagePosted(long conversationId, long postId, Side authorSide) {
}
