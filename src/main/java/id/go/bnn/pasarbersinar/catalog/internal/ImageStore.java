package id.go.bnn.pasarbersinar.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored pictures and their scaled-down renditions, by the SHA-256 of their bytes. Each row says where its bytes
 * are ({@link ImageBytes.StoredIn}); {@code data} holds them only when that is the database.
 */
@Repository
public class ImageStore {

    private final JdbcClient jdbc;

    ImageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row's type, keeper and data column (null when the bytes are elsewhere). */
    public record Row(String contentType, ImageBytes.StoredIn storedIn, byte[] data) {
    }

    /** A rendition, as the move walks them. */
    public record RenditionKey(String hash, int maxWidth) {
    }

    /** Whether the picture is stored, kept private or not. */
    public boolean exists(String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM stored_image WHERE hash = ?").param(hash).query(Integer.class).single() > 0;
    }

    /** Whether the picture is stored and may be shown to everyone (not {@code kept_private}). */
    public boolean existsForAll(String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM stored_image WHERE hash = ? AND kept_private = FALSE").param(hash).query(Integer.class).single() > 0;
    }

    public void insert(String hash, String contentType, int width, int height, int sizeBytes, byte[] data, ImageBytes.StoredIn storedIn,
            boolean keptPrivate, Instant at) {
        jdbc.sql("INSERT INTO stored_image (hash, content_type, width, height, size_bytes, data, stored_in, kept_private, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(hash, contentType, width, height, sizeBytes, data, storedIn.name(), keptPrivate, Timestamp.from(at))
                .update();
    }

    /** A private picture stored again for everyone (a listing's photo, say) is everyone's from now on. */
    public void showToAll(String hash) {
        jdbc.sql("UPDATE stored_image SET kept_private = FALSE WHERE hash = ? AND kept_private = TRUE").param(hash).update();
    }

    /** The picture; a private one only when {@code privateToo}. */
    public Optional<Row> load(String hash, boolean privateToo) {
        return jdbc.sql("SELECT content_type, stored_in, data FROM stored_image WHERE hash = ? AND (kept_private = FALSE OR ?)")
                .params(hash, privateToo)
                .query((rs, row) -> new Row(rs.getString(1), ImageBytes.StoredIn.valueOf(rs.getString(2)), rs.getBytes(3)))
                .optional();
    }

    /** A kept rendition of the picture; of a private one only when {@code privateToo}. */
    public Optional<Row> rendition(String hash, int maxWidth, boolean privateToo) {
        return jdbc.sql("SELECT r.content_type, r.stored_in, r.data FROM stored_image_rendition r JOIN stored_image i ON i.hash = r.hash "
                        + "WHERE r.hash = ? AND r.max_width = ? AND (i.kept_private = FALSE OR ?)")
                .params(hash, maxWidth, privateToo)
                .query((rs, row) -> new Row(rs.getString(1), ImageBytes.StoredIn.valueOf(rs.getString(2)), rs.getBytes(3)))
                .optional();
    }

    /** Keeps a rendition; DuplicateKeyException when another request (or node) kept the same one first. */
    public void insertRendition(String hash, int maxWidth, String contentType, int width, int height, int sizeBytes, byte[] data,
            ImageBytes.StoredIn storedIn, Instant at) {
        jdbc.sql("INSERT INTO stored_image_rendition (hash, max_width, content_type, width, height, size_bytes, data, stored_in, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(hash, maxWidth, contentType, width, height, sizeBytes, data, storedIn.name(), Timestamp.from(at))
                .update();
    }

    public long countOriginals(ImageBytes.StoredIn storedIn) {
        return jdbc.sql("SELECT COUNT(*) FROM stored_image WHERE stored_in = ?").param(storedIn.name()).query(Long.class).single();
    }

    public long countRenditions(ImageBytes.StoredIn storedIn) {
        return jdbc.sql("SELECT COUNT(*) FROM stored_image_rendition WHERE stored_in = ?").param(storedIn.name()).query(Long.class).single();
    }

    /** The next originals kept in one place, in hash order after {@code afterHash}. */
    public List<String> originalsIn(ImageBytes.StoredIn storedIn, String afterHash, int limit) {
        return jdbc.sql("SELECT hash FROM stored_image WHERE stored_in = ? AND hash > ? ORDER BY hash LIMIT ?")
                .params(storedIn.name(), afterHash, limit)
                .query(String.class)
                .list();
    }

    /** The next renditions kept in one place, in (hash, width) order after the given one. */
    public List<RenditionKey> renditionsIn(ImageBytes.StoredIn storedIn, RenditionKey after, int limit) {
        return jdbc.sql("SELECT hash, max_width FROM stored_image_rendition WHERE stored_in = ? "
                        + "AND (hash > ? OR (hash = ? AND max_width > ?)) ORDER BY hash, max_width LIMIT ?")
                .params(storedIn.name(), after.hash(), after.hash(), after.maxWidth(), limit)
                .query((rs, row) -> new RenditionKey(rs.getString(1), rs.getInt(2)))
                .list();
    }

    /** Says the original's bytes are now kept elsewhere; false when the row was not where {@code from} says. */
    public boolean moveOriginal(String hash, ImageBytes.StoredIn from, ImageBytes.StoredIn to, byte[] data) {
        return jdbc.sql("UPDATE stored_image SET stored_in = ?, data = ? WHERE hash = ? AND stored_in = ?")
                .params(to.name(), data, hash, from.name())
                .update() == 1;
    }

    public boolean moveRendition(RenditionKey key, ImageBytes.StoredIn from, ImageBytes.StoredIn to, byte[] data) {
        return jdbc.sql("UPDATE stored_image_rendition SET stored_in = ?, data = ? WHERE hash = ? AND max_width = ? AND stored_in = ?")
                .params(to.name(), data, key.hash(), key.maxWidth(), from.name())
                .update() == 1;
    }
}
