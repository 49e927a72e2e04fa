package id.go.bnn.pasarbersinar.catalog.internal;

import id.go.bnn.pasarbersinar.catalog.Images;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored pictures and their scaled-down renditions, by the SHA-256 of their bytes. */
@Repository
public class ImageStore {

    private final JdbcClient jdbc;

    ImageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM stored_image WHERE hash = ?").param(hash).query(Integer.class).single() > 0;
    }

    public void insert(String hash, String contentType, int width, int height, byte[] data, Instant at) {
        jdbc.sql("INSERT INTO stored_image (hash, content_type, width, height, size_bytes, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(hash, contentType, width, height, data.length, data, Timestamp.from(at))
                .update();
    }

    public Optional<Images.Picture> load(String hash) {
        return jdbc.sql("SELECT content_type, data FROM stored_image WHERE hash = ?").param(hash)
                .query((rs, row) -> new Images.Picture(hash, rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    public Optional<Images.Picture> rendition(String hash, int maxWidth) {
        return jdbc.sql("SELECT content_type, data FROM stored_image_rendition WHERE hash = ? AND max_width = ?")
                .params(hash, maxWidth)
                .query((rs, row) -> new Images.Picture(hash, rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /** Keeps a rendition; DuplicateKeyException when another request (or node) kept the same one first. */
    public void insertRendition(String hash, int maxWidth, String contentType, int width, int height, byte[] data, Instant at) {
        jdbc.sql("INSERT INTO stored_image_rendition (hash, max_width, content_type, width, height, size_bytes, data, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(hash, maxWidth, contentType, width, height, data.length, data, Timestamp.from(at))
                .update();
    }
}
