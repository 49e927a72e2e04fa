package id.go.bnn.pasarbersinar.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.GroupMembers;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.MemberDisplay;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The public group page shows members only as the group chose, never a full name or phone, and typed texts as text. */
@SpringBootTest
class GroupViewMemberDisplayTest extends SpringBrowserlessTest {

    static final String INJECTION = "</script><img src=x onerror=alert(1)>";
    static final String FULL_NAME = "Fransiska Abuk Seran";
    static final String PHONE = "+6281377778888";

    @Autowired
    ProducerGroups groups;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    Accounts accounts;
    @Autowired
    GroupMembers members;

    record Fixture(GroupId group, AccountId member, Caller caller) {
    }

    Fixture fixture(String name) {
        GroupId group = new StorefrontFixture(groups, listings, reviews, "81").verifiedGroup(name);
        AccountId member = Caller.runAsSystem(() -> accounts.provision("publik-" + System.nanoTime() + "@test.pasarbersinar.id", FULL_NAME,
                "Kopi-Lamteuba-Seulawah-7", Set.of(Caller.Role.PRODUCER), Set.of(), Set.of(group), null, false));
        return new Fixture(group, member, Callers.producer(member.value(), group.value()));
    }

    @Test
    void by_default_only_the_group_name_is_shown() {
        Fixture f = fixture("Tenun Ambon Nama Kelompok");
        profile(f, MemberDisplay.GROUP_NAME);
        open(f);
        assertThat($(Paragraph.class).withClassName("pb-group-member-names").all()).isEmpty();
        assertThat(pageText()).doesNotContain("Fransiska").doesNotContain(PHONE);
    }

    @Test
    void first_names_when_the_group_chose_them_never_the_full_name_or_phone() {
        Fixture f = fixture("Tenun Ambon Nama Depan");
        profile(f, MemberDisplay.FIRST_NAMES);
        open(f);
        assertThat($(Paragraph.class).withClassName("pb-group-member-names").first().getText()).isEqualTo("Anggota: Fransiska");
        assertThat(pageText()).doesNotContain(FULL_NAME).doesNotContain(PHONE).doesNotContain("Seran");
    }

    @Test
    void pseudonyms_when_the_group_chose_them() {
        Fixture f = fixture("Tenun Ambon Nama Samaran");
        Callers.as(f.caller(), () -> members.choosePseudonym(f.group(), f.member(), "Mama Sisca"));
        profile(f, MemberDisplay.PSEUDONYMS);
        open(f);
        assertThat($(Paragraph.class).withClassName("pb-group-member-names").first().getText()).isEqualTo("Anggota: Mama Sisca");
        assertThat(pageText()).doesNotContain("Fransiska").doesNotContain(PHONE);
    }

    @Test
    void typed_texts_are_shown_as_text() {
        Fixture f = fixture("Tenun Ambon Injeksi " + System.nanoTime() % 1000);
        Callers.as(f.caller(), () -> members.choosePseudonym(f.group(), f.member(), INJECTION));
        Callers.as(f.caller(), () -> groups.updateProfile(f.group(), new LocalizedText(INJECTION, INJECTION), PHONE, List.of(),
                MemberDisplay.PSEUDONYMS));
        open(f);
        assertThat($(Paragraph.class).withClassName("pb-group-story").first().getText()).isEqualTo(INJECTION);
        assertThat($(Paragraph.class).withClassName("pb-group-member-names").first().getText()).isEqualTo("Anggota: " + INJECTION);
        assertThat($(Html.class).all()).isEmpty();
    }

    private void profile(Fixture f, MemberDisplay display) {
        Callers.as(f.caller(), () -> groups.updateProfile(f.group(), new LocalizedText("Kami menenun di Ambon.", null), PHONE, List.of(),
                display));
    }

    private void open(Fixture f) {
        navigate("kelompok/" + groups.find(f.group()).orElseThrow().slug(), GroupView.class);
        assertThat($(H1.class).first().getText()).isNotBlank();
    }

    private String pageText() {
        return $(Component.class).all().stream().filter(HasText.class::isInstance).map(c -> ((HasText) c).getText())
                .collect(Collectors.joining("\n"));
    }
}
