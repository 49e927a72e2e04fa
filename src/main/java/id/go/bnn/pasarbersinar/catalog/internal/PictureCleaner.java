package id.go.bnn.pasarbersinar.catalog.internal;

import id.go.bnn.pasarbersinar.catalog.InvalidImageException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an upload into the picture the shop keeps: recognised by its content (JPEG, PNG, WebP), its size and pixel
 * count checked from the header before anything is decoded, then decoded, turned upright as the camera meant,
 * scaled to at most {@link #MAX_SIDE} and encoded afresh, so that no EXIF, GPS, XMP or comment survives: a village
 * photo must not tell where a participant lives.
 */
public final class PictureCleaner {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MAX_SIDE = 2_400;
    private static final Set<String> ACCEPTED_FORMATS = Set.of("jpeg", "png", "webp");

    private PictureCleaner() {
    }

    /** A picture as it is kept: re-encoded, without metadata. */
    public record Cleaned(String contentType, int width, int height, byte[] data) {
    }

    /** @throws InvalidImageException with the key of the message the uploader sees */
    public static Cleaned clean(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidImageException("catalog.upload.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidImageException("catalog.upload.too-large");
        }
        BufferedImage decoded = decode(bytes);
        BufferedImage upright = orient(decoded, ExifOrientation.of(bytes));
        BufferedImage fitted = fit(upright);
        boolean alpha = fitted.getColorModel().hasAlpha();
        byte[] data = alpha ? encodePng(fitted) : encodeJpeg(fitted);
        return new Cleaned(alpha ? "image/png" : "image/jpeg", fitted.getWidth(), fitted.getHeight(), data);
    }

    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new InvalidImageException("catalog.upload.not-an-image");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!ACCEPTED_FORMATS.contains(format)) {
                    throw new InvalidImageException("catalog.upload.unsupported-type");
                }
                reader.setInput(input, true, true);
                // The header's claim, read before a single pixel is decoded: a 20,000 x 20,000 "pixel flood" stops here.
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0) {
                    throw new InvalidImageException("catalog.upload.damaged");
                }
                if (pixels > MAX_PIXELS) {
                    throw new InvalidImageException("catalog.upload.too-many-pixels");
                }
                boolean[] damaged = {false};
                // The JDK's JPEG decoder fills a truncated file with grey and only warns: a damaged photo is refused.
                reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> damaged[0] = true);
                BufferedImage image = reader.read(0);
                if (image == null || damaged[0]) {
                    throw new InvalidImageException("catalog.upload.damaged");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidImageException invalid) {
                throw invalid;
            }
            throw new InvalidImageException("catalog.upload.damaged");
        }
    }

    /** Applies an EXIF orientation (1–8) so that the stored picture stands as the camera meant it. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, typeOf(image));
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static BufferedImage fit(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int longest = Math.max(w, h);
        double scale = longest > MAX_SIDE ? (double) MAX_SIDE / longest : 1.0;
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        // Always redrawn into a plain RGB/ARGB raster: odd colour models (CMYK, 16-bit, indexed) become ordinary.
        BufferedImage target = new BufferedImage(tw, th, typeOf(image));
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (scale < 1.0) {
                g.drawImage(image.getScaledInstance(tw, th, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
            } else {
                g.drawImage(image, 0, 0, null);
            }
        } finally {
            g.dispose();
        }
        return target;
    }

    private static int typeOf(BufferedImage image) {
        return rasterType(image.getColorModel().hasAlpha());
    }

    /**
     * The raster a picture is redrawn into, here and for its renditions: with alpha an int ARGB one, else a 3-byte BGR one,
     * the layout the JDK's JPEG encoder takes as it is (the same bytes as from an int raster, encoded in about three
     * quarters of the time: docs/performance.md, "What the first start does now").
     */
    public static int rasterType(boolean alpha) {
        return alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_3BYTE_BGR;
    }

    static byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.88f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Encoding a JPEG in memory failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] encodePng(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("Encoding a PNG in memory failed", e);
        }
        return out.toByteArray();
    }
}
