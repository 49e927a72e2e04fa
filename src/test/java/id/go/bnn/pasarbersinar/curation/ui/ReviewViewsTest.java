package id.go.bnn.pasarbersinar.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import id.go.bnn.pasarbersinar.catalog.ListingStatus;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shell.ui.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The review queue and the review page as curators use them, scoped to their provinces. */
@SpringBootTest
class ReviewViewsTest extends SpringBrowserlessTest {

    static final String INJECTION = "</script><img src=x onerror=alert(1)>";
    static final String GORONTALO = "75";

    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    ProducerGroups groups;

    GroupId group;
    Caller member;
    Caller curator = Callers.curator(-7501, GORONTALO);

    @BeforeEach
    void a_group_in_gorontalo() {
        group = Caller.runAsSystem(() -> {
            GroupId id = groups.register(new NewGroup("Kurasi Uji " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                    "KAWASAN_RAWAN", GORONTALO, "Kota Uji", null, "Kelurahan Uji", null, null, null, null, null, 10, 2021), false);
            groups.verify(id);
            return id;
        });
        member = Callers.producer(-7502, group.value());
    }

    @AfterEach
    void signOut() {
        Callers.signOut();
    }

    @Test
    void the_queue_shows_the_provinces_listings_oldest_first_with_their_age_escaped() {
        ProductId older = submitted(INJECTION);
        ProductId newer = submitted("Antrean Baru");
        Callers.signIn(curator);
        navigate("staf/kurasi", ReviewQueueView.class);
        List<String> links = $(Anchor.class).withClassName("pb-listing-row").all().stream().map(Anchor::getHref).toList();
        assertThat(links).containsSubsequence("staf/kurasi/" + older.value(), "staf/kurasi/" + newer.value());
        assertThat($(Span.class).withClassName("pb-listing-title").all()).extracting(Span::getText).contains(INJECTION);
        assertThat($(Span.class).withClassName("pb-listing-facts").first().getText()).contains("menunggu");

        Callers.signIn(Callers.curator(-7101, "71"));
        navigate("", Component.class);
        navigate("staf/kurasi", ReviewQueueView.class);
        assertThat($(Anchor.class).withClassName("pb-listing-row").all()).extracting(Anchor::getHref)
                .doesNotContain("staf/kurasi/" + older.value());
    }

    @Test
    void a_curator_approves_from_the_review_page() {
        ProductId id = submitted("Disetujui Dari Halaman");
        Callers.signIn(curator);
        ReviewView view = navigate("staf/kurasi/" + id.value(), ReviewView.class);
        test(view.approve).click();
        assertThat(Callers.as(curator, () -> listings.find(id)).status()).isEqualTo(ListingStatus.APPROVED);
    }

    @Test
    void asking_for_changes_needs_a_reason_next_to_the_field() {
        ProductId id = submitted("Perlu Alasan");
        Callers.signIn(curator);
        ReviewView view = navigate("staf/kurasi/" + id.value(), ReviewView.class);
        test(view.sendBack).click();
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).startsWith("Tuliskan alasan");
        assertThat(listings.find(id).status()).isEqualTo(ListingStatus.SUBMITTED);
        view.reason.setValue("Mohon tambahkan ukuran.");
        test(view.sendBack).click();
        assertThat(listings.find(id).status()).isEqualTo(ListingStatus.CHANGES_REQUESTED);
    }

    @Test
    void a_revision_is_shown_beside_the_live_version_with_the_changes_marked_and_escaped() {
        ProductId id = submitted("Versi Lama");
        Callers.as(curator, () -> reviews.approve(id));
        ListingEdit live = Callers.as(member, () -> listings.find(id)).live();
        Callers.as(member, () -> listings.save(id, new ListingEdit(new LocalizedText(INJECTION, null), live.description(),
                live.categoryCode(), live.price(), live.weightGrams(), live.variants(), live.photos())));
        Callers.signIn(curator);
        navigate("staf/kurasi/" + id.value(), ReviewView.class);
        assertThat($(Div.class).withClassName("pb-compare-column").all()).hasSize(2);
        List<Div> changed = $(Div.class).withClassName("pb-changed").all();
        assertThat(changed).hasSize(1);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("Versi Lama", INJECTION);
        assertThat($(H1.class).first().getText()).isEqualTo("Versi Lama");
    }

    @Test
    void a_curator_of_another_province_and_a_member_cannot_open_the_review_page() {
        ProductId id = submitted("Bukan Provinsimu");
        Callers.signIn(Callers.curator(-7102, "71"));
        navigate("staf/kurasi/" + id.value(), NotFoundView.class);
        Callers.signIn(member);
        Component landed = navigate("staf/kurasi/" + id.value(), Component.class);
        assertThat(landed).isNotInstanceOf(ReviewView.class);
        assertThat(Callers.as(curator, () -> listings.find(id)).status()).isEqualTo(ListingStatus.SUBMITTED);
    }

    private ProductId submitted(String title) {
        return Callers.as(member, () -> {
            ProductId id = listings.createDraft(group, new ListingEdit(new LocalizedText(title, null), new LocalizedText("Keterangan.", null),
                    "tenun", 80_000, 300, List.of(new ListingEdit.Variant(null, "Standar", null, null, 2)), List.of()));
            listings.submit(id);
            return id;
        });
    }
}
