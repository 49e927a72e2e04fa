package id.go.bnn.pasarbersinar.catalog.internal;

import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Pictures' bytes as objects of one bucket of an S3-compatible store, so that the database keeps only the rows and
 * every app node serves the same bytes. Objects are named by the picture's hash and never change.
 */
final class S3ImageBytes implements ImageBytes {

    /** Also on the object, for whoever serves the bucket directly (a CDN in front of it): the bytes never change. */
    private static final String FOREVER = "public, max-age=31536000, immutable";

    private final S3Client s3;
    private final String bucket;

    S3ImageBytes(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public StoredIn storedIn() {
        return StoredIn.S3;
    }

    @Override
    public byte[] keep(String key, String contentType, byte[] data) {
        try {
            s3.putObject(put -> put.bucket(bucket).key(key).contentType(contentType).contentLength((long) data.length)
                    .cacheControl(FOREVER), RequestBody.fromBytes(data));
            return null;
        } catch (SdkException e) {
            throw new ImageBytesUnavailable("could not put " + key + " into bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<byte[]> read(String key, byte[] column) {
        try {
            return Optional.of(s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new ImageBytesUnavailable("could not get " + key + " from bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void discard(String key) {
        try {
            s3.deleteObject(delete -> delete.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new ImageBytesUnavailable("could not delete " + key + " from bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    String bucket() {
        return bucket;
    }
}
