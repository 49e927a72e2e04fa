package id.go.bnn.pasarbersinar.message.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.message.Conversation;
import id.go.bnn.pasarbersinar.message.MessageFixture;
import id.go.bnn.pasarbersinar.message.Messages;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.testing.RequestsAs;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * A message's photo over HTTP: served at its conversation's checked address to the two sides (a guest by the order's
 * signed link) and to the province's curator only once the conversation is reported; a stranger, another curator, a
 * forged link and nobody get the same bare 404; and the photo is never at the public {@code /gambar/…} address, in any
 * width or by revalidation. The caller is the one signed in on the test's thread, as the security filter leaves it.
 */
@SpringBootTest
class MessagePhotoControllerTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Messages messages;
    @Autowired
    MessageFixture fixture;
    @Autowired
    Images images;

    private RequestsAs http;

    @BeforeEach
    void http() {
        http = new RequestsAs(context);
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    @Test
    void the_two_sides_see_the_photo_a_stranger_sees_nothing_and_the_curator_only_after_a_report() throws Exception {
        Caller buyer = Callers.buyer(fixture.account());
        Caller member = Callers.producer(fixture.account(), fixture.orders().ntt().id());
        long id = Callers.as(buyer, () -> messages.askAboutProduct(fixture.product("Tas foto http"), "Sudutnya retak?"));
        Callers.as(buyer, () -> messages.write(id, null, "Lihat foto", List.of(MessageFixture.photo("foto http " + System.nanoTime()))));
        String hash = Callers.as(member, () -> messages.read(id, null)).posts().getLast().photos().getFirst();
        String small = Messages.photoPath(id, hash, ImageRef.SMALL, null);
        assertThat(small).isEqualTo("/pesan/foto/" + id + "/" + hash + "/240");

        for (Caller side : List.of(buyer, member)) {
            MockHttpServletResponse seen = http.get(side, small);
            assertThat(seen.getStatus()).isEqualTo(200);
            assertThat(seen.getContentType()).startsWith("image/");
            assertThat(seen.getHeader("Cache-Control")).contains("private").doesNotContain("public");
            assertThat(ImageIO.read(new ByteArrayInputStream(seen.getContentAsByteArray())).getWidth()).isEqualTo(64);
            assertThat(http.get(side, Messages.photoPath(id, hash, 0, null)).getStatus()).isEqualTo(200);
        }

        Caller curator = Callers.curator(fixture.account(), "53");
        List<Caller> strangers = List.of(Callers.buyer(fixture.account()), Callers.producer(fixture.account(), fixture.orders().banten().id()),
                curator, Callers.curator(fixture.account(), "36"), Caller.ANONYMOUS);
        for (Caller stranger : strangers) {
            MockHttpServletResponse refused = http.get(stranger, small);
            assertThat(refused.getStatus()).as(String.valueOf(stranger.roles())).isEqualTo(404);
            assertThat(refused.getContentAsByteArray()).isEmpty();
            assertThat(refused.getHeader("Cache-Control")).contains("no-store");
        }
        // a picture the conversation does not hold, a conversation that does not exist: the same 404
        assertThat(http.get(buyer, Messages.photoPath(id, "0".repeat(64), ImageRef.SMALL, null)).getStatus()).isEqualTo(404);
        assertThat(http.get(buyer, Messages.photoPath(Long.MAX_VALUE, hash, ImageRef.SMALL, null)).getStatus()).isEqualTo(404);

        Callers.as(member, () -> messages.report(id, null));
        assertThat(http.get(curator, small).getStatus()).isEqualTo(200);
        assertThat(http.get(Callers.curator(fixture.account(), "36"), small).getStatus()).isEqualTo(404);
    }

    @Test
    void a_guest_sees_the_photos_of_its_orders_conversation_by_the_signed_link_and_a_forged_one_sees_nothing() throws Exception {
        String number = fixture.guestOrder("foto.tamu." + System.nanoTime() + "@contoh.id");
        String token = fixture.token(number);
        Caller member = Callers.producer(fixture.account(), fixture.orders().ntt().id());
        long id = Callers.as(member, () -> {
            long opened = messages.openForOrder(number, fixture.orders().ntt().id(), null);
            messages.write(opened, null, "Foto paket sebelum dikirim", List.of(MessageFixture.photo("paket tamu " + System.nanoTime())));
            return opened;
        });
        Conversation read = messages.read(id, token);
        String hash = read.posts().getLast().photos().getFirst();

        assertThat(http.get(Caller.ANONYMOUS, Messages.photoPath(id, hash, ImageRef.LARGE, token)).getStatus()).isEqualTo(200);
        assertThat(http.get(Caller.ANONYMOUS, Messages.photoPath(id, hash, ImageRef.LARGE, null)).getStatus()).isEqualTo(404);
        assertThat(http.get(Caller.ANONYMOUS, Messages.photoPath(id, hash, ImageRef.LARGE, "forged")).getStatus()).isEqualTo(404);
        String otherOrdersToken = fixture.token(fixture.guestOrder("lain." + System.nanoTime() + "@contoh.id"));
        assertThat(http.get(Caller.ANONYMOUS, Messages.photoPath(id, hash, ImageRef.LARGE, otherOrdersToken)).getStatus()).isEqualTo(404);
    }

    @Test
    void a_message_photo_is_never_at_the_public_picture_address() throws Exception {
        Caller buyer = Callers.buyer(fixture.account());
        long id = Callers.as(buyer, () -> messages.askAboutProduct(fixture.product("Tas foto publik"), "Foto pribadi"));
        Callers.as(buyer, () -> messages.write(id, null, "", List.of(MessageFixture.photo("pribadi " + System.nanoTime()))));
        String hash = Callers.as(buyer, () -> messages.read(id, null)).posts().getLast().photos().getFirst();
        // served to its side in every width (so renditions of it are kept), yet never publicly
        for (int width : List.of(ImageRef.SMALL, ImageRef.MEDIUM, ImageRef.LARGE)) {
            assertThat(http.get(buyer, Messages.photoPath(id, hash, width, null)).getStatus()).isEqualTo(200);
        }

        for (Caller caller : List.of(Caller.ANONYMOUS, buyer)) {
            for (String path : List.of("/gambar/" + hash, "/gambar/" + hash + "/240", "/gambar/" + hash + "/480", "/gambar/" + hash + "/1200")) {
                MockHttpServletResponse response = http.get(caller, path);
                assertThat(response.getStatus()).as(path).isEqualTo(404);
                assertThat(response.getContentAsByteArray()).isEmpty();
            }
            assertThat(http.get(caller, "/gambar/" + hash, "\"" + hash + "\"").getStatus()).isEqualTo(404);
            assertThat(http.get(caller, "/gambar/" + hash + "/240", "\"" + hash + "-240\"").getStatus()).isEqualTo(404);
        }
        // nor does the catalog know it as a picture a listing could name by its hash
        assertThat(images.exists(hash)).isFalse();
    }
}
