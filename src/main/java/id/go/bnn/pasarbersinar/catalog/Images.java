package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.ImageBytes;
import id.go.bnn.pasarbersinar.catalog.internal.ImageStorage;
import id.go.bnn.pasarbersinar.catalog.internal.ImageStore;
import id.go.bnn.pasarbersinar.catalog.internal.PictureCleaner;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures content-addressed by SHA-256: the same bytes are stored once, every app node serves them, and their URL
 * never changes meaning, so browsers may cache them for ever. Their rows are in the database; their bytes too, or in an
 * S3-compatible bucket when one is configured ({@link ImageStorage}).
 */
@Service
public class Images {

    /** The largest upload accepted, in bytes. */
    public static final int MAX_BYTES = PictureCleaner.MAX_BYTES;
    /** The most pixels a picture may claim in its header; checked before decoding so a pixel flood costs nothing. */
    public static final long MAX_PIXELS = PictureCleaner.MAX_PIXELS;
    /** The longest side of a stored picture: larger ones are scaled down when stored. */
    public static final int MAX_SIDE = PictureCleaner.MAX_SIDE;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private static final Logger log = LoggerFactory.getLogger(Images.class);

    private final ImageStore store;
    private final ImageStorage storage;
    private final Clock clock;

    Images(ImageStore store, ImageStorage storage, Clock clock) {
        this.store = store;
        this.storage = storage;
        this.clock = clock;
    }

    /** The bytes and type of a stored picture. */
    public record Picture(String hash, String contentType, byte[] data) {
    }

    /**
     * Stores a picture after checking by its content (not its name) that it is a JPEG, PNG or WebP of at most
     * {@link #MAX_BYTES} and {@link #MAX_PIXELS}. It is decoded and encoded again, so what is kept carries no EXIF,
     * GPS, XMP or comments; the camera's orientation is applied and the longest side is at most {@link #MAX_SIDE}.
     * Members of a group, curators, administrators and the shop itself may store pictures.
     *
     * @throws InvalidImageException when the bytes are too large, empty, damaged or not an accepted picture
     * @throws ImageStorageUnavailableException when the store of the bytes cannot keep them now; nothing is stored
     */
    @Transactional
    public ImageRef store(byte[] bytes) {
        requireMayStore();
        return insert(prepare(bytes), false);
    }

    /**
     * Stores a picture that {@link #prepare(byte[])} has already checked and cleaned, with the same rule on who may
     * store it as {@link #store(byte[])}.
     *
     * @throws ImageStorageUnavailableException when the store of the bytes cannot keep them now; nothing is stored
     */
    @Transactional
    public ImageRef store(Prepared picture) {
        requireMayStore();
        return insert(picture, false);
    }

    /**
     * Stores a picture that only some may see (a message's photo): it is never served by {@link #load}, {@link #rendition}
     * or at its public address, only by {@link #privatePicture} to the module that checked who asks. The same bytes
     * stored (or already stored) for everyone stay everyone's. The same rule on who may store it as {@link #store(byte[])}.
     *
     * @throws ImageStorageUnavailableException when the store of the bytes cannot keep them now; nothing is stored
     */
    @Transactional
    public ImageRef storePrivate(Prepared picture) {
        requireMayStore();
        return insert(picture, true);
    }

    /**
     * A picture kept private or not, as uploaded ({@code width} 0) or at one of {@link ImageRef#WIDTHS}, for a module that
     * checked who may see it (the message module: the two sides of a conversation); only the shop itself calls it, so a
     * view or an endpoint cannot skip that check. Empty for an unknown picture or width.
     *
     * @throws ImageStorageUnavailableException when its bytes are in a store that cannot be asked now
     */
    public Optional<Picture> privatePicture(String hash, int width) {
        Caller caller = Caller.current();
        caller.require(caller.system(), "a private picture");
        return width == 0 ? load(hash, true) : rendition(hash, width, true);
    }

    /**
     * Checks and cleans a picture exactly as {@link #store(byte[])} does, without storing it: pure work on the bytes (no
     * database, no caller), so that many pictures can be prepared in parallel or ahead of the transaction that stores them.
     *
     * @throws InvalidImageException when the bytes are too large, empty, damaged or not an accepted picture
     */
    public static Prepared prepare(byte[] bytes) {
        PictureCleaner.Cleaned cleaned = PictureCleaner.clean(bytes);
        return new Prepared(cleaned, sha256(cleaned.data()));
    }

    /** A checked and cleaned picture, made only by {@link #prepare(byte[])}. */
    public static final class Prepared {

        private final PictureCleaner.Cleaned cleaned;
        private final String hash;

        private Prepared(PictureCleaner.Cleaned cleaned, String hash) {
            this.cleaned = cleaned;
            this.hash = hash;
        }

        public String hash() {
            return hash;
        }
    }

