package id.go.bnn.pasarbersinar.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Booth;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Seller;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The booth page's JSON API over real HTTP: the shop's sign-in session, its CSRF token, one answer per queued sale. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KasirApiHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    BoothFixture fixture;

    /** A browser of one person: its cookies, and the CSRF token the API gave it. */
    final class Phone extends KasirPhone {
        Phone() {
            super(KasirApiHttpTest.this.port);
        }

        @Override
        Phone signIn(String email) throws Exception {
            super.signIn(email);
            return this;
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String field(String json, String name) {
        return KasirPhone.field(json, name);
    }

    static String sale(String id, Booth booth, long variant, int quantity, long price) {
        return "{\"saleId\":\"" + id + "\",\"exhibitionId\":" + booth.exhibitionId() + ",\"groupId\":" + booth.groupId()
                + ",\"lines\":[{\"variantId\":" + variant + ",\"quantity\":" + quantity + ",\"unitPrice\":" + price + ",\"name\":\"Tenun\"}],"
                + "\"payment\":\"CASH\",\"reference\":null,\"cashReceived\":100000,\"soldAt\":\"" + Instant.now() + "\"}";
    }

    @Test
    void a_signed_in_seller_reads_the_booth_and_sends_a_batch_answered_sale_by_sale() throws Exception {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 45_000, 2, "Selendang </script><img src=x onerror=alert(1)>");
        Phone phone = new Phone().signIn(seller.email());

        assertThat(phone.session()).contains("\"accountId\":" + seller.accountId());
        HttpResponse<String> booths = phone.get("/api/kasir/booths");
        assertThat(booths.statusCode()).isEqualTo(200);
        assertThat(booths.body()).contains("\"exhibitionId\":" + booth.exhibitionId(), "\"boothLabel\":\"A1\"");
        HttpResponse<String> catalog = phone.get("/api/kasir/booths/" + booth.exhibitionId() + "/" + booth.groupId() + "/catalog");
        assertThat(catalog.body()).contains("\"variantId\":" + variant, "\"onHand\":2", "\"price\":45000");
        assertThat(catalog.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));

        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();
        String batch = "{\"sales\":[" + sale(first, booth, variant, 1, 45_000) + "," + sale(first, booth, variant, 1, 45_000) + ","
                + sale(second, booth, variant, 1, 45_000) + "," + sale(third, booth, variant, 1, 45_000) + ","
                + sale(UUID.randomUUID().toString(), booth, variant, -2, 45_000) + "]}";
        HttpResponse<String> answer = phone.post("/api/kasir/sales", batch, true);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).containsSubsequence("\"result\":\"recorded\"", "\"result\":\"duplicate\"", "\"result\":\"recorded\"",
                "\"result\":\"short\"", "\"result\":\"refused\"");
        assertThat(answer.body()).contains("Setiap jumlah harus bilangan bulat dari 1 sampai 999.");
        assertThat(fixture.sold(booth, variant)).isEqualTo(2);
        assertThat(fixture.saleCount(booth)).isEqualTo(3);

        HttpResponse<String> day = phone.get("/api/kasir/booths/" + booth.exhibitionId() + "/" + booth.groupId() + "/sales");
        assertThat(day.body()).contains(first, second, third, "\"status\":\"short\"", "\"expectedCash\":135000");
        assertThat(day.body()).as("the short sale says why, in both languages").contains("\"shortReason\":\"STOCK\"",
                "stok pameran tidak lagi mencukupi penjualan ini", "the event's stock could no longer cover this sale");
        assertThat(day.body().split("shortReason\":").length - 1).as("only the short sale has a reason").isEqualTo(1);
        String receipt = field(answer.body(), "receipt");
        HttpResponse<String> shown = new Phone().get("/api/kasir/receipts/" + receipt);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("\"total\":45000").doesNotContain("sellerId");
        assertThat(new Phone().get("/api/kasir/receipts/" + "A".repeat(43)).statusCode()).isEqualTo(404);
    }

    @Test
    void without_the_csrf_token_or_a_session_nothing_is_recorded() throws Exception {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 45_000, 5);
        String batch = "{\"sales\":[" + sale(UUID.randomUUID().toString(), booth, variant, 1, 45_000) + "]}";

        Phone stranger = new Phone();
        stranger.session();
        HttpResponse<String> anonymous = stranger.post("/api/kasir/sales", batch, true);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("exhibition.booth.error.sign-in", "Silakan masuk");
        assertThat(stranger.get("/api/kasir/booths").statusCode()).isEqualTo(401);
        assertThat(stranger.get("/kasir").statusCode()).isEqualTo(302);

        Phone phone = new Phone().signIn(seller.email());
        assertThat(phone.post("/api/kasir/sales", batch, false).statusCode()).isEqualTo(403);
        assertThat(fixture.saleCount(booth)).isZero();
        HttpResponse<String> page = phone.get("/kasir");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/kasir/kasir.js", "manifest.webmanifest");
        assertThat(phone.get("/kasir/sw.js").headers().firstValue("Service-Worker-Allowed")).hasValue("/kasir");
    }

    @Test
    void malformed_json_a_booth_of_someone_else_and_a_bad_day_close_get_clear_errors() throws Exception {
        Booth booth = fixture.openBooth(0);
        Booth other = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 45_000, 5);
        Phone phone = new Phone().signIn(seller.email());

        HttpResponse<String> broken = phone.post("/api/kasir/sales", "{\"sales\":[{\"saleId\":", true);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("exhibition.booth.error.request");
        HttpResponse<String> wrongType = phone.post("/api/kasir/sales", "{\"sales\":[{\"saleId\":\"x\",\"lines\":[{\"quantity\":\"banyak\"}]}]}", true);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        HttpResponse<String> notMine = phone.get("/api/kasir/booths/" + other.exhibitionId() + "/" + other.groupId() + "/catalog");
        assertThat(notMine.statusCode()).isEqualTo(403);
        assertThat(notMine.body()).contains("Anda bukan penjual di stan ini.");
        HttpResponse<String> notAllocated = phone.post("/api/kasir/sales", "{\"sales\":[" + sale(UUID.randomUUID().toString(), other, variant, 1, 45_000) + "]}", true);
        assertThat(notAllocated.body()).contains("\"result\":\"refused\"", "Anda bukan penjual di stan ini.");
        assertThat(fixture.saleCount(booth) + fixture.saleCount(other)).isZero();

        String close = "/api/kasir/booths/" + booth.exhibitionId() + "/" + booth.groupId() + "/close";
        HttpResponse<String> negative = phone.post(close, "{\"countedCash\":-5}", true);
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("exhibition.close.error.amount");
        HttpResponse<String> counted = phone.post(close, "{\"countedCash\":0}", true);
        assertThat(counted.statusCode()).isEqualTo(200);
        assertThat(counted.body()).contains("\"confirmed\":false");
        HttpResponse<String> ownConfirm = phone.post(close + "/confirm", "{}", true);
        assertThat(ownConfirm.statusCode()).isEqualTo(400);
        assertThat(ownConfirm.body()).contains("exhibition.close.error.same-person");
    }
}
