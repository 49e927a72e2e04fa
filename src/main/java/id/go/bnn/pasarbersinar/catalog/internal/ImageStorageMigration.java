package id.go.bnn.pasarbersinar.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves the bytes of stored pictures between the database and the S3-compatible bucket, one picture at a time: the
 * bytes are put where they go, then the row is changed to name that place (each change committed on its own), then the
 * old copy is let go. Interrupted anywhere, every row still names bytes that are there, and a new run goes on with
 * the rows still in the old place. The shop keeps serving meanwhile: it reads each row from where that row says.
 */
@Component
public class ImageStorageMigration {

    private static final Logger log = LoggerFactory.getLogger(ImageStorageMigration.class);
    private static final int PAGE = 100;
    private static final int LOG_EVERY = 100;

    private final ImageStore store;
    private final ImageStorage storage;

    ImageStorageMigration(ImageStore store, ImageStorage storage) {
        this.store = store;
        this.storage = storage;
    }

    /** What a run did: pictures (originals and renditions) moved, and rows whose bytes were not found. */
    public record Outcome(long moved, long missing) {
    }

    /** @throws ImageBytes.ImageBytesUnavailable when a store fails; what was moved stays moved */
    public Outcome toS3() {
        return move(storage.database(), storage.s3().orElseThrow(() -> new IllegalStateException(
                "moving pictures to S3 needs PASAR_STORAGE_S3_BUCKET (and the other PASAR_STORAGE_S3_* settings)")));
    }

    /** @throws ImageBytes.ImageBytesUnavailable when a store fails; what was moved stays moved */
    public Outcome toDatabase() {
        return move(storage.s3().orElseThrow(() -> new IllegalStateException(
                "moving pictures back from S3 needs the PASAR_STORAGE_S3_* settings of the bucket they are in")), storage.database());
    }

    private Outcome move(ImageBytes from, ImageBytes to) {
        Progress progress = new Progress(from.storedIn(), to.storedIn(),
                store.countOriginals(from.storedIn()) + store.countRenditions(from.storedIn()));
        log.info("Moving {} pictures (originals and renditions) from {} to {}", progress.total, from.storedIn(), to.storedIn());
        String afterHash = "";
        for (List<String> page; !(page = store.originalsIn(from.storedIn(), afterHash, PAGE)).isEmpty(); ) {
            for (String hash : page) {
                moveOriginal(hash, from, to, progress);
                afterHash = hash;
            }
        }
        ImageStore.RenditionKey after = new ImageStore.RenditionKey("", 0);
        for (List<ImageStore.RenditionKey> page; !(page = store.renditionsIn(from.storedIn(), after, PAGE)).isEmpty(); ) {
            for (ImageStore.RenditionKey rendition : page) {
                moveRendition(rendition, from, to, progress);
                after = rendition;
            }
        }
        log.info("Moved {} of {} pictures from {} to {}; {} not found", progress.moved, progress.total, from.storedIn(), to.storedIn(),
                progress.missing);
        return new Outcome(progress.moved, progress.missing);
    }

    private void moveOriginal(String hash, ImageBytes from, ImageBytes to, Progress progress) {
        String key = ImageBytes.original(hash);
        Optional<ImageStore.Row> row = store.load(hash, true).filter(found -> found.storedIn() == from.storedIn());
        Optional<byte[]> bytes = row.flatMap(found -> from.read(key, found.data()));
        if (row.isPresent() && bytes.isEmpty()) {
            progress.missing(key);
        } else if (row.isPresent()) {
            byte[] column = to.keep(key, row.get().contentType(), bytes.get());
            if (store.moveOriginal(hash, from.storedIn(), to.storedIn(), column)) {
                letGo(from, key);
                progress.moved();
            }
        }
    }

    private void moveRendition(ImageStore.RenditionKey rendition, ImageBytes from, ImageBytes to, Progress progress) {
        String key = ImageBytes.rendition(rendition.hash(), rendition.maxWidth());
        Optional<ImageStore.Row> row = store.rendition(rendition.hash(), rendition.maxWidth(), true).filter(found -> found.storedIn() == from.storedIn());
        Optional<byte[]> bytes = row.flatMap(found -> from.read(key, found.data()));
        if (row.isPresent() && bytes.isEmpty()) {
            progress.missing(key);
        } else if (row.isPresent()) {
            byte[] column = to.keep(key, row.get().contentType(), bytes.get());
            if (store.moveRendition(rendition, from.storedIn(), to.storedIn(), column)) {
                letGo(from, key);
                progress.moved();
            }
        }
    }

    /** The old copy is named by no row any more; one left behind is only wasted space. */
    private static void letGo(ImageBytes from, String key) {
        try {
            from.discard(key);
        } catch (ImageBytes.ImageBytesUnavailable e) {
            log.warn("Could not let go of the old copy of {}: {}", key, e.getMessage());
        }
    }

    private static final class Progress {

        private final ImageBytes.StoredIn from;
        private final ImageBytes.StoredIn to;
        private final long total;
        private long moved;
        private long missing;

        Progress(ImageBytes.StoredIn from, ImageBytes.StoredIn to, long total) {
            this.from = from;
            this.to = to;
            this.total = total;
        }

        void moved() {
            moved++;
            if (moved % LOG_EVERY == 0) {
                log.info("Moved {} of {} pictures from {} to {} ({}%)", moved, total, from, to, total == 0 ? 100 : moved * 100 / total);
            }
        }

        void missing(String key) {
            missing++;
            log.error("The bytes of {} are not in {}: its row stays as it is", key, from);
        }
    }
}
