package id.go.bnn.pasarbersinar.review;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Pictures for the review tests: a small PNG carrying a text chunk (as a phone's metadata would). */
final class ReviewPhotos {

    private ReviewPhotos() {
    }

    static byte[] pngWithComment(String comment) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x60);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] png = out.toByteArray();
        byte[] data = ("Comment\0" + comment).getBytes(StandardCharsets.ISO_8859_1);
        byte[] type = "tEXt".getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type).put(data).putInt((int) crc.getValue());
        int afterHeader = 8 + 25; // signature, then the IHDR chunk
        ByteArrayOutputStream with = new ByteArrayOutputStream();
        with.write(png, 0, afterHeader);
        with.writeBytes(chunk.array());
        with.write(png, afterHeader, png.length - afterHeader);
        return with.toByteArray();
    }
}
