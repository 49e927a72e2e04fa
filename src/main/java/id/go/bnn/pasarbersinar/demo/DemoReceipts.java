package id.go.bnn.pasarbersinar.demo;

import static id.go.bnn.pasarbersinar.demo.DemoOrderPlan.WIB;

import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

/** What the demo administrator records for a bank payout: the bank's reference and the receipt saved from the bank. */
final class DemoReceipts {

    private DemoReceipts() {
    }

    static String bankReference(Payout payout, Instant at) {
        return "TRF-" + DateTimeFormatter.ofPattern("yyyyMMdd").format(at.atZone(WIB)) + "-" + String.format("%05d", 10_000 + payout.id());
    }

    /** A one-page transfer receipt as PDF, marked DEMO: what an administrator would save from the bank's web site. */
    static byte[] proofDocument(Payout payout, String reference, Instant at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(420, 260), 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("BUKTI TRANSFER (DEMO)", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
        document.add(new Paragraph("Tanggal: " + ShopTime.dateTime(at, LocalizedText.INDONESIAN), body));
        document.add(new Paragraph("Referensi: " + reference, body));
        document.add(new Paragraph("Jumlah: " + payout.amount().format(), body));
        document.add(new Paragraph("Ke: " + payout.destination(), body));
        document.add(new Paragraph("Pencairan Pasar Bersinar #" + payout.id(), body));
        document.add(new Paragraph("Data demo: tidak ada uang sungguhan / demo data: no real money", body));
        document.close();
        return out.toByteArray();
    }
}
