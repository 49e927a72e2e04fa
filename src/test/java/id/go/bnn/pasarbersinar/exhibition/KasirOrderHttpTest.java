package id.go.bnn.pasarbersinar.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Booth;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Seller;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The booth page's orders for later delivery over real HTTP: the shop's sign-in session and CSRF token, the order
 * placed with an address abroad, the card link mailed (GreenMail) and opening the payment; refusals as JSON messages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KasirOrderHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    BoothFixture fixture;
    @Autowired
    OrderFixture orders;
    @Autowired
    JdbcClient jdbc;

    static String order(Booth booth, long variant, String email, String country, String city) {
        return "{\"exhibitionId\":" + booth.exhibitionId() + ",\"groupId\":" + booth.groupId() + ",\"lines\":[{\"variantId\":" + variant
                + ",\"quantity\":1}],\"name\":\"Anna </script><img src=x onerror=alert(1)>\",\"email\":\"" + email + "\",\"phone\":\"+43 1 234 5678\","
                + "\"country\":" + (country == null ? "null" : "\"" + country + "\"") + ",\"street\":\"Wagramer Straße 5\",\"postalCode\":\"1220\","
                + "\"city\":\"" + city + "\",\"lang\":\"en\"}";
    }

    long orderCount() {
        return jdbc.sql("SELECT COUNT(*) FROM customer_order").query(Long.class).single();
    }

    @Test
    void a_seller_places_an_order_to_vienna_and_the_buyer_gets_the_card_link_that_opens_the_payment() throws Exception {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 120_000, 2, "Tas anyaman eceng gondok");
        String email = "kunde-" + UUID.randomUUID().toString().substring(0, 8) + "@wien.example.at";
        KasirPhone phone = new KasirPhone(port).signIn(seller.email());

        assertThat(phone.get("/kasir").body()).contains("/kasir/kasir-order.js", "id=\"screen-order\"");
        assertThat(phone.get("/kasir/kasir-order.js").body()).contains("/api/kasir/orders");
        HttpResponse<String> countries = phone.get("/api/kasir/places/countries");
        assertThat(countries.statusCode()).isEqualTo(200);
        assertThat(countries.body()).startsWith("[{\"code\":\"ID\",\"name\":\"Indonesia\"}").contains("{\"code\":\"AT\",\"name\":\"Austria\"}");
        assertThat(phone.get("/api/kasir/places/provinces").body()).contains("{\"code\":\"53\",\"name\":\"Nusa Tenggara Timur\"}");

        long before = orderCount();
        assertThat(phone.post("/api/kasir/orders", order(booth, variant, email, "AT", "Wien"), false).statusCode()).isEqualTo(403);
        assertThat(orderCount()).isEqualTo(before);

        HttpResponse<String> placed = phone.post("/api/kasir/orders", order(booth, variant, email, "AT", "Wien"), true);

        assertThat(placed.statusCode()).isEqualTo(200);
        String number = KasirPhone.field(placed.body(), "number");
        assertThat(number).startsWith("PB-");
        assertThat(placed.body()).contains("\"itemsTotal\":120000", "Pesanan " + number + " dibuat. Tautan pembayaran kartu dikirim ke " + email);
        assertThat(orders.orderStatus(number)).isEqualTo("AWAITING_PAYMENT");
        assertThat(fixture.sold(booth, variant)).isEqualTo(1);

        String mail = ((String) TestMailServer.mailsTo(email).getLast().getContent()).replace("\r\n", "\n");
        assertThat(mail).contains("Anna </script><img src=x onerror=alert(1)>", "Wagramer Straße 5, 1220 Wien, AUSTRIA");
        Matcher link = Pattern.compile("Pay by card at:\n(\\S+)").matcher(mail);
        assertThat(link.find()).isTrue();
        String path = URI.create(link.group(1)).getPath();
        assertThat(path).isEqualTo("/bayar/demo/" + orders.paymentSession(number));
        HttpResponse<String> payment = new KasirPhone(port).get(path);
        assertThat(payment.statusCode()).isEqualTo(200);
    }

    @Test
    void no_country_a_stranger_no_session_or_a_booth_of_someone_else_get_a_message_and_nothing_changes() throws Exception {
        Booth booth = fixture.openBooth(0);
        Booth other = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 120_000, 2);
        String email = "kunde-" + UUID.randomUUID().toString().substring(0, 8) + "@wien.example.at";
        long before = orderCount();
        KasirPhone phone = new KasirPhone(port).signIn(seller.email());

        HttpResponse<String> noCountry = phone.post("/api/kasir/orders", order(booth, variant, email, null, "Wien"), true);
        assertThat(noCountry.statusCode()).isEqualTo(400);
        assertThat(noCountry.body()).contains("order.behalf.error.country", "Pilih negara tujuan dari daftar.");
        HttpResponse<String> noCity = phone.post("/api/kasir/orders", order(booth, variant, email, "AT", ""), true);
        assertThat(noCity.body()).contains("Masukkan kota tujuan");
        HttpResponse<String> notMine = phone.post("/api/kasir/orders", order(other, variant, email, "AT", "Wien"), true);
        assertThat(notMine.statusCode()).isEqualTo(403);
        assertThat(notMine.body()).contains("Anda bukan penjual di stan ini.");
        HttpResponse<String> broken = phone.post("/api/kasir/orders", "{\"exhibitionId\":", true);
        assertThat(broken.statusCode()).isEqualTo(400);

        KasirPhone stranger = new KasirPhone(port);
        stranger.session();
        HttpResponse<String> anonymous = stranger.post("/api/kasir/orders", order(booth, variant, email, "AT", "Wien"), true);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(stranger.get("/api/kasir/places/countries").statusCode()).isEqualTo(401);

        assertThat(orderCount()).isEqualTo(before);
        assertThat(fixture.sold(booth, variant)).isZero();
        assertThat(TestMailServer.mailsTo(email)).isEmpty();
    }
}
