package id.go.bnn.pasarbersinar.catalog;

/**
 * The picture was fine but its bytes could not be kept or read now (the S3-compatible store was unreachable, refused
 * or cut the upload off). Nothing was stored: no row names bytes that are not there. The uploader is told to try again.
 */
public class ImageStorageUnavailableException extends InvalidImageException {

    public ImageStorageUnavailableException(Throwable cause) {
        super("catalog.upload.storage-unavailable");
        initCause(cause);
    }
}
