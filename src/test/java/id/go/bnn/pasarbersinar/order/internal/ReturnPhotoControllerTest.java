package id.go.bnn.pasarbersinar.order.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.message.MessageFixture;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.ReturnFixture;
import id.go.bnn.pasarbersinar.order.ReturnReason;
import id.go.bnn.pasarbersinar.order.Returns;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.testing.RequestsAs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * A return's photo over HTTP: the buyer (by the order's signed link), a member acting for the parcel's group and the
 * province's curator see it at the return's address; another group, another province's curator, another buyer, a
 * forged link and nobody get a bare 404; and the photo is never at the public {@code /gambar/…} address.
 */
@SpringBootTest
class ReturnPhotoControllerTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Returns returns;
    @Autowired
    ReturnFixture fixture;
    @Autowired
    OrderFixture orders;
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
    void the_buyer_the_group_and_the_provinces_curator_see_the_photo_and_nobody_else_does() throws Exception {
        ReturnFixture.Delivered d = fixture.delivered();
        String hash = returns.storePhoto(d.number(), d.token(), MessageFixture.photo("retur http " + System.nanoTime()));
        long id = returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, "Retak", Map.of(d.line(), 1), List.of(hash));
        String byLink = Returns.photoPath(id, hash, ImageRef.SMALL, d.token());
        String plain = Returns.photoPath(id, hash, ImageRef.SMALL, null);
        assertThat(plain).isEqualTo("/pesanan/retur/" + id + "/foto/" + hash + "/240");

        MockHttpServletResponse buyer = http.get(Caller.ANONYMOUS, byLink);
        assertThat(buyer.getStatus()).isEqualTo(200);
        assertThat(buyer.getContentType()).startsWith("image/");
        assertThat(buyer.getHeader("Cache-Control")).contains("private").doesNotContain("public");
        assertThat(http.get(Callers.producer(-731_001, orders.ntt().id()), plain).getStatus()).isEqualTo(200);
        assertThat(http.get(Callers.curator(-731_002, "53"), plain).getStatus()).isEqualTo(200);
        assertThat(http.get(Callers.admin(-731_003), Returns.photoPath(id, hash, ImageRef.LARGE, null)).getStatus()).isEqualTo(200);

        String otherOrdersLink = Returns.photoPath(id, hash, ImageRef.SMALL, fixture.delivered().token());
        for (var refused : List.of(Map.entry(Caller.ANONYMOUS, plain), Map.entry(Caller.ANONYMOUS, otherOrdersLink),
                Map.entry(Caller.ANONYMOUS, Returns.photoPath(id, hash, ImageRef.SMALL, "forged")),
                Map.entry(Callers.buyer(-731_004), plain), Map.entry(Callers.producer(-731_005, orders.banten().id()), plain),
                Map.entry(Callers.curator(-731_006, "36"), plain))) {
            MockHttpServletResponse response = http.get(refused.getKey(), refused.getValue());
            assertThat(response.getStatus()).as(refused.getKey().roles() + " " + refused.getValue()).isEqualTo(404);
            assertThat(response.getContentAsByteArray()).isEmpty();
        }
        // a picture the return does not hold, even with the return's own link: the same 404
        assertThat(http.get(Caller.ANONYMOUS, Returns.photoPath(id, "0".repeat(64), ImageRef.SMALL, d.token())).getStatus()).isEqualTo(404);

        for (String path : List.of("/gambar/" + hash, "/gambar/" + hash + "/240", "/gambar/" + hash + "/1200")) {
            assertThat(http.get(Caller.ANONYMOUS, path).getStatus()).as(path).isEqualTo(404);
        }
        assertThat(images.exists(hash)).isFalse();
    }
}