    private static void requireMayStore() {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR)
                || (caller.has(Caller.Role.PRODUCER) && !caller.groups().isEmpty()), "storing a picture");
    }

    private ImageRef insert(Prepared picture, boolean keptPrivate) {
        PictureCleaner.Cleaned cleaned = picture.cleaned;
        if (store.exists(picture.hash)) {
            if (!keptPrivate) {
                store.showToAll(picture.hash);
            }
        } else {
            // The bytes first, then the row: a store failing half-way leaves at most an unnamed object, never a row
            // (and so a listing) naming bytes that are not there.
            ImageBytes keeper = storage.forNewPictures();
            byte[] column;
            try {
                column = keeper.keep(ImageBytes.original(picture.hash), cleaned.contentType(), cleaned.data());
            } catch (ImageBytes.ImageBytesUnavailable e) {
                log.warn("A picture was refused because its bytes could not be kept: {}", e.getMessage());
                throw new ImageStorageUnavailableException(e);
            }
            store.insert(picture.hash, cleaned.contentType(), cleaned.width(), cleaned.height(), cleaned.data().length, column,
                    keeper.storedIn(), keptPrivate, Instant.now(clock));
        }
        return new ImageRef(picture.hash, cleaned.width(), cleaned.height());
    }

    /** Whether a picture is stored for everyone to see (not {@linkplain #storePrivate kept private}), without reading its bytes. */
    public boolean exists(String hash) {
        return hash != null && HASH.matcher(hash).matches()
                && store.existsForAll(hash);
    }

    /** Whether a picture is stored, kept private or not (a module checking the hashes it was handed back). */
    public boolean stored(String hash) {
        return hash != null && HASH.matcher(hash).matches() && store.exists(hash);
    }

    /**
     * The picture as stored; empty for an unknown one and for one {@linkplain #storePrivate kept private}.
     *
     * @throws ImageStorageUnavailableException when its bytes are in a store that cannot be asked now
     */
    public Optional<Picture> load(String hash) {
        return load(hash, false);
    }

    private Optional<Picture> load(String hash, boolean privateToo) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        return store.load(hash, privateToo).flatMap(row -> bytesOf(row, ImageBytes.original(hash))
                .map(bytes -> new Picture(hash, row.contentType(), bytes)));
    }

    private Optional<byte[]> bytesOf(ImageStore.Row row, String key) {
        try {
            Optional<byte[]> bytes = storage.of(row.storedIn()).read(key, row.data());
            if (bytes.isEmpty()) {
                log.warn("The bytes of {} are missing from {}", key, row.storedIn());
            }
            return bytes;
        } catch (ImageBytes.ImageBytesUnavailable e) {
            throw new ImageStorageUnavailableException(e);
        }
    }

    /**
     * The picture scaled down to one of {@link ImageRef#WIDTHS}, made on the first request and stored; a picture
     * already that narrow is served as it is. Empty for an unknown picture or width, and for one
     * {@linkplain #storePrivate kept private}.
     *
     * @throws ImageStorageUnavailableException when the bytes are in a store that cannot be asked now
     */
    public Optional<Picture> rendition(String hash, int maxWidth) {
        return rendition(hash, maxWidth, false);
    }

    private Optional<Picture> rendition(String hash, int maxWidth, boolean privateToo) {
        if (hash == null || !HASH.matcher(hash).matches() || !ImageRef.WIDTHS.contains(maxWidth)) {
            return Optional.empty();
        }
        Optional<Picture> stored = store.rendition(hash, maxWidth, privateToo).flatMap(row -> bytesOf(row, ImageBytes.rendition(hash, maxWidth))
                .map(bytes -> new Picture(hash, row.contentType(), bytes)));
        if (stored.isPresent()) {
            return stored;
        }
        return load(hash, privateToo).map(original -> scaled(original, maxWidth));
    }

    private Picture scaled(Picture original, int maxWidth) {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(original.data()));
        } catch (IOException e) {
            return original;
        }
        if (source == null || source.getWidth() <= maxWidth) {
            return original;
        }
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * maxWidth / source.getWidth()));
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(maxWidth, height, PictureCleaner.rasterType(alpha));
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.drawImage(source.getScaledInstance(maxWidth, height, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        } finally {
            g.dispose();
        }
        String format = alpha ? "png" : "jpeg";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(target, format, out);
        } catch (IOException e) {
            return original;
        }
        byte[] bytes = out.toByteArray();
        ImageBytes keeper = storage.forNewPictures();
        try {
            byte[] column = keeper.keep(ImageBytes.rendition(original.hash(), maxWidth), "image/" + format, bytes);
            store.insertRendition(original.hash(), maxWidth, "image/" + format, maxWidth, height, bytes.length, column,
                    keeper.storedIn(), Instant.now(clock));
        } catch (DuplicateKeyException e) {
            // Another request (or node) made the same rendition at the same moment: the bytes are equivalent.
        } catch (ImageBytes.ImageBytesUnavailable e) {
            // Served all the same; the next request makes it again.
            log.warn("A rendition was served without being kept: {}", e.getMessage());
        }
        return new Picture(original.hash(), "image/" + format, bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
