package id.go.bnn.pasarbersinar.payout;

import java.util.Arrays;

/** The proof of a bank transfer that an administrator uploads: what kind of file it is, read from its content. */
final class TransferProof {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private TransferProof() {
    }

    /**
     * The proof's type by its content, never by its name: PDF, PNG, JPEG or WebP, at most 5 MB. The first bytes only say
     * what the file claims to be; it is then read as that (a PDF with at least one page, a picture with pixels), so a
     * file that merely starts like a PDF is refused.
     */
    static String typeOf(byte[] data) {
        if (data == null || data.length == 0) {
            throw new PayoutException("payout.error.proof-missing");
        }
        if (data.length > MAX_BYTES) {
            throw new PayoutException("payout.error.proof-size");
        }
        String claimed = claimedType(data);
        if (claimed == null || !(claimed.equals("application/pdf") ? readsAsPdf(data) : readsAsPicture(data))) {
            throw new PayoutException("payout.error.proof-type");
        }
        return claimed;
    }

    private static String claimedType(byte[] data) {
        if (startsWith(data, "%PDF-".getBytes())) {
            return "application/pdf";
        }
        if (startsWith(data, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})) {
            return "image/png";
        }
        if (startsWith(data, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        if (data.length > 12 && startsWith(data, "RIFF".getBytes()) && Arrays.equals(Arrays.copyOfRange(data, 8, 12), "WEBP".getBytes())) {
            return "image/webp";
        }
        return null;
    }

    private static boolean readsAsPdf(byte[] data) {
        try {
            org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(data);
            try {
                return reader.getNumberOfPages() > 0;
            } finally {
                reader.close();
            }
        } catch (Exception | StackOverflowError notAPdf) {
            return false;
        }
    }

    private static boolean readsAsPicture(byte[] data) {
        try {
            java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(data));
            return picture != null && picture.getWidth() > 0 && picture.getHeight() > 0;
        } catch (Exception notAPicture) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOfRange(data, 0, prefix.length), prefix);
    }
}
