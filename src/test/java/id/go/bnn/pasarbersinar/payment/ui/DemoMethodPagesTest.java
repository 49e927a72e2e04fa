package id.go.bnn.pasarbersinar.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.payment.CheckoutRequest;
import id.go.bnn.pasarbersinar.payment.Orders;
import id.go.bnn.pasarbersinar.payment.PaymentEvents;
import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import id.go.bnn.pasarbersinar.payment.PaymentRedirect;
import id.go.bnn.pasarbersinar.payment.Payments;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The demo pages of a method chosen at checkout: a QRIS page whose code a reader decodes to a payload naming the
 * amount and the order, a virtual account page with bank, number, amount and deadline, an e-wallet page; each says
 * no real money moves, and its buttons decide the payment as the provider would.
 */
@SpringBootTest
@Import(PaymentEvents.class)
class DemoMethodPagesTest extends SpringBrowserlessTest {

    static final String INJECTION = "</script><img src=x onerror=alert(1)>";

    @Autowired
    Payments payments;
    @Autowired
    PaymentEvents events;

    private PaymentRedirect open(String order, PaymentMethod method, String itemName, String groupName, Instant until) {
        CheckoutRequest r = Orders.twoParcels(order, itemName, groupName);
        return payments.startCheckout(new CheckoutRequest(r.orderNumber(), r.buyerEmail(), r.total(), r.parcels(), r.successUrl(),
                r.cancelUrl(), until, r.language(), method));
    }

    private PaymentRedirect open(String order, PaymentMethod method) {
        return open(order, method, "Tenun Ikat Sumba", "Kelompok Harapan Baru", null);
    }

    private void show(PaymentRedirect redirect) {
        navigate(redirect.url().substring(1), DemoPaymentView.class);
    }

    private String banner() {
        return $(Paragraph.class).withClassName("pb-demo-payment-banner").first().getText();
    }

    @Test
    void the_qris_page_shows_a_code_a_reader_decodes_to_the_amount_and_the_order_number() throws Exception {
        String order = Orders.newOrderNumber();
        show(open(order, PaymentMethod.QRIS));

        assertThat(banner()).startsWith("DEMO — tidak ada uang sungguhan");
        assertThat($(H1.class).first().getText()).isEqualTo("QRIS (demo)");
        Image code = $(Image.class).withClassName("pb-demo-qris").single();
        String payload = decode(code.getSrc());

        Map<String, String> tags = tlv(payload);
        assertThat(tags).containsEntry("00", "01").containsEntry("53", "360").containsEntry("54", "180000")
                .containsEntry("58", "ID").containsEntry("59", "PASAR BERSINAR DEMO");
        assertThat(tlv(tags.get("62"))).containsEntry("01", order).containsEntry("08", "DEMO NO REAL MONEY");
        assertThat(tags.get("63")).isEqualTo(String.format("%04X", crc16(payload.substring(0, payload.length() - 4))));
        assertThat(code.getAlt().orElseThrow()).contains("Rp 180.000");
        assertThat($view(Button.class).all()).extracting(Button::getText).containsExactly("Sudah bayar (demo)", "Biarkan kedaluwarsa (demo)");
    }

