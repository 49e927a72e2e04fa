package id.go.bnn.pasarbersinar.catalog.internal;

import java.util.Optional;

/**
 * Where the bytes of stored pictures are kept: in their own database rows (the default, {@link DatabaseImageBytes}) or
 * as objects in an S3-compatible bucket ({@link S3ImageBytes}, when {@code PASAR_STORAGE_S3_*} is set). The rows of
 * {@code stored_image} and {@code stored_image_rendition} always exist; their {@code stored_in} column names the keeper.
 */
public interface ImageBytes {

    /** What the {@code stored_in} column of a row says. */
    enum StoredIn {
        DATABASE, S3
    }

    StoredIn storedIn();

    /**
     * Keeps the bytes under a key before the row that names them is written, and answers what that row's {@code data}
     * column holds: the bytes themselves in the database, nothing (null) when they are kept elsewhere.
     *
     * @throws ImageBytesUnavailable when they could not be kept; then no row may be written
     */
    byte[] keep(String key, String contentType, byte[] data);

    /**
     * The bytes of a row whose {@code stored_in} names this keeper, given the row's {@code data} column; empty when they
     * are not there.
     *
     * @throws ImageBytesUnavailable when the keeper cannot be asked now
     */
    Optional<byte[]> read(String key, byte[] column);

    /** Lets go of the bytes under a key once no row names this keeper for them any more. */
    void discard(String key);

    /** The key of an uploaded picture. */
    static String original(String hash) {
        return "originals/" + hash;
    }

    /**
     * The key of a rendition: beside the originals, not under them, because a store on a file system (MinIO, s3proxy's
     * file store) cannot hold both a file {@code x} and a folder {@code x/}.
     */
    static String rendition(String hash, int maxWidth) {
        return "renditions/" + hash + "-" + maxWidth;
    }

    /** The keeper could not keep or give bytes now (unreachable, refused, cut off); the message is for the log. */
    class ImageBytesUnavailable extends RuntimeException {

        public ImageBytesUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
