package id.go.bnn.pasarbersinar.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shell.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class GroupViewTest extends SpringBrowserlessTest {

    @Autowired
    ProducerGroups groups;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;

    @Test
    void shows_story_programme_region_and_products() {
        StorefrontFixture fixture = new StorefrontFixture(groups, listings, reviews, "76");
        GroupId id = fixture.verifiedGroup("Tenun Mandar Uji Kelompok");
        fixture.approved(id, "Sarung Sutra Mandar Uji", "tenun", 450_000, NewListing.single(2));
        fixture.draft(id, "Sarung Mandar Draf Uji", "tenun", 450_000, NewListing.single(2));
        GroupSummary group = groups.find(id).orElseThrow();

        navigate("kelompok/" + group.slug(), GroupView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Tenun Mandar Uji Kelompok");
        assertThat($(Span.class).withClassName("pb-group-place").first().getText()).isEqualTo("Kelurahan Uji, Kota Uji, Sulawesi Barat");
        assertThat($(Paragraph.class).withClassName("pb-group-story").first().getText()).isEqualTo("Cerita Tenun Mandar Uji Kelompok.");
        assertThat(Cards.texts($(ProductCardComponent.class).all(), "pb-card-title")).containsExactly("Sarung Sutra Mandar Uji");
        assertThat($(Span.class).withClassName("pb-group-members").first().getText()).isEqualTo("12 anggota");
    }

    @Test
    void an_unverified_or_unknown_group_is_not_found() {
        GroupId pending = new StorefrontFixture(groups, listings, reviews, "76").pendingGroup("Kelompok Mandar Belum Diverifikasi");
        navigate("kelompok/" + id.go.bnn.pasarbersinar.shared.Caller.runAsSystem(() -> groups.find(pending).orElseThrow().slug()), NotFoundView.class);
        navigate("kelompok/tidak-ada-kelompok-ini", NotFoundView.class);
    }
}
