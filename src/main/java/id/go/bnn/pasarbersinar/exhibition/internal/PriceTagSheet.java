package id.go.bnn.pasarbersinar.exhibition.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Draws price tags on A4 sheets, three across and five down, each cut along its border: the product, its variant,
 * the price, the group, and a QR code of the tag's address large enough for a phone's camera at arm's length.
 */
@Component
public class PriceTagSheet {

    /** One tag: {@code variant} null when the product has a single kind. */
    public record Tag(String product, String variant, String price, String group, String address) {
    }

    private static final int COLUMNS = 3;
    private static final float TAG_HEIGHT = 150f;
    private static final float QR_SIZE = 78f;
    private static final int QR_PIXELS_PER_MODULE = 6;

    public byte[] render(String eventName, List<Tag> tags) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        document.add(new Paragraph("Pasar Bersinar - " + eventName, heading));
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (Tag tag : tags) {
            table.addCell(cell(tag));
        }
        for (int i = tags.size() % COLUMNS; i != 0 && i < COLUMNS; i++) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            table.addCell(empty);
        }
        if (tags.isEmpty()) {
            document.add(new Paragraph("-"));
        } else {
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(Tag tag) {
        Font product = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
        Font price = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(TAG_HEIGHT);
        cell.setPadding(6);
        cell.addElement(new Paragraph(tag.product(), product));
        if (tag.variant() != null && !tag.variant().isBlank()) {
            cell.addElement(new Paragraph(tag.variant(), small));
        }
        cell.addElement(new Paragraph(tag.price(), price));
        cell.addElement(new Paragraph(tag.group(), small));
        Image qr = qr(tag.address());
        qr.scaleAbsolute(QR_SIZE, QR_SIZE);
        qr.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(qr);
        return cell;
    }

    private static Image qr(String address) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.ERROR_CORRECTION,
                    ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The tag's address cannot be drawn as a QR code", e);
        }
        int size = matrix.getWidth() * QR_PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, matrix.get(x / QR_PIXELS_PER_MODULE, y / QR_PIXELS_PER_MODULE) ? 0x000000 : 0xFFFFFF);
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", png);
            return Image.getInstance(png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
