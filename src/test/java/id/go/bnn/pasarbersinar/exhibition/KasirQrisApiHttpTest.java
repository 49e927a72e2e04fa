package id.go.bnn.pasarbersinar.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Booth;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Seller;
import id.go.bnn.pasarbersinar.exhibition.KasirApiHttpTest.Phone;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.payment.DemoPayments;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The booth page's QRIS through the shop's provider and its receipt by e-mail, over real HTTP with the shop's session
 * and CSRF token: the demo provider's page, opened as a second phone would, pays the charge; the mails land in GreenMail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KasirQrisApiHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    BoothFixture fixture;
    @Autowired
    DemoPayments demoPayments;

    /** A phone signed in as this seller, through the booth API test's own browser. */
    Phone phone(String email) throws Exception {
        KasirApiHttpTest http = new KasirApiHttpTest();
        http.port = port;
        return http.new Phone().signIn(email);
    }

    static String start(String id, Booth booth, long variant, int quantity, long price) {
        return start(id, booth, variant, quantity, price, "QRIS_PROVIDER");
    }

    static String start(String id, Booth booth, long variant, int quantity, long price, String payment) {
        return "{\"saleId\":\"" + id + "\",\"exhibitionId\":" + booth.exhibitionId() + ",\"groupId\":" + booth.groupId()
                + ",\"lines\":[{\"variantId\":" + variant + ",\"quantity\":" + quantity + ",\"unitPrice\":" + price + ",\"name\":\"Tenun\"}],"
                + "\"payment\":\"" + payment + "\",\"soldAt\":\"" + Instant.now() + "\"}";
    }

    @Test
    void a_qris_sale_waits_for_the_provider_then_is_recorded_and_its_receipt_is_mailed_to_the_buyer() throws Exception {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 65_000, 3, "Kain Songket </script><img src=x onerror=alert(1)>");
        Phone phone = phone(seller.email());
        String id = UUID.randomUUID().toString();

        assertThat(phone.get("/api/kasir/qris").body()).contains("\"available\":true", "\"demo\":true");
        assertThat(phone.post("/api/kasir/qris", start(id, booth, variant, 2, 65_000), false).statusCode()).as("without the CSRF token").isEqualTo(403);
        HttpResponse<String> started = phone.post("/api/kasir/qris", start(id, booth, variant, 2, 65_000), true);
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("\"state\":\"open\"", "\"total\":130000", "\"qrImage\":\"data:image/png;base64,", "\"demo\":true");
        String payPage = KasirApiHttpTest.field(started.body(), "payPage");
        assertThat(payPage).startsWith("/bayar/demo/");
        HttpResponse<String> waiting = phone.post("/api/kasir/qris/" + id + "/check", "{}", true);
        assertThat(waiting.body()).contains("\"state\":\"open\"", "\"result\":null", "Menunggu pembeli membayar QRIS.");
        assertThat(fixture.saleCount(booth)).isZero();

        assertThat(demoPayments.pay(payPage)).isTrue();
        HttpResponse<String> paid = phone.post("/api/kasir/qris/" + id + "/check", "{}", true);

        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(paid.body()).contains("\"state\":\"paid\"");
        assertThat(paid.body()).containsPattern("\"result\":\"(recorded|duplicate)\"");
        String receipt = KasirApiHttpTest.field(paid.body(), "receipt");
        assertThat(receipt).hasSize(43);
        assertThat(fixture.sold(booth, variant)).isEqualTo(2);
        assertThat(phone.get("/api/kasir/receipts/" + receipt).body()).contains("\"payment\":\"QRIS_PROVIDER\"", "\"total\":130000");
        HttpResponse<String> qr = phone.get("/api/kasir/receipts/" + receipt + "/qr");
        assertThat(qr.body()).contains("/kasir/struk.html?t=" + receipt, "\"qrImage\":\"data:image/png;base64,");
        assertThat(phone.get("/api/kasir/receipts/" + "B".repeat(43) + "/qr").statusCode()).isEqualTo(404);

        String mailPath = "/api/kasir/sales/" + id + "/receipt-mail";
        HttpResponse<String> bad = phone.post(mailPath, "{\"email\":\"pembeli@@contoh\"}", true);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Alamat e-mail itu tidak sah.");
        String buyer = "pembeli-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        HttpResponse<String> sent = phone.post(mailPath, "{\"email\":\" " + buyer + " \"}", true);
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("Struk dikirim");
        assertThat(TestMailServer.mailsTo(buyer)).singleElement().satisfies(mail -> {
            // getContent decodes whatever transfer encoding the mail was sent with
            assertThat(mail.getSubject()).startsWith("Struk belanja Anda di Pameran Uji").contains(" / Your receipt from Pameran Uji");
            String body = (String) mail.getContent();
            assertThat(body).contains("/kasir/struk.html?t=" + receipt, "Total: Rp 130.000", "Thank you for buying");
        });
        assertThat(phone.post(mailPath, "{\"email\":\"" + buyer + "\"}", true).statusCode()).isEqualTo(200);
        assertThat(phone.post(mailPath, "{\"email\":\"" + buyer + "\"}", true).statusCode()).isEqualTo(200);
        HttpResponse<String> limited = phone.post(mailPath, "{\"email\":\"" + buyer + "\"}", true);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("sudah dikirim beberapa kali");
        assertThat(TestMailServer.mailsTo(buyer)).hasSize(3);
    }

    @Test
    void a_cancelled_qris_records_nothing_and_strangers_get_clear_refusals() throws Exception {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        Seller other = fixture.seller(fixture.openBooth(0));
        long variant = fixture.allocated(booth, 20_000, 1);
        Phone phone = phone(seller.email());
        String id = UUID.randomUUID().toString();

        HttpResponse<String> tooMany = phone.post("/api/kasir/qris", start(id, booth, variant, 2, 20_000), true);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("exhibition.qris.error.stock", "Stok stan tidak lagi mencukupi");
        assertThat(phone.post("/api/kasir/qris", "{\"saleId\":", true).statusCode()).isEqualTo(400);
        assertThat(phone.post("/api/kasir/qris", start(id, booth, variant, 1, 20_000), true).statusCode()).isEqualTo(200);

        Phone stranger = phone(other.email());
        HttpResponse<String> notTheirs = stranger.post("/api/kasir/qris/" + id + "/check", "{}", true);
        assertThat(notTheirs.statusCode()).isEqualTo(403);
        assertThat(notTheirs.body()).contains("Anda bukan penjual di stan ini.");
        assertThat(stranger.post("/api/kasir/qris/" + UUID.randomUUID() + "/check", "{}", true).statusCode()).isEqualTo(404);

        HttpResponse<String> cancelled = phone.post("/api/kasir/qris/" + id + "/cancel", "{}", true);
        assertThat(cancelled.body()).containsPattern("\"state\":\"(expired|failed)\"").contains("\"result\":null");
        assertThat(fixture.saleCount(booth)).isZero();
        assertThat(fixture.sold(booth, variant)).isZero();
        assertThat(fixture.held(booth, variant)).as("the cancelled charge's hold is given back").isZero();
        HttpResponse<String> noSale = phone.post("/api/kasir/sales/" + id + "/receipt-mail", "{\"email\":\"a@contoh.id\"}", true);
        assertThat(noSale.statusCode()).isEqualTo(404);
    }

    @Test
    void a_card_sale_shows_the_card_page_then_is_recorded_once_and_a_replay_or_an_unknown_method_is_refused() throws Exception {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 150_000, 2);
        Phone phone = phone(seller.email());
        String id = UUID.randomUUID().toString();

        assertThat(phone.get("/api/kasir/qris").body()).contains("\"card\":true");
        HttpResponse<String> bitcoin = phone.post("/api/kasir/qris", start(UUID.randomUUID().toString(), booth, variant, 1, 150_000, "BITCOIN"), true);
        assertThat(bitcoin.statusCode()).isEqualTo(400);
        assertThat(bitcoin.body()).contains("exhibition.booth.error.payment");
        HttpResponse<String> started = phone.post("/api/kasir/qris", start(id, booth, variant, 1, 150_000, "CARD"), true);
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("\"state\":\"open\"", "\"method\":\"card\"", "\"total\":150000", "\"qrImage\":\"data:image/png;base64,");
        String payPage = KasirApiHttpTest.field(started.body(), "payPage");
        assertThat(payPage).startsWith("http").contains("/bayar/demo/");
        assertThat(KasirApiHttpTest.field(started.body(), "qrPayload")).isEqualTo(payPage);
        assertThat(phone.post("/api/kasir/qris/" + id + "/check", "{}", true).body()).contains("Menunggu pembeli membayar dengan kartu");
        assertThat(fixture.held(booth, variant)).isEqualTo(1);
        String mailPath = "/api/kasir/qris/" + id + "/mail";
        assertThat(phone.post(mailPath, "{\"email\":\"pembeli@@contoh\"}", true).statusCode()).isEqualTo(400);
        Phone stranger = phone(fixture.seller(fixture.openBooth(0)).email());
        assertThat(stranger.post(mailPath, "{\"email\":\"a@contoh.id\"}", true).statusCode()).as("another booth's seller").isEqualTo(403);
        String buyer = "kartu-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        HttpResponse<String> mailed = phone.post(mailPath, "{\"email\":\"" + buyer + "\"}", true);
        assertThat(mailed.statusCode()).isEqualTo(200);
        assertThat(mailed.body()).contains("Tautan halaman bayar dikirim");
        assertThat(TestMailServer.mailsTo(buyer)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).startsWith("Bayar belanja Anda di Pameran Uji").contains(" / Pay for your purchase at Pameran Uji");
            assertThat((String) mail.getContent()).contains(payPage, "Total: Rp 150.000");
        });

        assertThat(demoPayments.pay(java.net.URI.create(payPage).getPath())).isTrue();
        HttpResponse<String> paid = phone.post("/api/kasir/qris/" + id + "/check", "{}", true);

        assertThat(paid.body()).contains("\"state\":\"paid\"").containsPattern("\"result\":\"(recorded|duplicate)\"");
        String receipt = KasirApiHttpTest.field(paid.body(), "receipt");
        assertThat(phone.get("/api/kasir/receipts/" + receipt).body()).contains("\"payment\":\"CARD\"", "\"total\":150000");
        assertThat(phone.post(mailPath, "{\"email\":\"" + buyer + "\"}", true).statusCode()).as("the page is closed once paid").isEqualTo(409);
        HttpResponse<String> replay = phone.post("/api/kasir/qris", start(id, booth, variant, 1, 150_000, "CARD"), true);
        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(phone.post("/api/kasir/sales", "{\"sales\":[" + start(id, booth, variant, 1, 150_000, "CARD") + "]}", true).body())
                .as("the same sale sent as a plain sale counts once").doesNotContain("\"result\":\"recorded\"");
        assertThat(fixture.saleCount(booth)).isEqualTo(1);
        assertThat(fixture.sold(booth, variant)).isEqualTo(1);
        assertThat(fixture.held(booth, variant)).isZero();
    }
}
