package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.order.internal.OrderLinks;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * A delivered parcel of a new product (two items at 150.000) of a demo group, bought by a guest with the signed link,
 * shipped by the group and confirmed delivered by the buyer: what a return starts from.
 */
@Component
public class ReturnFixture {

    public static final long PRICE = 150_000;

    public record Delivered(String number, long parcel, long line, long variant, String token, OrderFixture.Group group, String buyerEmail) {
    }

    private final OrderFixture fixture;
    private final Orders orders;
    private final OrderLinks links;

    ReturnFixture(OrderFixture fixture, Orders orders, OrderLinks links) {
        this.fixture = fixture;
        this.orders = orders;
        this.links = links;
    }

    public Delivered delivered(OrderFixture.Group group) {
        long variant = fixture.variant(group, 5, PRICE);
        String email = "retur." + System.nanoTime() + "@contoh.id";
        CheckoutForm form = fixture.form(group.provinceCode(), "Maria Bete", "Jl. El Tari No. 5", null);
        form = new CheckoutForm(form.name(), email, form.phone(), form.provinceCode(), form.regencyCode(), form.districtCode(),
                form.postalCode(), form.street(), form.notes(), null);
        String number = fixture.paidOrder(fixture.cart(variant, 2), form);
        long parcel = fixture.fulfilmentIds(number).getFirst();
        long line = fixture.jdbc().sql("SELECT id FROM order_line WHERE fulfilment_id = ?").param(parcel).query(Long.class).single();
        Callers.as(Callers.producer(-2001, group.id()), () -> orders.markShipped(parcel, "JNE", "RET" + (System.nanoTime() % 1_000_000)));
        String token = links.token(number);
        Callers.signOut();
        orders.confirmDelivery(parcel, token);
        return new Delivered(number, parcel, line, variant, token, group, email);
    }

    public Delivered delivered() {
        return delivered(fixture.ntt());
    }

    /** A small real PNG, as a phone would send it. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, new Color((x * 4) % 256, (y * 5) % 256, 120).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public String token(String number) {
        return links.token(number);
    }

    public String returnStatus(long returnId) {
        return fixture.jdbc().sql("SELECT status FROM order_return WHERE id = ?").param(returnId).query(String.class).single();
    }

    public int returnsOf(long parcel) {
        return fixture.jdbc().sql("SELECT COUNT(*) FROM order_return WHERE fulfilment_id = ?").param(parcel).query(Integer.class).single();
    }

    public long refunded(long parcel) {
        return fixture.jdbc().sql("SELECT refunded FROM fulfilment WHERE id = ?").param(parcel).query(Long.class).single();
    }

    /** The shipping the buyer paid for the parcel. */
    public long shipping(long parcel) {
        return fixture.jdbc().sql("SELECT shipping FROM fulfilment WHERE id = ?").param(parcel).query(Long.class).single();
    }

    /** The most return postage a refund of the parcel may carry: the setting's Rp 100.000 or the parcel's shipping if less. */
    public long postageMax(long parcel) {
        return Math.min(100_000, shipping(parcel));
    }
}
