package id.go.bnn.pasarbersinar.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.catalog.CatalogQuery;
import id.go.bnn.pasarbersinar.catalog.ListingRatings;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.catalog.ProductSearch;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class ReviewsTest {

    @Autowired
    Reviews reviews;
    @Autowired
    ReviewFixture fixture;
    @Autowired
    ProductSearch search;
    @Autowired
    ListingRatings ratings;
    @Autowired
    ApplicationEvents events;
    @Autowired
    id.go.bnn.pasarbersinar.catalog.Images images;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private static ReviewDraft draft(int stars, String text) {
        return new ReviewDraft(stars, text, List.of());
    }

    @Test
    void the_buyer_of_a_delivered_line_reviews_it_and_the_product_shows_it_with_its_rating() {
        ReviewFixture.Bought bought = fixture.delivered("Selendang ulasan");

        long id = reviews.write(bought.number(), bought.token(), bought.lineId(), draft(4, "  Rapi dan sampai cepat.  "));

        List<Review> shown = reviews.ofProduct(new ProductId(bought.productId()), 0);
        assertThat(shown).extracting(Review::id).containsExactly(id);
        Review review = shown.getFirst();
        assertThat(review.author()).isEqualTo("Maria B.");
        assertThat(review.body()).isEqualTo("Rapi dan sampai cepat.");
        assertThat(review.variant().id()).contains("Selendang ulasan");
        assertThat(review.status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(reviews.ratings(new ProductId(bought.productId())).withStars(4)).isEqualTo(1);
        assertThat(fixture.projection(bought.productId())).containsExactly(40, 1);
        assertThat(events.stream(ReviewsChanged.class)).contains(new ReviewsChanged(bought.productId(), bought.groupId()));
        assertThat(reviews.reviewable(bought.number(), bought.token())).singleElement()
                .satisfies(line -> assertThat(line.editable()).isTrue());
    }

    @Test
    void the_product_shows_its_reviews_newest_first_a_page_at_a_time() {
        List<ReviewFixture.Bought> orders = fixture.deliveredMany("Tas banyak ulasan " + System.nanoTime(), Reviews.PAGE_SIZE + 1);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            ReviewFixture.Bought bought = orders.get(i);
            long id = reviews.write(bought.number(), bought.token(), bought.lineId(), draft(1 + i % 5, "Ulasan nomor " + i + " untuk tas ini."));
            // the first written is the oldest
            fixture.reviewWrittenMinutesAgo(id, 100 - i);
            ids.add(id);
        }
        ProductId product = new ProductId(orders.getFirst().productId());
        List<Long> newestFirst = ids.reversed();
        assertThat(reviews.ofProduct(product, 0)).extracting(Review::id).containsExactlyElementsOf(newestFirst.subList(0, Reviews.PAGE_SIZE));
        assertThat(reviews.ofProduct(product, 1)).extracting(Review::id).containsExactly(ids.getFirst());
        assertThat(reviews.ofProduct(product, 2)).isEmpty();
        assertThat(reviews.ofProduct(product, 0).getFirst().author()).isEqualTo("PembeliK B.");
        assertThat(reviews.ratings(product).count()).isEqualTo(Reviews.PAGE_SIZE + 1);
    }

    @Test
    void a_line_not_bought_by_the_caller_or_not_delivered_is_refused_and_nothing_is_written() {
        ReviewFixture.Bought shipped = fixture.shipped(fixture.orders().ntt(), "Tas belum sampai", "Maria Bete", 150_000);
        ReviewFixture.Bought other = fixture.delivered("Tas orang lain");

        assertThatThrownBy(() -> reviews.write(shipped.number(), shipped.token(), shipped.lineId(), draft(5, "Bagus sekali")))
                .hasMessage("review.error.not-delivered");
        assertThatThrownBy(() -> reviews.write(shipped.number(), "forged", shipped.lineId(), draft(5, "Bagus sekali")))
                .hasMessage("review.error.not-bought");
        // A line of another order, through this order's link.
        assertThatThrownBy(() -> reviews.write(shipped.number(), shipped.token(), other.lineId(), draft(5, "Bagus sekali")))
                .hasMessage("review.error.not-bought");
        assertThatThrownBy(() -> Callers.as(Callers.buyer(-9711), () -> reviews.write(other.number(), null, other.lineId(), draft(5, "Bagus"))))
                .hasMessage("review.error.not-bought");
        assertThat(fixture.reviewCount(shipped.productId()) + fixture.reviewCount(other.productId())).isZero();
        assertThat(reviews.reviewable(shipped.number(), shipped.token())).isEmpty();
    }

    @Test
    void a_second_review_of_the_same_line_is_refused_and_the_first_stays() {
        ReviewFixture.Bought bought = fixture.delivered("Dompet dua kali");
        reviews.write(bought.number(), bought.token(), bought.lineId(), draft(5, "Pertama kali"));

        assertThatThrownBy(() -> reviews.write(bought.number(), bought.token(), bought.lineId(), draft(1, "Kedua kali")))
                .hasMessage("review.error.already");
        assertThat(reviews.ofProduct(new ProductId(bought.productId()), 0)).extracting(Review::body).containsExactly("Pertama kali");
    }

    @Test
    void bad_stars_text_or_too_many_photos_are_refused() {
        ReviewFixture.Bought bought = fixture.delivered("Topi batas");
        assertThatThrownBy(() -> reviews.write(bought.number(), bought.token(), bought.lineId(), draft(0, "Bagus")))
                .hasMessage("review.error.rating");
        assertThatThrownBy(() -> reviews.write(bought.number(), bought.token(), bought.lineId(), draft(6, "Bagus")))
                .hasMessage("review.error.rating");
        assertThatThrownBy(() -> reviews.write(bought.number(), bought.token(), bought.lineId(), draft(5, "  ")))
                .hasMessage("review.error.text");
        assertThatThrownBy(() -> reviews.write(bought.number(), bought.token(), bought.lineId(), draft(5, "x".repeat(Reviews.MAX_TEXT + 1))))
                .hasMessage("review.error.text");
        byte[] png = ReviewPhotos.pngWithComment("GPS 1.23,4.56");
        assertThatThrownBy(() -> reviews.write(bought.number(), bought.token(), bought.lineId(),
                new ReviewDraft(5, "Bagus", List.of(png, png, png, png)))).hasMessage("review.error.photos");
        assertThatThrownBy(() -> reviews.write(bought.number(), bought.token(), bought.lineId(),
                new ReviewDraft(5, "Bagus", List.of("not a picture".getBytes())))).hasMessage("review.error.photo");
        assertThat(fixture.reviewCount(bought.productId())).isZero();
    }

    @Test
    void photos_are_stored_without_their_metadata() {
        ReviewFixture.Bought bought = fixture.delivered("Tikar berfoto");
        byte[] png = ReviewPhotos.pngWithComment("GPS 1.23,4.56 rumah saya");
        assertThat(new String(png, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("rumah saya");

        reviews.write(bought.number(), bought.token(), bought.lineId(), new ReviewDraft(5, "Dengan foto", List.of(png)));

        Review review = reviews.ofProduct(new ProductId(bought.productId()), 0).getFirst();
        assertThat(review.photos()).hasSize(1);
        byte[] stored = images.load(review.photos().getFirst()).orElseThrow().data();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("rumah saya").doesNotContain("GPS");
    }

    @Test
    void the_buyer_edits_within_the_period_and_not_after() {
        ReviewFixture.Bought bought = fixture.delivered("Kain diubah");
        reviews.write(bought.number(), bought.token(), bought.lineId(), draft(3, "Lumayan"));

        reviews.edit(bought.number(), bought.token(), bought.lineId(), draft(5, "Ternyata awet, saya ubah"));
        assertThat(reviews.ofProduct(new ProductId(bought.productId()), 0)).extracting(Review::rating, Review::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "Ternyata awet, saya ubah"));
        assertThat(fixture.projection(bought.productId())).containsExactly(50, 1);

        fixture.writtenDaysAgo(bought.productId(), 31);
        assertThatThrownBy(() -> reviews.edit(bought.number(), bought.token(), bought.lineId(), draft(1, "Terlambat")))
                .hasMessage("review.error.edit-closed");
        assertThat(reviews.ofProduct(new ProductId(bought.productId()), 0)).extracting(Review::body).containsExactly("Ternyata awet, saya ubah");
        assertThat(reviews.reviewable(bought.number(), bought.token())).singleElement()
                .satisfies(line -> assertThat(line.editable()).isFalse());
    }

    @Test
    void a_member_of_the_group_never_reviews_its_own_product() {
        ReviewFixture.Bought bought = fixture.delivered("Produk sendiri");
        Caller member = Callers.producer(-9712, bought.groupId());

        assertThatThrownBy(() -> Callers.as(member, () -> reviews.write(bought.number(), bought.token(), bought.lineId(), draft(5, "Bagus sekali"))))
                .hasMessage("review.error.own-product");
        assertThat(fixture.reviewCount(bought.productId())).isZero();
        assertThat(Callers.as(member, () -> reviews.reviewable(bought.number(), bought.token()))).isEmpty();
    }

    @Test
    void the_group_answers_once_and_another_group_cannot() {
        ReviewFixture.Bought bought = fixture.delivered("Tas dijawab");
        long id = reviews.write(bought.number(), bought.token(), bought.lineId(), draft(5, "Suka sekali"));
        long otherGroup = fixture.orders().banten().id();

        assertThatThrownBy(() -> Callers.as(Callers.producer(-9713, otherGroup), () -> reviews.answer(id, "Bukan kami")))
                .hasMessage("review.error.not-your-group");
        assertThatThrownBy(() -> reviews.answer(id, "Tamu")).isInstanceOf(AccessDeniedException.class);
        Callers.as(Callers.producer(-9714, bought.groupId()), () -> reviews.answer(id, "Terima kasih!"));
        assertThatThrownBy(() -> Callers.as(Callers.producer(-9714, bought.groupId()), () -> reviews.answer(id, "Lagi")))
                .hasMessage("review.error.answered");

        assertThat(reviews.ofProduct(new ProductId(bought.productId()), 0).getFirst().answer()).isEqualTo("Terima kasih!");
        assertThat(Callers.as(Callers.producer(-9714, bought.groupId()), () -> reviews.forMyGroup())).extracting(Review::id).contains(id);
    }

    @Test
    void a_review_with_a_link_or_phone_waits_for_the_provinces_curator_who_keeps_it_with_a_reason_in_the_decision_log() {
        ReviewFixture.Bought bought = fixture.delivered("Tas bertautan");
        long id = reviews.write(bought.number(), bought.token(), bought.lineId(), draft(5, "Murah, pesan di wa.me/6281234567890"));

        assertThat(reviews.ofProduct(new ProductId(bought.productId()), 0)).isEmpty();
        assertThat(fixture.projection(bought.productId())).containsExactly(0, 0);
        assertThat(Callers.as(Callers.curator(-9715, "36"), () -> reviews.queue())).extracting(Review::id).doesNotContain(id);
        assertThatThrownBy(() -> Callers.as(Callers.curator(-9715, "36"), () -> reviews.decide(id, true, "Boleh")))
                .isInstanceOf(AccessDeniedException.class);
        Caller ntt = Callers.curator(-9716, "53");
        assertThat(Callers.as(ntt, () -> reviews.queue())).extracting(Review::id).contains(id);
        assertThatThrownBy(() -> Callers.as(ntt, () -> reviews.decide(id, true, ""))).hasMessage("review.error.reason");

        Callers.as(ntt, () -> reviews.decide(id, true, "Nomor kelompok sendiri, tidak apa-apa"));

        assertThat(reviews.ofProduct(new ProductId(bought.productId()), 0)).extracting(Review::id).containsExactly(id);
        assertThat(fixture.projection(bought.productId())).containsExactly(50, 1);
        assertThatThrownBy(() -> Callers.as(ntt, () -> reviews.decide(id, false, "Lagi"))).hasMessage("review.error.decided");
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.orders().jdbc()
                .sql("SELECT COUNT(*) FROM staff_decision WHERE subject_type = 'REVIEW' AND subject_id = ? AND action = 'REVIEW_KEPT' "
                        + "AND after_state LIKE '%Nomor kelompok sendiri%' AND province_code = '53'")
                .param(String.valueOf(id)).query(Integer.class).single() == 1);
    }

    @Test
    void anyone_reports_a_review_and_a_hidden_review_no_longer_counts() {
        ReviewFixture.Bought bought = fixture.delivered("Tas dilaporkan");
        long id = reviews.write(bought.number(), bought.token(), bought.lineId(), draft(1, "Jelek, penjualnya menipu"));
        assertThatThrownBy(() -> reviews.report(id, "x".repeat(Reviews.MAX_NOTE + 1))).hasMessage("review.error.note");

        reviews.report(id, "Kata-kata kasar");

        Caller ntt = Callers.curator(-9717, "53");
        assertThat(Callers.as(ntt, () -> reviews.queue())).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> assertThat(r.reportNote()).isEqualTo("Kata-kata kasar"));
        // Reported, it stays shown until the curator decides.
        assertThat(reviews.ofProduct(new ProductId(bought.productId()), 0)).extracting(Review::id).containsExactly(id);
        Callers.as(ntt, () -> reviews.decide(id, false, "Tuduhan tanpa dasar"));
        assertThat(reviews.ofProduct(new ProductId(bought.productId()), 0)).isEmpty();
        assertThat(reviews.ratings(new ProductId(bought.productId())).count()).isZero();
        assertThat(fixture.projection(bought.productId())).containsExactly(0, 0);
        assertThatThrownBy(() -> reviews.report(id, "lagi")).hasMessage("review.error.unknown");
        assertThatThrownBy(() -> reviews.edit(bought.number(), bought.token(), bought.lineId(), draft(5, "Maaf"))).hasMessage("review.error.hidden");
    }

    @Test
    void the_catalog_sorts_by_rating_and_cards_and_the_group_carry_it() {
        long price = 123_457;
        ReviewFixture.Bought good = fixture.delivered(fixture.orders().ntt(), "Urut bagus", "Ana Lopes", price);
        ReviewFixture.Bought fair = fixture.delivered(fixture.orders().ntt(), "Urut lumayan", "Ana Lopes", price);
        reviews.write(fair.number(), fair.token(), fair.lineId(), draft(3, "Lumayan saja"));
        reviews.write(good.number(), good.token(), good.lineId(), draft(5, "Bagus sekali"));

        CatalogQuery query = new CatalogQuery(null, null, null, price, price, false, CatalogQuery.Sort.RATING);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(search.browse(query, 0, 10).cards())
                .extracting(card -> card.id().value()).startsWith(good.productId(), fair.productId()));
        ProductCard card = search.browse(query, 0, 10).cards().getFirst();
        assertThat(card.ratingTenths()).isEqualTo(50);
        assertThat(card.ratingCount()).isEqualTo(1);
        assertThat(ratings.ofGroup(new GroupId(good.groupId()))).hasValueSatisfying(rating -> assertThat(rating.count()).isGreaterThanOrEqualTo(2));
    }
}
