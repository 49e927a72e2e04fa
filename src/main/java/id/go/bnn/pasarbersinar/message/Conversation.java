package id.go.bnn.pasarbersinar.message;

import java.time.Instant;
import java.util.List;

/**
 * A conversation as one reader sees it: its messages oldest first, and the side the reader is on (null for the
 * curator, who reads but does not write).
 */
public record Conversation(long id, String subject, String groupName, String orderNumber, Side readerSide, boolean reported,
        boolean disputed, List<Post> posts) {

    public Conversation {
        posts = List.copyOf(posts);
    }

    /** One message; {@code mine} when the reader's side wrote it; its photos by image hash (served by
     * {@link Messages#photo} at {@link Messages#photoPath}, never at the public {@code /gambar/…}). */
    public record Post(long id, Side side, String body, Instant createdAt, boolean mine, List<String> photos) {

        public Post {
            photos = List.copyOf(photos);
        }
    }

    public boolean canWrite() {
        return readerSide != null;
    }
}
