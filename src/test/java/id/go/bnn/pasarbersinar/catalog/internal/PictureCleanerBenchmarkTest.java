package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What cleaning an uploaded photo costs ({@link PictureCleaner#clean}: decode, redraw, encode afresh), the work that every
 * upload and the demo's first start (186 photos of 1000 × 1000 px) do: 60 seeded photo-like JPEGs of that size, cleaned
 * in three rounds, against the same cleaning through an int RGB raster (what the cleaner drew into before 8 December).
 * Prints milliseconds a photo for both and writes them to {@code target/benchmark-pictures.txt}. Run:
 * {@code ./mvnw -B -o test -Pbenchmark -Dtest=PictureCleanerBenchmarkTest}.
 */
@Tag("benchmark")
class PictureCleanerBenchmarkTest {

    private static final int PHOTOS = 60;
    private static final int SIDE = 1000;

    @Test
    void cleaning_a_photo() throws IOException {
        List<byte[]> uploads = new ArrayList<>();
        Random random = new Random(20261208L);
        for (int i = 0; i < PHOTOS; i++) {
            uploads.add(jpeg(photoLike(random)));
        }
        double bestNow = Double.MAX_VALUE;
        double bestIntRaster = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long started = System.nanoTime();
            List<byte[]> cleaned = new ArrayList<>();
            for (byte[] upload : uploads) {
                cleaned.add(PictureCleaner.clean(upload).data());
            }
            bestNow = Math.min(bestNow, (System.nanoTime() - started) / 1e6 / PHOTOS);
            started = System.nanoTime();
            List<byte[]> throughInts = new ArrayList<>();
            for (byte[] upload : uploads) {
                throughInts.add(throughIntRaster(upload));
            }
            bestIntRaster = Math.min(bestIntRaster, (System.nanoTime() - started) / 1e6 / PHOTOS);
            // The raster's layout changes the time, not the picture.
            for (int i = 0; i < PHOTOS; i++) {
                assertThat(cleaned.get(i)).isEqualTo(throughInts.get(i));
            }
        }
        String report = String.format(Locale.ROOT,
                "Cleaning a %d x %d px JPEG (best of 3 rounds of %d): %.1f ms a photo; through an int RGB raster %.1f ms (%.0f %%)%n",
                SIDE, SIDE, PHOTOS, bestNow, bestIntRaster, 100 * bestNow / bestIntRaster);
        System.out.print(report);
        Path out = Path.of("target/benchmark-pictures.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    /** Gradients, shapes and grain: about as hard to compress as the demo's drawn photos. */
    private static BufferedImage photoLike(Random random) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), SIDE, SIDE, new Color(random.nextInt(0xFFFFFF))));
            g.fillRect(0, 0, SIDE, SIDE);
            for (int i = 0; i < 40; i++) {
                g.setColor(new Color(random.nextInt(0xFFFFFF)));
                g.fillOval(random.nextInt(SIDE), random.nextInt(SIDE), 20 + random.nextInt(300), 20 + random.nextInt(300));
            }
        } finally {
            g.dispose();
        }
        for (int i = 0; i < SIDE * SIDE / 4; i++) {
            int x = random.nextInt(SIDE);
            int y = random.nextInt(SIDE);
            image.setRGB(x, y, image.getRGB(x, y) ^ (random.nextInt(0x10) * 0x010101));
        }
        return image;
    }

    /** The cleaner's steps as they were: decoded, redrawn into an int RGB raster, encoded at the cleaner's quality. */
    private static byte[] throughIntRaster(byte[] upload) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(upload));
        BufferedImage ints = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = ints.createGraphics();
        try {
            g.drawImage(decoded, 0, 0, null);
        } finally {
            g.dispose();
        }
        return PictureCleaner.encodeJpeg(ints);
    }

    /** An upload as a camera's JPEG might be (ImageIO's default quality). */
    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
