package id.go.bnn.pasarbersinar.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.GroupMembers;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupProfile;
import id.go.bnn.pasarbersinar.producer.MemberDisplay;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class GroupProfileViewTest extends StaffViewSupport {

    static final String MALUT = "82";

    @Autowired
    ProducerGroups groups;
    @Autowired
    GroupMembers members;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    record Fixture(GroupId group, AccountId member, Caller caller) {
    }

    Fixture fixture(String name) {
        return Caller.runAsSystem(() -> {
            GroupId group = groups.register(new NewGroup(name, new LocalizedText("Cerita lama.", null), "KAWASAN_RAWAN", MALUT,
                    "Kota Ternate", null, null, null, null, null, null, null, 2, 2021), false);
            groups.verify(group);
            AccountId member = accounts.provision("profil-" + System.nanoTime() + "@test.pasarbersinar.id", "Nurlela Hasan Ibrahim",
                    "Kopi-Lamteuba-Seulawah-7", Set.of(Caller.Role.PRODUCER), Set.of(), Set.of(group), null, false);
            return new Fixture(group, member, Callers.producer(member.value(), group.value()));
        });
    }

    @Test
    void a_member_saves_the_story_phone_and_pseudonyms_and_the_public_names_follow() {
        Fixture f = fixture("Tenun Ternate Profil");
        Callers.signIn(f.caller());
        navigate(GroupProfileView.class);
        textArea("Cerita kelompok (bahasa Indonesia)").setValue("Kami menenun di Ternate.");
        textArea("Cerita kelompok (bahasa Inggris, boleh kosong)").setValue("We weave in Ternate.");
        textField("Nomor telepon kelompok").setValue("0812-3456-7890");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MemberDisplay> display = $(RadioButtonGroup.class).first();
        display.setValue(MemberDisplay.PSEUDONYMS);
        textField("Nama samaran untuk Nurlela Hasan Ibrahim").setValue("Mama Ela");
        click("Simpan profil");

        assertThat(feedback()).isEqualTo("Profil disimpan.");
        GroupProfile saved = Callers.as(f.caller(), () -> groups.profile(f.group()));
        assertThat(saved.story()).isEqualTo(new LocalizedText("Kami menenun di Ternate.", "We weave in Ternate."));
        assertThat(saved.contactPhone()).isEqualTo("+6281234567890");
        assertThat(saved.memberDisplay()).isEqualTo(MemberDisplay.PSEUDONYMS);
        assertThat(members.publicNames(f.group())).containsExactly("Mama Ela");
    }

    @Test
    void a_wrong_phone_or_an_empty_story_is_refused_next_to_the_field_and_changes_nothing() {
        Fixture f = fixture("Tenun Tidore Profil");
        Callers.signIn(f.caller());
        navigate(GroupProfileView.class);
        textField("Nomor telepon kelompok").setValue("12345");
        click("Simpan profil");
        assertThat(textField("Nomor telepon kelompok").isInvalid()).isTrue();
        assertThat(textField("Nomor telepon kelompok").getErrorMessage())
                .isEqualTo("Nomor telepon tidak dikenali. Tulis nomor Indonesia, misalnya 0812 3456 7890.");
        assertThat(feedbackIsError()).isTrue();

        textField("Nomor telepon kelompok").setValue("");
        textArea("Cerita kelompok (bahasa Indonesia)").setValue("  ");
        click("Simpan profil");
        assertThat(textArea("Cerita kelompok (bahasa Indonesia)").isInvalid()).isTrue();

        GroupProfile unchanged = Callers.as(f.caller(), () -> groups.profile(f.group()));
        assertThat(unchanged.story().id()).isEqualTo("Cerita lama.");
        assertThat(unchanged.contactPhone()).isNull();
    }

    @Test
    void an_uploaded_photo_is_stored_by_content_and_anything_else_is_refused_with_nothing_left() {
        Fixture f = fixture("Tenun Bacan Profil");
        Callers.signIn(f.caller());
        GroupProfileView view = navigate(GroupProfileView.class);
        long storedBefore = jdbc.sql("SELECT COUNT(*) FROM stored_image").query(Long.class).single();

        test($(Upload.class).first()).upload("program.jpg", "image/jpeg", "MZ\u0090\u0000 not a picture".getBytes());
        assertThat(feedbackIsError()).isTrue();
        assertThat(view.photos()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_image").query(Long.class).single()).isEqualTo(storedBefore);

        view.photoUploaded(png(64, 48));
        assertThat(feedback()).isEqualTo("Foto ditambahkan. Simpan profil agar tampil.");
        assertThat(view.photos()).hasSize(1);
        click("Simpan profil");
        assertThat(Callers.as(f.caller(), () -> groups.profile(f.group())).photoHashes()).isEqualTo(view.photos());
        assertThat(groups.publicProfile(f.group()).orElseThrow().contactPhone()).isNull();
    }

    @Test
    void typed_texts_are_shown_as_text() {
        Fixture f = fixture(INJECTION);
        Callers.as(f.caller(), () -> members.choosePseudonym(f.group(), f.member(), INJECTION.substring(0, 30)));
        Callers.signIn(f.caller());
        navigate(GroupProfileView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MemberDisplay> display = $(RadioButtonGroup.class).first();
        display.setValue(MemberDisplay.PSEUDONYMS);
        assertThat($(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).contains(INJECTION));
        assertThat(textField("Nama samaran untuk Nurlela Hasan Ibrahim").getValue()).isEqualTo(INJECTION.substring(0, 30));
        noRawHtml();
    }

    @Test
    void a_producer_acting_for_no_group_is_told_so() {
        Callers.signIn(new Caller(-8201L, "tanpa@test.id", Set.of(Caller.Role.PRODUCER), Set.of(), Set.of(), null, false));
        navigate(GroupProfileView.class);
        assertThat($(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).startsWith("Anda belum bertindak untuk sebuah kelompok"));
    }
}
