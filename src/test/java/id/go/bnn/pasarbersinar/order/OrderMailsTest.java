package id.go.bnn.pasarbersinar.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import id.go.bnn.pasarbersinar.shared.Callers;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The three order mails as a real SMTP server (GreenMail) receives them: the confirmation to the buyer with a signed
 * link that opens the order, the new-order notice to every member of each group (and only its own items), and the
 * shipped notice with courier and tracking number.
 */
@SpringBootTest
class OrderMailsTest {

    @Autowired
    Orders orders;
    @Autowired
    OrderFixture fixture;
    @Autowired
    Accounts accounts;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private static String unique(String prefix) {
        return prefix + "." + System.nanoTime() + "@contoh.id";
    }

    private String paidOrder(String buyerEmail, Map<Long, Integer> lines) {
        CheckoutForm form = fixture.form("53", "Maria Bete", "Jl. El Tari No. 5", null);
        form = new CheckoutForm(form.name(), buyerEmail, form.phone(), form.provinceCode(), form.regencyCode(), form.districtCode(),
                form.postalCode(), form.street(), form.notes(), null);
        return fixture.paidOrder(fixture.cart(lines), form);
    }

    private static List<String> bodiesTo(String address) {
        return TestMailServer.mailsTo(address).stream().map(mail -> GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="))
                .toList();
    }

    private static List<String> subjectsTo(String address) {
        return TestMailServer.mailsTo(address).stream().map(mail -> {
            try {
                return mail.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void the_confirmation_carries_a_signed_link_that_opens_the_order_for_a_guest_and_a_forged_one_does_not() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas surat konfirmasi");
        String buyer = unique("konfirmasi");
        String number = paidOrder(buyer, Map.of(tas, 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.mailsTo(buyer).isEmpty());
        assertThat(subjectsTo(buyer)).singleElement().asString().contains(number).contains("sudah dibayar");
        String body = bodiesTo(buyer).getFirst();
        assertThat(body).contains("Maria Bete").contains("1 x Tas surat konfirmasi").contains("Total: Rp 162.000");
        Matcher link = Pattern.compile("/pesanan/" + Pattern.quote(number) + "\\?t=([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as("signed link in %s", body).isTrue();

        Callers.signOut();
        OrderDetails seen = orders.find(number, link.group(1)).orElseThrow();
        assertThat(seen.buyer()).isTrue();
        assertThat(seen.contact().email()).isEqualTo(buyer);
        String forged = link.group(1).substring(0, 42) + (link.group(1).endsWith("A") ? "B" : "A");
        assertThat(orders.find(number, forged)).isEmpty();
    }

    @Test
    void each_language_of_the_confirmation_names_what_was_bought_in_that_language() {
        long tas = fixture.bilingualVariant(fixture.ntt(), 5, 150_000, "Tas surat dwibahasa", "Two-language mail bag");
        String buyer = unique("dwibahasa");
        paidOrder(buyer, Map.of(tas, 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.mailsTo(buyer).isEmpty());
        String[] parts = bodiesTo(buyer).getFirst().split("\n-----\r?\n");
        assertThat(parts).hasSize(2);
        assertThat(parts[0]).contains("1 x Tas surat dwibahasa (Cokelat)").doesNotContain("Two-language mail bag");
        assertThat(parts[1]).contains("1 x Two-language mail bag (Brown)").doesNotContain("Tas surat dwibahasa");
    }

    @Test
    void each_group_member_is_told_of_the_new_order_with_only_the_items_of_its_own_parcel() {
        String member = unique("anggota-ntt");
        String otherMember = unique("anggota-banten");
        Caller.runAsSystem(() -> {
            accounts.provision(member, "Anggota Surat NTT", "Kopi-Lamteuba-Seulawah-7", Set.of(Role.BUYER, Role.PRODUCER), Set.of(),
                    Set.of(new GroupId(fixture.ntt().id())), null, false);
            accounts.provision(otherMember, "Anggota Surat Banten", "Kopi-Lamteuba-Seulawah-7", Set.of(Role.BUYER, Role.PRODUCER), Set.of(),
                    Set.of(new GroupId(fixture.banten().id())), null, false);
        });
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas pesanan baru");
        long batik = fixture.variant(fixture.banten(), 5, 200_000, "Batik pesanan baru");
        String number = paidOrder(unique("pembeli"), new java.util.LinkedHashMap<>(Map.of(tas, 1, batik, 2)));

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.mailsTo(member).isEmpty() && !TestMailServer.mailsTo(otherMember).isEmpty());
        assertThat(subjectsTo(member)).singleElement().asString().contains("Pesanan baru " + number);
        assertThat(bodiesTo(member).getFirst()).contains("1 x Tas pesanan baru").doesNotContain("Batik pesanan baru").contains("/mitra/pesanan");
        assertThat(bodiesTo(otherMember).getFirst()).contains(number).contains("2 x Batik pesanan baru").doesNotContain("Tas pesanan baru");
    }

    @Test
    void the_buyer_is_told_when_a_parcel_is_shipped_with_courier_tracking_number_and_the_signed_link() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas dikirim");
        String buyer = unique("dikirim");
        String number = paidOrder(buyer, Map.of(tas, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.mailsTo(buyer).size() == 1);
        long parcel = fixture.fulfilmentIds(number).getFirst();

        Callers.as(Callers.producer(900, fixture.ntt().id()), () -> orders.markShipped(parcel, "J&T Express", "JT-5566778899"));

        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.mailsTo(buyer).size() == 2);
        MimeMessage shipped = TestMailServer.mailsTo(buyer).getLast();
        assertThat(subjectsTo(buyer).getLast()).contains(number).contains("sudah dikirim");
        String body = GreenMailUtil.getBody(shipped).replace("=\r\n", "").replace("=3D", "=");
        assertThat(body).contains("J&T Express").contains("JT-5566778899").contains("/pesanan/" + number + "?t=");
        assertThat(TestMailServer.mailsTo(buyer)).hasSize(2);
    }
}
