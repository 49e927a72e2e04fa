package id.go.bnn.pasarbersinar.demo;

import id.go.bnn.pasarbersinar.demo.DemoDataLoader.DemoProduct;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The demo photos drawn once, when the jar is built, and kept in it ({@code demo/photos.zip}, written by {@link #main} in
 * Maven's {@code prepare-package} phase): a first start reads them instead of drawing them again. The archive names the
 * drawing it holds by a key (a SHA-256 over {@code demo/products.tsv} and the drawing classes); a start whose key differs
 * (the drawing changed since the archive was written, e.g. {@code ./mvnw spring-boot:run} after an edit) or that finds no
 * archive draws the photos as before. Either way the bytes are the same: {@code DemoPhotoArchiveTest} checks it.
 */
public final class DemoPhotoArchive {

    static final String RESOURCE = "demo/photos.zip";
    private static final String KEY_ENTRY = "key.txt";
    /** The classes whose code decides the photos' bytes. */
    private static final List<Class<?>> DRAWING = List.of(DemoPictures.class, DemoFabrics.class, DemoObjects.class, DemoBrush.class,
            DemoSets.class, DemoBatik.class, DemoBags.class, DemoCloths.class, DemoDrums.class, DemoGarments.class,
            DemoHomeware.class, DemoPantry.class, DemoTrinkets.class);

    private DemoPhotoArchive() {
    }

    /** Writes the archive of every demo product's photos to the file the first argument names. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long started = System.nanoTime();
        List<DemoProduct> products = DemoDataLoader.interleavedByGroup(DemoDataLoader.readProducts());
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(products, DemoDataLoader.photosOf(products), out);
        }
        System.out.printf("Demo photos drawn into %s in %d ms%n", file, (System.nanoTime() - started) / 1_000_000);
    }

    static void write(List<DemoProduct> products, List<List<byte[]>> photos, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, KEY_ENTRY, key().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < products.size(); i++) {
                for (int j = 0; j < photos.get(i).size(); j++) {
                    entry(zip, name(products.get(i), j), photos.get(i).get(j));
                }
            }
        }
    }

    /** The photos of these products from the archive on the class path, if it is there and holds the current drawing. */
    static Optional<List<List<byte[]>>> read(List<DemoProduct> products) {
        InputStream resource = DemoPhotoArchive.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (resource == null) {
            return Optional.empty();
        }
        try (ZipInputStream zip = new ZipInputStream(resource)) {
            return read(products, zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<List<List<byte[]>>> read(List<DemoProduct> products, ZipInputStream zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            entries.put(entry.getName(), zip.readAllBytes());
        }
        byte[] key = entries.get(KEY_ENTRY);
        if (key == null || !new String(key, StandardCharsets.UTF_8).equals(key())) {
            return Optional.empty();
        }
        List<List<byte[]>> photos = new ArrayList<>();
        for (DemoProduct product : products) {
            List<byte[]> own = new ArrayList<>();
            for (int j = 0; entries.containsKey(name(product, j)); j++) {
                own.add(entries.get(name(product, j)));
            }
            if (own.isEmpty()) {
                return Optional.empty();
            }
            photos.add(List.copyOf(own));
        }
        return Optional.of(List.copyOf(photos));
    }

    private static String name(DemoProduct product, int view) {
        return "photos/" + Long.toHexString(DemoPictures.seedOf(product.groupKey(), product.titleEn())) + "-" + view + ".jpg";
    }

    /** A SHA-256 over the product list and the drawing classes' bytes: what decides the photos. */
    static String key() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(resource("demo/products.tsv"));
            for (Class<?> drawing : DRAWING) {
                digest.update(resource(drawing.getName().replace('.', '/') + ".class"));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoPhotoArchive.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stored, not deflated: JPEG does not shrink, and reading stays cheap. */
    private static void entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    static byte[] toBytes(List<DemoProduct> products, List<List<byte[]>> photos) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(products, photos, out);
        return out.toByteArray();
    }
}
