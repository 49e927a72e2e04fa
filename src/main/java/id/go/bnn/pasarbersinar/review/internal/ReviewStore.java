package id.go.bnn.pasarbersinar.review.internal;

import id.go.bnn.pasarbersinar.review.Review;
import id.go.bnn.pasarbersinar.review.ReviewStatus;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The review module's tables ({@code review}, {@code review_photo}). Every state change is a conditional update. */
@org.springframework.stereotype.Component
public class ReviewStore {

    private static final String COLUMNS = "r.id, r.order_number, r.line_id, r.product_id, r.group_id, r.province_code, r.author_name, "
            + "r.variant_id, r.variant_en, r.bought_at, r.rating, r.body, r.status, r.in_queue, r.queue_reason, r.report_note, r.answer, "
            + "r.answered_at, r.created_at, r.updated_at";

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new review (no photos yet); its id. */
    public long insert(Review review, Long accountId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO review (order_number, line_id, product_id, group_id, province_code, account_id, author_name, variant_id, "
                        + "variant_en, bought_at, rating, body, status, in_queue, queue_reason, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(review.orderNumber(), review.lineId(), review.productId(), review.groupId(), review.provinceCode(), accountId,
                        review.author(), review.variant().id(), review.variant().en(), Timestamp.from(review.boughtAt()), review.rating(),
                        review.body(), review.status().name(), review.inQueue(), review.queueReason(),
                        Timestamp.from(review.createdAt()), Timestamp.from(review.updatedAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The buyer's edit, if the review is still as it was read ({@code seen}: its last change). */
    public boolean edit(long id, Instant seen, int rating, String body, ReviewStatus status, boolean inQueue, String queueReason, Instant now) {
        return jdbc.sql("UPDATE review SET rating = ?, body = ?, status = ?, in_queue = ?, queue_reason = ?, updated_at = ? "
                        + "WHERE id = ? AND updated_at = ? AND status <> 'HIDDEN'")
                .params(rating, body, status.name(), inQueue, queueReason, Timestamp.from(now), id, Timestamp.from(seen))
                .update() == 1;
    }

    public void replacePhotos(long reviewId, List<String> hashes) {
        jdbc.sql("DELETE FROM review_photo WHERE review_id = ?").param(reviewId).update();
        for (int i = 0; i < hashes.size(); i++) {
            jdbc.sql("INSERT INTO review_photo (review_id, position, image_hash) VALUES (?, ?, ?)").params(reviewId, i, hashes.get(i)).update();
        }
    }

    /** The group's one answer: false when it answered already. */
    public boolean answer(long id, String answer, long accountId, Instant now) {
        return jdbc.sql("UPDATE review SET answer = ?, answered_at = ?, answered_by = ? WHERE id = ? AND answer IS NULL")
                .params(answer, Timestamp.from(now), accountId, id).update() == 1;
    }

    /** Someone reported it: into the curator's queue unless it is there or hidden already. */
    public boolean report(long id, String note) {
        return jdbc.sql("UPDATE review SET in_queue = TRUE, queue_reason = 'REPORTED', report_note = ? "
                        + "WHERE id = ? AND in_queue = FALSE AND status = 'PUBLISHED'")
                .params(note, id).update() == 1;
    }

    /** The curator's decision on a queued review: false when another decision came first. */
    public boolean decide(long id, ReviewStatus status) {
        return jdbc.sql("UPDATE review SET status = ?, in_queue = FALSE WHERE id = ? AND in_queue = TRUE")
                .params(status.name(), id).update() == 1;
    }

    public Optional<Review> find(long id) {
        return withPhotos(jdbc.sql("SELECT " + COLUMNS + " FROM review r WHERE r.id = ?").param(id).query(ReviewStore::review).list())
                .stream().findFirst();
    }

    public List<Review> ofOrder(String orderNumber) {
        return withPhotos(jdbc.sql("SELECT " + COLUMNS + " FROM review r WHERE r.order_number = ?").param(orderNumber)
                .query(ReviewStore::review).list());
    }

    /** Published reviews of the product, newest first. */
    public List<Review> published(long productId, int offset, int limit) {
        return withPhotos(jdbc.sql("SELECT " + COLUMNS + " FROM review r WHERE r.product_id = ? AND r.status = 'PUBLISHED' "
                        + "ORDER BY r.created_at DESC, r.id DESC LIMIT ? OFFSET ?")
                .params(productId, limit, offset).query(ReviewStore::review).list());
    }

    /** How many published reviews of the product gave 1, 2, … 5 stars. */
    public int[] distribution(long productId) {
        int[] counts = new int[5];
        jdbc.sql("SELECT rating, COUNT(*) FROM review WHERE product_id = ? AND status = 'PUBLISHED' GROUP BY rating")
                .param(productId).query(rs -> {
                    counts[rs.getInt(1) - 1] = rs.getInt(2);
                });
        return counts;
    }

    /** The group's reviews (all states), newest first. */
    public List<Review> ofGroup(long groupId, int limit) {
        return withPhotos(jdbc.sql("SELECT " + COLUMNS + " FROM review r WHERE r.group_id = ? ORDER BY r.created_at DESC, r.id DESC LIMIT ?")
                .params(groupId, limit).query(ReviewStore::review).list());
    }

    /** Queued reviews of these provinces (null: all), oldest first. */
    public List<Review> queue(Collection<String> provinces, int limit) {
        if (provinces != null && provinces.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String where = "r.in_queue = TRUE";
        if (provinces != null) {
            where += " AND r.province_code IN (" + String.join(", ", java.util.Collections.nCopies(provinces.size(), "?")) + ")";
            params.addAll(provinces.stream().sorted().toList());
        }
        params.add(limit);
        return withPhotos(jdbc.sql("SELECT " + COLUMNS + " FROM review r WHERE " + where + " ORDER BY r.created_at, r.id LIMIT ?")
                .params(params).query(ReviewStore::review).list());
    }

    private List<Review> withPhotos(List<Review> reviews) {
        if (reviews.isEmpty()) {
            return reviews;
        }
        Map<Long, List<String>> photos = new LinkedHashMap<>();
        List<Long> ids = reviews.stream().map(Review::id).toList();
        jdbc.sql("SELECT review_id, image_hash FROM review_photo WHERE review_id IN (:ids) ORDER BY review_id, position")
                .param("ids", ids)
                .query(rs -> {
                    photos.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return reviews.stream().map(r -> r.withPhotos(photos.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Review review(ResultSet rs, int row) throws SQLException {
        return new Review(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                new LocalizedText(rs.getString(8), rs.getString(9)), instant(rs.getTimestamp(10)), rs.getInt(11), rs.getString(12),
                List.of(), ReviewStatus.valueOf(rs.getString(13)), rs.getBoolean(14), rs.getString(15), rs.getString(16), rs.getString(17),
                instant(rs.getTimestamp(18)), instant(rs.getTimestamp(19)), instant(rs.getTimestamp(20)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
