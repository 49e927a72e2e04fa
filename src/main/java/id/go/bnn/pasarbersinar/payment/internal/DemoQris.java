package id.go.bnn.pasarbersinar.payment.internal;

import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.QrImage;
import java.nio.charset.StandardCharsets;

/**
 * The demo provider's QRIS code: an EMVCo merchant-presented payload in the shape QRIS uses (tags 00–63: payload
 * format, dynamic point of initiation, a merchant account under a demo identifier, rupiah, the amount, the merchant
 * name "PASAR BERSINAR DEMO", the order number as bill number, "DEMO NO REAL MONEY" as purpose, CRC-16/CCITT). It is
 * not registered with any acquirer, so a banking app that scans it finds no merchant and no money can move. Drawn as a
 * PNG (the page's policy allows {@code data:} images) so that no script draws it.
 */
public final class DemoQris {

    static final String MERCHANT = "PASAR BERSINAR DEMO";

    private DemoQris() {
    }

    /** The payload for an order of {@code amount}; the order number is its bill number (tag 62, sub-tag 01). */
    public static String payload(String orderNumber, Money amount) {
        StringBuilder qr = new StringBuilder()
                .append(tag("00", "01"))
                .append(tag("01", "12"))
                .append(tag("26", tag("00", "ID.PASARBERSINAR.DEMO") + tag("01", "9360000000000000000") + tag("03", "UMI")))
                .append(tag("51", tag("00", "ID.CO.QRIS.WWW") + tag("02", "ID0000DEMO00000")))
                .append(tag("52", "5499"))
                .append(tag("53", "360"))
                .append(tag("54", Long.toString(amount.rupiah())))
                .append(tag("58", "ID"))
                .append(tag("59", MERCHANT))
                .append(tag("60", "JAKARTA"))
                .append(tag("62", tag("01", orderNumber) + tag("08", "DEMO NO REAL MONEY")))
                .append("6304");
        return qr.append(String.format("%04X", crc16(qr.toString()))).toString();
    }

    /** The payload as a QR code, a PNG {@code data:} address for an image. */
    public static String pngDataUrl(String payload) {
        return QrImage.pngDataUrl(payload);
    }

    /** CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF), as EMVCo's tag 63 asks, over everything before it. */
    static int crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return crc & 0xFFFF;
    }

    private static String tag(String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("EMVCo values are at most 99 characters: " + id);
        }
        return id + String.format("%02d", value.length()) + value;
    }
}