    @Test
    void the_qris_paid_button_pays_once_and_expired_fails_as_expired() {
        String paid = Orders.newOrderNumber();
        show(open(paid, PaymentMethod.QRIS));
        test($(Button.class).withClassName("pb-demo-pay").first()).click();

        String expired = Orders.newOrderNumber();
        show(open(expired, PaymentMethod.QRIS));
        test($(Button.class).withClassName("pb-demo-expire").first()).click();

        assertThat(events.succeeded(paid)).hasSize(1);
        assertThat(events.failed(expired)).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("expired"));
    }

    @Test
    void the_virtual_account_page_names_the_bank_a_number_of_the_order_the_amount_and_the_deadline() {
        String order = "PB-2612-4K7Q";
        String unique = Orders.newOrderNumber();
        Instant until = Instant.parse("2030-01-15T03:30:00Z");
        show(open(unique, PaymentMethod.BCA_VA, "Tenun", "Kelompok", until));

        assertThat(banner()).startsWith("DEMO — tidak ada uang sungguhan");
        assertThat($(Span.class).withClassName("pb-demo-va-bank").single().getText()).isEqualTo("Virtual account BCA");
        String number = $(Span.class).withClassName("pb-demo-va-number").single().getText();
        assertThat(number).startsWith("39358").matches("\\d{16}");
        assertThat($(Span.class).withClassName("pb-demo-total").single().getText()).isEqualTo("Rp 180.000");
        assertThat($(Paragraph.class).withClassName("pb-demo-deadline").single().getText()).isEqualTo("Bayar paling lambat 15 Jan 2030, 10:30 WIB.");
        assertThat($(Anchor.class).withClassName("pb-demo-later").single().getHref()).endsWith("/pesanan/" + unique + "/selesai");
        // The same order always shows the same number; "PB-2612-4K7Q" reads its suffix as a base-36 number.
        assertThat(id.go.bnn.pasarbersinar.payment.internal.DemoVirtualAccount.number(PaymentMethod.BCA_VA, order))
                .isEqualTo("39358" + "2612" + String.format("%07d", Long.parseLong("4K7Q", 36)));
        show(open(unique, PaymentMethod.BCA_VA, "Tenun", "Kelompok", until));
        assertThat($(Span.class).withClassName("pb-demo-va-number").single().getText()).isEqualTo(number);

        test($(Button.class).withClassName("pb-demo-pay").first()).click();
        assertThat(events.succeeded(unique)).hasSize(1);
    }

    @Test
    void the_e_wallet_page_pays_with_the_wallet_or_cancels() {
        String paid = Orders.newOrderNumber();
        show(open(paid, PaymentMethod.GOPAY));
        assertThat($(H1.class).first().getText()).isEqualTo("GoPay (demo)");
        assertThat($view(Button.class).all()).extracting(Button::getText).containsExactly("Bayar dengan GoPay (demo)", "Batal");
        test($(Button.class).withClassName("pb-demo-pay").first()).click();

        String cancelled = Orders.newOrderNumber();
        show(open(cancelled, PaymentMethod.SHOPEEPAY));
        test($(Button.class).withClassName("pb-demo-abandon").first()).click();

        assertThat(events.succeeded(paid)).hasSize(1);
        assertThat(events.failed(cancelled)).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("abandoned"));
    }

    @Test
    void names_on_the_qris_and_virtual_account_pages_are_text_never_markup() {
        for (PaymentMethod method : new PaymentMethod[] {PaymentMethod.QRIS, PaymentMethod.MANDIRI_VA, PaymentMethod.GOPAY}) {
            show(open(Orders.newOrderNumber(), method, INJECTION, INJECTION, null));

            assertThat($(H2.class).first().getText()).isEqualTo(INJECTION);
            assertThat($(Span.class).all()).extracting(Span::getText).contains("2 × " + INJECTION);
            String html = $(DemoPaymentView.class).single().getElement().getOuterHTML();
            assertThat(html).as(method.name()).doesNotContain("<img src=\"x\"").doesNotContain("</script>").contains("&lt;/script&gt;&lt;img");
        }
    }

    private static String decode(String dataUrl) throws Exception {
        assertThat(dataUrl).startsWith("data:image/png;base64,");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1))));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    /** EMVCo's tag-length-value reading: two digits of tag, two of length, then the value. */
    private static Map<String, String> tlv(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < text.length(); ) {
            int length = Integer.parseInt(text.substring(i + 2, i + 4));
            tags.put(text.substring(i, i + 2), text.substring(i + 4, i + 4 + length));
            i += 4 + length;
        }
        return tags;
    }

    /** CRC-16/CCITT-FALSE written again here, so that the page's own is checked, not trusted. */
    private static int crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean top = ((crc >> 15) & 1) == 1;
                boolean in = ((b >> bit) & 1) == 1;
                crc = (crc << 1) & 0xFFFF;
                if (top ^ in) {
                    crc ^= 0x1021;
                }
            }
        }
        return crc;
    }
}
