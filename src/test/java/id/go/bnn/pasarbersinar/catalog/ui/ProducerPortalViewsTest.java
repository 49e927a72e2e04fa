package id.go.bnn.pasarbersinar.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.ImagesTest;
import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import id.go.bnn.pasarbersinar.catalog.ListingRow;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The producer portal as a member uses it: the editor, uploads, validation, the to-do page, and what it refuses. */
@SpringBootTest
class ProducerPortalViewsTest extends SpringBrowserlessTest {

    static final String INJECTION = "</script><img src=x onerror=alert(1)>";

    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    ProducerGroups groups;
    @Autowired
    Images images;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    GroupId group;
    Caller member;

    @BeforeEach
    void a_group_in_ntb_with_a_member() {
        group = Caller.runAsSystem(() -> {
            GroupId id = groups.register(new NewGroup("Portal Uji " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                    "KAWASAN_RAWAN", "52", "Kota Uji", null, "Kelurahan Uji", null, null, null, null, null, 10, 2021), false);
            groups.verify(id);
            return id;
        });
        member = Callers.producer(-5290, group.value());
        Callers.signIn(member);
    }

    @AfterEach
    void signOut() {
        Callers.signOut();
    }

    @Test
    void a_member_writes_a_listing_with_a_photo_and_submits_it() throws Exception {
        ListingEditorView editor = navigate("mitra/produk/baru", ListingEditorView.class);
        editor.titleId.setValue("Tas Anyaman Portal");
        editor.descriptionId.setValue("Tas anyaman pandan buatan tangan.");
        editor.category.setValue(catalog.category("anyaman").orElseThrow());
        editor.price.setValue(95_000);
        editor.weight.setValue(400);
        editor.variants.rows.getFirst().stock.setValue(4);
        editor.photos.addUploaded(ImagesTest.jpeg(300, 200));
        assertThat(editor.photos.rows).hasSize(1);
        test(editor.submit).click();

        List<ListingRow> rows = listings.ofGroup(group, null);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.title().id()).isEqualTo("Tas Anyaman Portal");
            assertThat(row.status()).isEqualTo(ListingStatus.SUBMITTED);
            assertThat(row.totalStock()).isEqualTo(4);
            assertThat(row.coverImage()).isNotNull();
        });
    }

    @Test
    void empty_fields_get_their_message_next_to_them_and_nothing_is_saved() {
        ListingEditorView editor = navigate("mitra/produk/baru", ListingEditorView.class);
        test(editor.save).click();
        assertThat(editor.titleId.isInvalid()).isTrue();
        assertThat(editor.titleId.getErrorMessage()).isEqualTo("Tuliskan nama produk.");
        assertThat(editor.descriptionId.isInvalid()).isTrue();
        assertThat(editor.category.isInvalid()).isTrue();
        assertThat(editor.price.getErrorMessage()).startsWith("Tuliskan harga");
        assertThat(listings.ofGroup(group, null)).isEmpty();
    }

    @Test
    void prices_beyond_the_catalogs_limit_get_their_message_next_to_them_and_nothing_is_saved() {
        ListingEditorView editor = fill(navigate("mitra/produk/baru", ListingEditorView.class), "Harga Berlebih");
        int tooDear = Math.toIntExact(ListingEdit.MAX_PRICE + 1);
        editor.price.setValue(tooDear);
        editor.variants.rows.getFirst().ownPrice.setValue(tooDear);
        test(editor.save).click();
        assertThat(editor.price.isInvalid()).isTrue();
        assertThat(editor.price.getErrorMessage()).startsWith("Tuliskan harga");
        assertThat(editor.variants.rows.getFirst().ownPrice.isInvalid()).isTrue();
        assertThat(editor.variants.rows.getFirst().ownPrice.getErrorMessage()).startsWith("Tuliskan harga");
        assertThat(listings.ofGroup(group, null)).isEmpty();
    }

    @Test
    void submitting_without_a_photo_is_refused_kindly() {
        ListingEditorView editor = fill(navigate("mitra/produk/baru", ListingEditorView.class), "Tanpa Foto");
        test(editor.submit).click();
        assertThat(editor.photos.message.isVisible()).isTrue();
        assertThat(editor.photos.message.getText()).contains("paling sedikit satu foto");
        assertThat(listings.ofGroup(group, null)).isEmpty();
    }

    @Test
    void a_file_that_is_not_a_photo_gets_a_message_in_the_page_and_leaves_nothing_behind() {
        long before = jdbc.sql("SELECT COUNT(*) FROM stored_image").query(Long.class).single();
        ListingEditorView editor = navigate("mitra/produk/baru", ListingEditorView.class);
        byte[] executable = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        editor.photos.addUploaded(executable);
        assertThat(editor.photos.rows).isEmpty();
        assertThat(editor.photos.message.isVisible()).isTrue();
        assertThat(editor.photos.message.getText()).isEqualTo("Berkas ini bukan foto. Pilih foto JPEG, PNG atau WebP.");
        editor.photos.addUploaded(new byte[0]);
        assertThat(editor.photos.message.getText()).isEqualTo("Berkas ini kosong. Pilih foto lain.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_image").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void photos_are_reordered_and_the_cover_chosen() throws Exception {
        ListingEditorView editor = fill(navigate("mitra/produk/baru", ListingEditorView.class), "Urutan Foto");
        editor.photos.addUploaded(ImagesTest.jpeg(200, 100));
        editor.photos.addUploaded(ImagesTest.jpeg(100, 200));
        String second = editor.photos.rows.get(1).hash;
        test($(com.vaadin.flow.component.button.Button.class).withText("Jadikan sampul").first()).click();
        assertThat(editor.photos.rows.getFirst().hash).isEqualTo(second);
        test(editor.save).click();
        ProductId id = listings.ofGroup(group, null).getFirst().id();
        assertThat(listings.find(id).live().photos().getFirst().hash()).isEqualTo(second);
    }

    @Test
    void the_first_page_shows_what_needs_doing_with_the_curators_words_escaped() {
        ProductId sentBack = listings.createDraft(group, edit(INJECTION));
        listings.submit(sentBack);
        Callers.as(Callers.curator(-5291, "52"), () -> reviews.requestChanges(sentBack, INJECTION));
        listings.createDraft(group, edit("Draf Menunggu"));

        navigate("mitra", MitraView.class);
        Paragraph words = $(Paragraph.class).withClassName("pb-curator-words").first();
        assertThat(words.getText()).isEqualTo(INJECTION);
        assertThat(words.getElement().getChildren().toList()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat($(Span.class).all()).extracting(Span::getText).contains(INJECTION, "Draf Menunggu");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("mitra/produk/" + sentBack.value());

        navigate("mitra/produk/" + sentBack.value(), ListingEditorView.class);
        assertThat($(Paragraph.class).withClassName("pb-curator-words").first().getText()).isEqualTo(INJECTION);
        assertThat($(com.vaadin.flow.component.html.Image.class).all()).extracting(com.vaadin.flow.component.html.Image::getSrc)
                .doesNotContain("x");
    }

    @Test
    void the_list_filters_by_status() {
        listings.createDraft(group, edit("Daftar Draf"));
        ProductId submitted = listings.createDraft(group, edit("Daftar Diajukan"));
        listings.submit(submitted);
        navigate("mitra", MitraView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("mitra/produk",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("status", "SUBMITTED")));
        assertThat(getCurrentView()).isInstanceOf(MyListingsView.class);
        assertThat($(Span.class).withClassName("pb-listing-title").all()).extracting(Span::getText).containsExactly("Daftar Diajukan");
        navigate("mitra", MitraView.class);
        navigate("mitra/produk", MyListingsView.class);
        assertThat($(Span.class).withClassName("pb-listing-title").all()).extracting(Span::getText)
                .containsExactlyInAnyOrder("Daftar Draf", "Daftar Diajukan");
    }

    @Test
    void a_member_of_another_group_does_not_open_the_editor_of_this_one() {
        ProductId id = listings.createDraft(group, edit("Bukan Milikmu"));
        Callers.signIn(Callers.producer(-5292, 999_999));
        navigate("mitra/produk/" + id.value(), NotFoundView.class);
        Callers.signIn(Callers.buyer(-5293));
        Component landed = navigate("mitra/produk/" + id.value(), Component.class);
        assertThat(landed).isNotInstanceOf(ListingEditorView.class);
        Callers.signOut();
        assertThat(navigate("mitra", Component.class)).isNotInstanceOf(MitraView.class);
    }

    @Test
    void a_field_officer_prepares_a_draft_for_a_group_of_its_province_which_a_member_then_submits() throws Exception {
        Callers.signIn(Callers.curator(-5294, "52"));
        navigate("mitra", com.vaadin.flow.component.Component.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("mitra/produk/baru",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("kelompok", String.valueOf(group.value()))));
        ListingEditorView editor = (ListingEditorView) getCurrentView();
        assertThat(editor.submit.isVisible()).isFalse();
        fill(editor, "Disiapkan Di Lapangan");
        editor.photos.addUploaded(ImagesTest.jpeg(120, 90));
        test(editor.save).click();
        ProductId id = Callers.as(member, () -> listings.ofGroup(group, null)).getFirst().id();
        assertThat(Callers.as(member, () -> listings.find(id)).preparedByOfficer()).isTrue();

        Callers.signIn(member);
        ListingEditorView mine = navigate("mitra/produk/" + id.value(), ListingEditorView.class);
        assertThat(mine.submit.isVisible()).isTrue();
        test(mine.submit).click();
        assertThat(listings.find(id).status()).isEqualTo(ListingStatus.SUBMITTED);
    }

    private ListingEditorView fill(ListingEditorView editor, String title) {
        editor.titleId.setValue(title);
        editor.descriptionId.setValue("Keterangan " + title + ".");
        editor.category.setValue(catalog.category("tenun").orElseThrow());
        editor.price.setValue(50_000);
        editor.weight.setValue(300);
        return editor;
    }

    private ListingEdit edit(String title) {
        return new ListingEdit(new LocalizedText(title, null), new LocalizedText("Keterangan.", null), "tenun", 50_000, 300,
                List.of(new ListingEdit.Variant(null, "Standar", null, null, 2)), List.of());
    }
}
