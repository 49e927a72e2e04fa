package id.go.bnn.pasarbersinar.message;

import java.time.Instant;

/** A line of an inbox: what the conversation is about, with whom, when it last moved and how many messages are unread. */
public record ConversationSummary(long id, String subject, String groupName, String orderNumber, Instant lastMessageAt,
        int unread, boolean reported) {
}
