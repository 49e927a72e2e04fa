package id.go.bnn.pasarbersinar.message;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Products to ask about, paid orders to talk about and reads of the message tables, for the message tests. Every
 * product, buyer and order is new, so the tests sharing the database never meet each other's conversations.
 */
@Component
public class MessageFixture {

    private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(-720_000 - (System.nanoTime() % 10_000) * 10);

    private final OrderFixture orders;
    private final Orders orderService;

    MessageFixture(OrderFixture orders, Orders orderService) {
        this.orders = orders;
        this.orderService = orderService;
    }

    public OrderFixture orders() {
        return orders;
    }

    /** An account id nobody else uses (the tests' callers need not have a row in the account table). */
    public long account() {
        return NEXT_ACCOUNT.decrementAndGet();
    }

    /** The slug of a new public product of the NTT demo group. */
    public String product(String title) {
        long variant = orders.variant(orders.ntt(), 5, 120_000, title);
        return orders.jdbc().sql("SELECT p.slug FROM product p JOIN product_variant v ON v.product_id = p.id WHERE v.id = ?").param(variant)
                .query(String.class).single();
    }

    /** A paid guest order of one NTT product, bought by this address; returns its number. */
    public String guestOrder(String buyerEmail) {
        long variant = orders.variant(orders.ntt(), 5, 150_000, "Tas percakapan");
        var form = orders.form();
        form = new id.go.bnn.pasarbersinar.order.CheckoutForm(form.name(), buyerEmail, form.phone(), form.provinceCode(), form.regencyCode(),
                form.districtCode(), form.postalCode(), form.street(), form.notes(), null);
        return orders.paidOrder(orders.cart(variant, 1), form);
    }

    /** The signature of the order's link, as its mail carries it. */
    public String token(String orderNumber) {
        return Caller.runAsSystem(() -> orderService.linkToken(orderNumber));
    }

    public int posts(long conversationId) {
        return orders.jdbc().sql("SELECT COUNT(*) FROM message_post WHERE conversation_id = ?").param(conversationId).query(Integer.class).single();
    }

    public int conversationsOfOrder(String orderNumber) {
        return orders.jdbc().sql("SELECT COUNT(*) FROM message_conversation WHERE order_number = ?").param(orderNumber).query(Integer.class).single();
    }

    /** A small PNG carrying a text chunk (as a phone's metadata would), different for each comment. */
    public static byte[] photo(String comment) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        int tint = comment.hashCode();
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, ((x * 4) << 16 | (y * 5) << 8 | 0x60) ^ (tint & 0x0f0f0f));
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] png = out.toByteArray();
        byte[] data = ("Comment\0" + comment).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] type = "tEXt".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type);
        crc.update(data);
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type).put(data).putInt((int) crc.getValue());
        int afterHeader = 8 + 25; // signature, then the IHDR chunk
        java.io.ByteArrayOutputStream with = new java.io.ByteArrayOutputStream();
        with.write(png, 0, afterHeader);
        with.writeBytes(chunk.array());
        with.write(png, afterHeader, png.length - afterHeader);
        return with.toByteArray();
    }

    public int photos(long conversationId) {
        return orders.jdbc().sql("SELECT COUNT(*) FROM message_photo f JOIN message_post p ON p.id = f.post_id WHERE p.conversation_id = ?")
                .param(conversationId).query(Integer.class).single();
    }

    public static List<String> bodiesTo(String address) {
        return TestMailServer.mailsTo(address).stream().map(mail -> GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="))
                .toList();
    }
}
