package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.order.OrderDetails;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * A parcel's packing slip, in Indonesian and English as the parcel travels to either kind of buyer: the order number,
 * the sender (so a courier can bring back a parcel nobody takes), the address to write on the parcel, and what goes
 * in it, each item named in both languages when they differ.
 */
@Component
public class PackingSlip {

    /** Who sends the parcel: the group's name, where it is (most precise first) and its contact phone (null: none). */
    public record Sender(String name, List<String> placeLines, String phone) {

        public Sender {
            placeLines = List.copyOf(placeLines);
        }
    }

    public byte[] render(OrderDetails order, OrderDetails.Parcel parcel, Sender sender) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 11);
        document.add(new Paragraph("Pasar Bersinar - " + order.number(), title));
        document.add(new Paragraph("Pengirim / Sender:", bold));
        document.add(new Paragraph(sender.name(), normal));
        for (String line : sender.placeLines()) {
            document.add(new Paragraph(line, normal));
        }
        if (sender.phone() != null && !sender.phone().isBlank()) {
            document.add(new Paragraph("Telp. / Phone: " + sender.phone(), normal));
        }
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Kepada / To:", bold));
        for (String line : order.contact().addressLines()) {
            document.add(new Paragraph(line, normal));
        }
        if (order.contact().notes() != null) {
            document.add(new Paragraph("Catatan / Notes: " + order.contact().notes(), normal));
        }
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {5, 1});
        table.setWidthPercentage(100);
        table.addCell(new Paragraph("Barang / Item", bold));
        table.addCell(new Paragraph("Jumlah / Qty", bold));
        for (OrderDetails.Line line : parcel.lines()) {
            table.addCell(new Paragraph(bothLanguages(line.label()), normal));
            table.addCell(new Paragraph(String.valueOf(line.quantity() - line.refundedQuantity()), normal));
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static String bothLanguages(LocalizedText label) {
        String english = label.in(LocalizedText.ENGLISH);
        return english.equals(label.id()) ? label.id() : label.id() + " / " + english;
    }
}
