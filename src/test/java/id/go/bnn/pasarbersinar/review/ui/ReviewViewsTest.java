package id.go.bnn.pasarbersinar.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.review.Review;
import id.go.bnn.pasarbersinar.review.ReviewDraft;
import id.go.bnn.pasarbersinar.review.ReviewFixture;
import id.go.bnn.pasarbersinar.review.Reviews;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The review pages as people use them (the buyer's form, the product page's section, the group's answers, the
 * curator's queue), and whatever a buyer typed (name, text, report note) shown there as text, never as markup.
 */
@SpringBootTest
class ReviewViewsTest extends SpringBrowserlessTest {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";
    static final String ESCAPED = "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

    @Autowired
    ReviewFixture fixture;
    @Autowired
    Reviews reviews;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private void openForm(ReviewFixture.Bought bought) {
        UI.getCurrent().navigate("ulasan/tulis/" + bought.number(), QueryParameters.simple(Map.of("t", bought.token(),
                "baris", String.valueOf(bought.lineId()))));
    }

    @Test
    void the_buyer_writes_a_review_on_the_form_and_bad_input_gets_a_message() {
        ReviewFixture.Bought bought = fixture.delivered("Tas formulir");
        openForm(bought);
        assertThat(getCurrentView()).isInstanceOf(WriteReviewView.class);

        test($(Button.class).withClassName("pb-review-send").first()).click();
        assertThat($(Paragraph.class).withClassName("pb-feedback").first().getText()).isEqualTo("Pilih 1 sampai 5 bintang.");
        assertThat(fixture.reviewCount(bought.productId())).isZero();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> stars = $(RadioButtonGroup.class).withClassName("pb-review-stars-field").first();
        stars.setValue(4);
        $(TextArea.class).withClassName("pb-review-text").first().setValue("Anyamannya rapat, warnanya cantik.");
        test($(Button.class).withClassName("pb-review-send").first()).click();

        assertThat($(Paragraph.class).withClassName("pb-feedback").first().getText()).isEqualTo("Terima kasih, ulasan Anda tersimpan.");
        assertThat(reviews.ofProduct(new ProductId(bought.productId()), 0)).extracting(Review::rating, Review::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "Anyamannya rapat, warnanya cantik."));
    }

    @Test
    void the_form_shows_what_was_typed_as_text_before_and_after_the_review_is_written() {
        ReviewFixture.Bought bought = fixture.delivered(fixture.orders().ntt(), ATTACK, ATTACK + " Bete", 150_000);
        openForm(bought);
        assertThat(getCurrentView()).isInstanceOf(WriteReviewView.class);
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img src=x").doesNotContain("</script><");

        reviews.write(bought.number(), bought.token(), bought.lineId(), new ReviewDraft(3, "Ulasan " + ATTACK, List.of()));
        openForm(bought);
        assertThat($(TextArea.class).withClassName("pb-review-text").first().getValue()).isEqualTo("Ulasan " + ATTACK);
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img src=x").doesNotContain("</script><");
    }

    @Test
    void the_form_of_an_order_that_is_not_the_callers_is_not_found() {
        ReviewFixture.Bought bought = fixture.delivered("Tas bukan milik");
        UI.getCurrent().navigate("ulasan/tulis/" + bought.number(), QueryParameters.simple(Map.of("t", "palsu")));
        assertThat(getCurrentView()).isNotInstanceOf(WriteReviewView.class);
    }

    @Test
    void the_order_page_links_each_delivered_line_to_its_review_form() {
        ReviewFixture.Bought bought = fixture.delivered("Tas bertaut");
        UI.getCurrent().navigate("pesanan/" + bought.number(), QueryParameters.simple(Map.of("t", bought.token())));
        assertThat($(Anchor.class).withClassName("pb-write-review").all()).extracting(Anchor::getHref)
                .containsExactly("ulasan/tulis/" + bought.number() + "?baris=" + bought.lineId() + "&t=" + bought.token());
    }

    @Test
    void the_product_page_shows_the_average_the_bars_and_the_reviews_as_text() {
        ReviewFixture.Bought bought = fixture.delivered(fixture.orders().ntt(), ATTACK, ATTACK + " Bete", 150_000);
        reviews.write(bought.number(), bought.token(), bought.lineId(), new ReviewDraft(4, ATTACK, List.of()));

        UI.getCurrent().navigate("produk/" + fixture.slug(bought.productId()));

        Section section = $(Section.class).withClassName("pb-reviews").first();
        String html = section.getElement().getOuterHTML();
        assertThat(html).contains(ESCAPED).doesNotContain("<img").doesNotContain("</script><");
        assertThat($(Div.class).withClassName("pb-reviews-bar-row").all()).hasSize(5);
        assertThat(html).contains("4,0", "1 ulasan");
        assertThat($(Div.class).withClassName("pb-review").first().getElement().getTextRecursively()).contains(ATTACK.split(" ")[0]);
    }

    @Test
    void the_group_answers_on_its_page_and_what_buyers_typed_is_text() {
        ReviewFixture.Bought bought = fixture.delivered(fixture.orders().ntt(), "Tas dijawab di portal", ATTACK + " Bete", 150_000);
        long id = reviews.write(bought.number(), bought.token(), bought.lineId(), new ReviewDraft(5, ATTACK, List.of()));
        Callers.signIn(Callers.producer(-9721, bought.groupId()));

        GroupReviewsView view = navigate("mitra/ulasan", GroupReviewsView.class);
        assertThat(view.getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img").doesNotContain("</script><");
        Div card = $(Div.class).withClassName("pb-review").all().stream()
                .filter(candidate -> candidate.getElement().getTextRecursively().contains(ATTACK)).findFirst().orElseThrow();
        $(TextArea.class, card).withClassName("pb-review-answer-field").first().setValue("Terima kasih " + ATTACK);
        test($(Button.class, card).withClassName("pb-review-answer-send").first()).click();

        assertThat(reviews.ofProduct(new ProductId(bought.productId()), 0).getFirst().answer()).isEqualTo("Terima kasih " + ATTACK);
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("<img").doesNotContain("</script><");
        assertThat(id).isPositive();
    }

    @Test
    void the_curator_hides_a_reported_review_with_a_reason_and_the_queue_shows_it_as_text() {
        ReviewFixture.Bought bought = fixture.delivered(fixture.orders().ntt(), "Tas antrean", ATTACK + " Bete", 150_000);
        long id = reviews.write(bought.number(), bought.token(), bought.lineId(), new ReviewDraft(2, ATTACK, List.of()));
        reviews.report(id, ATTACK);
        Callers.signIn(Callers.curator(-9722, "53"));

        StaffReviewsView view = navigate("staf/ulasan", StaffReviewsView.class);
        assertThat(view.getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img").doesNotContain("</script><");
        Div card = $(Div.class).withClassName("pb-review").all().stream()
                .filter(candidate -> candidate.getElement().getOuterHTML().contains(bought.number())).findFirst().orElseThrow();
        test($(Button.class, card).withClassName("pb-review-hide").first()).click();
        assertThat($(Paragraph.class, card).withClassName("pb-feedback").first().getText()).isEqualTo("Tulis alasan 3 sampai 300 huruf.");
        assertThat(reviews.ofProduct(new ProductId(bought.productId()), 0)).hasSize(1);

        $(TextField.class, card).withClassName("pb-review-reason").first().setValue("Tidak sopan");
        test($(Button.class, card).withClassName("pb-review-hide").first()).click();
        assertThat(reviews.ofProduct(new ProductId(bought.productId()), 0)).isEmpty();
    }
}
