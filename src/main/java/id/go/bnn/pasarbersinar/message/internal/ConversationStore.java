package id.go.bnn.pasarbersinar.message.internal;

import id.go.bnn.pasarbersinar.message.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The conversation and message tables: conversations, their messages and photos, each side's last reading and the reports. */
@Component
public class ConversationStore {

    /** A conversation as stored. */
    public record ConversationRow(long id, long groupId, String provinceCode, Long buyerAccountId, String buyerEmail,
            String orderNumber, Long productId, String subject, Instant lastMessageAt,
            Instant reportedAt, Instant disputedAt) {
    }

    /** A message as stored. */
    public record PostRow(long id, Side side, String body, Instant createdAt) {
    }

    /** An inbox line: the conversation and how many messages of the other side came after this side's last reading. */
    public record InboxRow(ConversationRow conversation, int unread) {
    }

    private static final String COLUMNS = "c.id, c.group_id, c.province_code, c.buyer_account_id, c.buyer_email, c.order_number, "
            + "c.product_id, c.subject, c.last_message_at, c.reported_at, c.disputed_at";

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ConversationRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message_conversation c WHERE c.id = ?").param(id).query(ConversationStore::row).optional();
    }

    public Optional<ConversationRow> forOrder(String orderNumber, long groupId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message_conversation c WHERE c.order_number = ? AND c.group_id = ?")
                .params(orderNumber, groupId).query(ConversationStore::row).optional();
    }

    public Optional<ConversationRow> forProduct(long buyerAccountId, long productId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message_conversation c WHERE c.buyer_account_id = ? AND c.product_id = ? "
                + "AND c.order_number IS NULL").params(buyerAccountId, productId).query(ConversationStore::row).optional();
    }

    public long insert(long groupId, String provinceCode, Long buyerAccountId, String buyerEmail, String orderNumber, Long productId,
            String subject, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO message_conversation (group_id, province_code, buyer_account_id, buyer_email, order_number, product_id, "
                        + "subject, created_at, last_message_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(groupId, provinceCode, buyerAccountId, buyerEmail, orderNumber, productId, subject, Timestamp.from(now), Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public long insertPost(long conversationId, Side side, String authorKey, String body, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO message_post (conversation_id, author_side, author_key, body, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(conversationId, side.name(), authorKey, body, Timestamp.from(now)).update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("UPDATE message_conversation SET last_message_at = ?, last_post = ? WHERE id = ?").params(Timestamp.from(now), id, conversationId)
                .update();
        markRead(conversationId, side);
        return id;
    }

    /** How many messages this author wrote since then, in any conversation: the rate limit's count. */
    public int postsSince(String authorKey, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM message_post WHERE author_key = ? AND created_at > ?").params(authorKey, Timestamp.from(since))
                .query(Integer.class).single();
    }

    public List<PostRow> posts(long conversationId) {
        return jdbc.sql("SELECT id, author_side, body, created_at FROM message_post WHERE conversation_id = ? ORDER BY id")
                .param(conversationId)
                .query((rs, row) -> new PostRow(rs.getLong(1), Side.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Ties stored pictures (by hash, in this order) to a message. */
    public void insertPhotos(long postId, List<String> hashes) {
        for (int i = 0; i < hashes.size(); i++) {
            jdbc.sql("INSERT INTO message_photo (post_id, position, image_hash) VALUES (?, ?, ?)").params(postId, i, hashes.get(i)).update();
        }
    }

    /** The photos of every message of a conversation, by message id, each message's in their order. */
    public Map<Long, List<String>> photos(long conversationId) {
        Map<Long, List<String>> photos = new LinkedHashMap<>();
        jdbc.sql("SELECT f.post_id, f.image_hash FROM message_photo f JOIN message_post p ON p.id = f.post_id WHERE p.conversation_id = ? "
                        + "ORDER BY f.post_id, f.position").param(conversationId)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(photo -> photos.computeIfAbsent(photo.getKey(), id -> new ArrayList<>()).add(photo.getValue()));
        return photos;
    }

    /** Whether a message of the conversation carries the photo. */
    public boolean holdsPhoto(long conversationId, String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM message_photo f JOIN message_post p ON p.id = f.post_id WHERE p.conversation_id = ? AND f.image_hash = ?")
                .params(conversationId, hash).query(Integer.class).single() > 0;
    }

    /** This side has read every message of the conversation so far. */
    public void markRead(long conversationId, Side side) {
        String column = side == Side.BUYER ? "buyer_read_post" : "group_read_post";
        jdbc.sql("UPDATE message_conversation SET " + column + " = last_post WHERE id = ?").param(conversationId).update();
    }

    public void report(long conversationId, Side side, Instant now) {
        jdbc.sql("UPDATE message_conversation SET reported_at = ?, reported_by = ? WHERE id = ? AND reported_at IS NULL")
                .params(Timestamp.from(now), side.name(), conversationId).update();
    }

    /** Joins a conversation without a buyer account (a group's first message, a guest's order) to the buyer's account. */
    public void claim(long conversationId, long buyerAccountId) {
        jdbc.sql("UPDATE message_conversation SET buyer_account_id = ? WHERE id = ? AND buyer_account_id IS NULL")
                .params(buyerAccountId, conversationId).update();
    }

    public void dispute(long conversationId, Instant now) {
        jdbc.sql("UPDATE message_conversation SET disputed_at = ? WHERE id = ? AND disputed_at IS NULL")
                .params(Timestamp.from(now), conversationId).update();
    }

    /** A buyer's conversations (by account, or by the orders a guest may open), newest first, with their unread counts. */
    public List<InboxRow> buyerInbox(long buyerAccountId, int limit) {
        return inbox("c.buyer_account_id = ?", Side.BUYER, buyerAccountId, limit);
    }

    public List<InboxRow> groupInbox(long groupId, int limit) {
        return inbox("c.group_id = ?", Side.GROUP, groupId, limit);
    }

    /** Conversations a curator may read: reported or disputed ones of these provinces, newest first. */
    public List<InboxRow> reported(List<String> provinces, int limit) {
        if (provinces.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", provinces.stream().map(p -> "?").toList());
        return jdbc.sql("SELECT " + COLUMNS + ", 0 FROM message_conversation c WHERE (c.reported_at IS NOT NULL OR c.disputed_at IS NOT NULL) "
                        + "AND c.province_code IN (" + marks + ") ORDER BY c.last_message_at DESC, c.last_post DESC, c.id DESC LIMIT " + limit)
                .params(provinces.toArray())
                .query((rs, row) -> new InboxRow(row(rs, row), 0)).list();
    }

    /** Unread messages of all this reader's conversations: the header's count. */
    public int unread(String where, Side side, long value) {
        String read = side == Side.BUYER ? "c.buyer_read_post" : "c.group_read_post";
        return jdbc.sql("SELECT COUNT(*) FROM message_post p JOIN message_conversation c ON c.id = p.conversation_id WHERE " + where
                        + " AND p.author_side <> ? AND p.id > " + read)
                .params(value, side.name()).query(Integer.class).single();
    }

    public int buyerUnread(long buyerAccountId) {
        return unread("c.buyer_account_id = ?", Side.BUYER, buyerAccountId);
    }

    public int groupUnread(long groupId) {
        return unread("c.group_id = ?", Side.GROUP, groupId);
    }

    private List<InboxRow> inbox(String where, Side side, long value, int limit) {
        String read = side == Side.BUYER ? "c.buyer_read_post" : "c.group_read_post";
        return jdbc.sql("SELECT " + COLUMNS + ", (SELECT COUNT(*) FROM message_post p WHERE p.conversation_id = c.id AND p.author_side <> ? "
                        + "AND p.id > " + read + ") FROM message_conversation c WHERE " + where
                        + " ORDER BY c.last_message_at DESC, c.last_post DESC, c.id DESC LIMIT " + limit)
                .params(side.name(), value).query((rs, row) -> new InboxRow(row(rs, row), rs.getInt(12))).list();
    }

    private static ConversationRow row(ResultSet rs, int row) throws SQLException {
        return new ConversationRow(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4, Long.class), rs.getString(5),
                rs.getString(6), (Long) rs.getObject(7, Long.class), rs.getString(8), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)),
                instant(rs.getTimestamp(11)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
