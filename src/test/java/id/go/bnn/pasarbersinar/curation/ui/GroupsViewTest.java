package id.go.bnn.pasarbersinar.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.GroupMember;
import id.go.bnn.pasarbersinar.identity.GroupMembers;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Verification;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class GroupsViewTest extends StaffViewSupport {

    static final String KALTENG = "62";
    static final String PAPUA = "94";

    @Autowired
    ProducerGroups groups;
    @Autowired
    GroupMembers members;
    @Autowired
    Accounts accounts;

    final Caller curator = Callers.curator(-6201, KALTENG);

    @Test
    void a_curator_sees_only_its_provinces_groups_and_registers_one_in_the_form() {
        GroupId elsewhere = Caller.runAsSystem(() -> groups.register(group("Noken Jayapura Lain", PAPUA), false));
        Callers.signIn(curator);
        navigate(GroupsView.class);
        textField("Nama kelompok").setValue("Rotan Sampit Baru");
        @SuppressWarnings("unchecked")
        ComboBox<Object> programme = $(ComboBox.class).all().stream().filter(c -> "Program".equals(c.getLabel())).findFirst().orElseThrow();
        programme.setValue(programme.getListDataView().getItem(0));
        textField("Kabupaten/kota").setValue("Kotawaringin Timur");
        textField("Kelurahan/desa").setValue("Baamang");
        textArea("Cerita kelompok (bahasa Indonesia)").setValue("Kami menganyam rotan.");
        click("Daftarkan");

        assertThat(feedback()).isEqualTo("Kelompok Rotan Sampit Baru terdaftar dan menunggu verifikasi.");
        @SuppressWarnings("unchecked")
        Grid<GroupSummary> grid = $(Grid.class).first();
        List<GroupSummary> rows = grid.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(GroupSummary::provinceCode).containsOnly(KALTENG);
        assertThat(rows).extracting(GroupSummary::id).doesNotContain(elsewhere);
        GroupSummary created = rows.stream().filter(g -> g.name().equals("Rotan Sampit Baru")).findFirst().orElseThrow();
        assertThat(created.verification()).isEqualTo(Verification.PENDING);
        assertThat(created.village()).isEqualTo("Baamang");
        assertThat($(H2.class).first().getText()).isEqualTo("Rotan Sampit Baru");
    }

    @Test
    void a_form_with_missing_fields_says_so_and_registers_nothing() {
        Callers.signIn(curator);
        navigate(GroupsView.class);
        int before = Callers.as(curator, () -> groups.listForStaff()).size();
        textField("Nama kelompok").setValue("   ");
        click("Daftarkan");

        assertThat(feedback()).isEqualTo("Periksa kolom yang ditandai, lalu coba lagi. Belum ada yang diubah.");
        assertThat(feedbackIsError()).isTrue();
        assertThat(textField("Nama kelompok").isInvalid()).isTrue();
        assertThat(textField("Kabupaten/kota").getErrorMessage()).isEqualTo("Wajib diisi.");
        assertThat(Callers.as(curator, () -> groups.listForStaff())).hasSize(before);
    }

    @Test
    void verify_suspend_with_a_reason_and_lift_from_the_page() {
        GroupId id = Callers.as(curator, () -> groups.register(group("Rotan Katingan Uji", KALTENG), false));
        Callers.signIn(curator);
        navigate(GroupsView.class);
        select(id);
        click("Verifikasi");
        assertThat(groups.find(id).orElseThrow().verification()).isEqualTo(Verification.VERIFIED);

        click("Tangguhkan");
        assertThat(feedback()).isEqualTo("Tulis alasan penangguhan (paling panjang 500 huruf).");
        assertThat(groups.find(id).orElseThrow().verification()).isEqualTo(Verification.VERIFIED);

        textField("Alasan penangguhan").setValue("Laporan warga diperiksa");
        click("Tangguhkan");
        assertThat(groups.find(id).orElseThrow().verification()).isEqualTo(Verification.SUSPENDED);
        assertThat($(Span.class).withClassName("pb-state").first().getText()).isEqualTo("Ditangguhkan");

        click("Cabut penangguhan");
        assertThat(groups.find(id).orElseThrow().verification()).isEqualTo(Verification.VERIFIED);
    }

    @Test
    void a_member_is_removed_and_a_bad_invitation_address_is_refused() {
        GroupId id = Callers.as(curator, () -> groups.register(group("Rotan Pulang Pisau Uji", KALTENG), false));
        AccountId member = Caller.runAsSystem(() -> accounts.provision("rotan-" + System.nanoTime() + "@test.pasarbersinar.id",
                "Sari Rotan", "Kopi-Lamteuba-Seulawah-7", Set.of(Caller.Role.PRODUCER), Set.of(), Set.of(id), null, false));
        Callers.signIn(curator);
        navigate(GroupsView.class);
        select(id);

        $(EmailField.class).first().setValue("bukan-alamat");
        click("Kirim undangan");
        assertThat(feedback()).isEqualTo("Alamat e-mail tidak valid.");
        assertThat(feedbackIsError()).isTrue();

        click("Keluarkan");
        assertThat(feedback()).isEqualTo("Anggota dikeluarkan. Aksesnya berakhir pada permintaan berikutnya.");
        assertThat(Callers.as(curator, () -> members.members(id))).extracting(GroupMember::account).doesNotContain(member);
    }

    @Test
    void typed_texts_are_shown_as_text() {
        GroupId id = Callers.as(curator, () -> groups.register(group(INJECTION, KALTENG), false));
        Caller.runAsSystem(() -> accounts.provision("injeksi-" + System.nanoTime() + "@test.pasarbersinar.id", INJECTION,
                "Kopi-Lamteuba-Seulawah-7", Set.of(Caller.Role.PRODUCER), Set.of(), Set.of(id), null, false));
        Callers.signIn(curator);
        navigate(GroupsView.class);
        select(id);
        assertThat($(H2.class).first().getText()).isEqualTo(INJECTION);
        assertThat($(Span.class).all()).anySatisfy(span -> assertThat(span.getText()).startsWith(INJECTION));
        noRawHtml();
    }

    private void select(GroupId id) {
        @SuppressWarnings("unchecked")
        Grid<GroupSummary> grid = $(Grid.class).first();
        grid.asSingleSelect().setValue(grid.getGenericDataView().getItems().filter(g -> g.id().equals(id)).findFirst().orElseThrow());
    }

    static NewGroup group(String name, String province) {
        return new NewGroup(name, new LocalizedText("Cerita.", null), "KAWASAN_RAWAN", province, "Kota Palangka Raya", null, null, null,
                null, null, null, null, 2, 2022);
    }
}
