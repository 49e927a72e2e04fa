package id.go.bnn.pasarbersinar.catalog.internal;

import java.util.Optional;

/** The default: a picture's bytes are in its own row, so there is nothing else to keep, read or forget. */
final class DatabaseImageBytes implements ImageBytes {

    @Override
    public StoredIn storedIn() {
        return StoredIn.DATABASE;
    }

    @Override
    public byte[] keep(String key, String contentType, byte[] data) {
        return data;
    }

    @Override
    public Optional<byte[]> read(String key, byte[] column) {
        return Optional.ofNullable(column);
    }

    @Override
    public void discard(String key) {
        // The bytes leave with the row's data column.
    }
}
