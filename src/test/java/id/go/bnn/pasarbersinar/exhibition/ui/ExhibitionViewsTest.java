package id.go.bnn.pasarbersinar.exhibition.ui;

import static id.go.bnn.pasarbersinar.exhibition.ExhibitionFixture.ADMIN;
import static id.go.bnn.pasarbersinar.exhibition.ExhibitionFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.go.bnn.pasarbersinar.catalog.Purchasable;
import id.go.bnn.pasarbersinar.exhibition.Exhibition;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionFixture;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionId;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionStatus;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionStock;
import id.go.bnn.pasarbersinar.exhibition.Exhibitions;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.Province;
import id.go.bnn.pasarbersinar.shared.Callers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The exhibition pages as staff and groups use them: creating an event (bad dates get a message, nothing is made),
 * a booth and its seller, a group moving stock; and whatever people typed (event name, place, booth number, seller's
 * name, product names) shown as text, never as markup.
 */
@SpringBootTest
class ExhibitionViewsTest extends SpringBrowserlessTest {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";
    static final String ESCAPED = "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

    @Autowired
    ExhibitionFixture fixture;
    @Autowired
    Exhibitions exhibitions;
    @Autowired
    ExhibitionStock stock;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private String feedback() {
        return $(Paragraph.class).withClassName("pb-feedback").all().stream().filter(p -> p.isVisible()).map(Paragraph::getText)
                .findFirst().orElse("");
    }

    @Test
    @SuppressWarnings("unchecked")
    void staff_create_an_event_add_a_booth_and_a_seller_and_open_it() {
        OrderFixture.Group ntt = fixture.ntt();
        AccountId member = fixture.member(ntt);
        Callers.signIn(ADMIN);
        navigate("staf/pameran", ExhibitionListView.class);
        long before = fixture.events();
        $(TextField.class).withClassName("pb-exhibition-name").first().setValue("Pameran Formulir");
        $(TextField.class).withClassName("pb-exhibition-place").first().setValue("Lapangan Banteng");
        Select<Province> province = $(Select.class).withClassName("pb-exhibition-province").first();
        province.setValue(province.getListDataView().getItems().filter(p -> p.code().equals("31")).findFirst().orElseThrow());
        $(DatePicker.class).withClassName("pb-exhibition-starts").first().setValue(today().plusDays(3));
        $(DatePicker.class).withClassName("pb-exhibition-ends").first().setValue(today().plusDays(1));

        test($(Button.class).withClassName("pb-exhibition-create").first()).click();
        assertThat(feedback()).isEqualTo("Hari terakhir tidak boleh sebelum hari pertama.");
        assertThat(fixture.events()).isEqualTo(before);

        $(DatePicker.class).withClassName("pb-exhibition-ends").first().setValue(today().plusDays(4));
        test($(Button.class).withClassName("pb-exhibition-create").first()).click();
        assertThat(getCurrentView()).isInstanceOf(ExhibitionDetailView.class);
        assertThat(fixture.events()).isEqualTo(before + 1);

        ComboBox<GroupSummary> group = $(ComboBox.class).withClassName("pb-exhibition-group").first();
        group.setValue(group.getListDataView().getItems().filter(g -> g.id().value() == ntt.id()).findFirst().orElseThrow());
        $(TextField.class).withClassName("pb-exhibition-booth-label").first().setValue("B7");
        test($(Button.class).withClassName("pb-exhibition-add-booth").first()).click();
        $(TextField.class).withClassName("pb-exhibition-seller-email").first().setValue("bukan.anggota@contoh.id");
        test($(Button.class).withClassName("pb-exhibition-add-seller").first()).click();
        assertThat(feedback()).isEqualTo("Tidak ada anggota kelompok ini atau akun staf dengan alamat e-mail ini.");
        $(TextField.class).withClassName("pb-exhibition-seller-email").first().setValue(fixture.email(member));
        test($(Button.class).withClassName("pb-exhibition-add-seller").first()).click();
        test($(Button.class).withClassName("pb-exhibition-open").first()).click();

        Exhibition made = exhibitions.listForStaff().stream().filter(e -> e.name().equals("Pameran Formulir")).findFirst().orElseThrow();
        assertThat(made.status()).isEqualTo(ExhibitionStatus.OPEN);
        assertThat(exhibitions.booths(made.id())).singleElement().satisfies(booth -> {
            assertThat(booth.label()).isEqualTo("B7");
            assertThat(booth.sellers()).extracting(s -> s.accountId()).containsExactly(member.value());
        });
        assertThat($(Anchor.class).withClassName("pb-exhibition-tags").all()).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_group_moves_stock_on_its_page_and_more_than_online_gets_a_message() {
        OrderFixture.Group ntt = fixture.ntt();
        long variant = fixture.orders().variant(ntt, 5, 75_000, "Tas Portal Pameran");
        ExhibitionId id = fixture.event("Pameran Portal", ntt);
        Callers.signIn(Callers.producer(-5341, ntt.id()));
        navigate("mitra/pameran", GroupExhibitionsView.class);

        var card = $(com.vaadin.flow.component.html.Div.class).withClassName("pb-exhibition-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Pameran Portal")).findFirst().orElseThrow();
        Select<Purchasable> choice = $(Select.class, card).withClassName("pb-exhibition-variant").first();
        choice.setValue(choice.getListDataView().getItems().filter(p -> p.variantId() == variant).findFirst().orElseThrow());
        $(IntegerField.class, card).withClassName("pb-exhibition-quantity").first().setValue(6);
        test($(Button.class, card).withClassName("pb-exhibition-move").first()).click();
        assertThat(feedback()).isEqualTo("Stok daring tidak sebanyak itu; tidak ada yang dipindahkan.");
        assertThat(fixture.orders().stock(variant)).isEqualTo(5);

        $(IntegerField.class, card).withClassName("pb-exhibition-quantity").first().setValue(3);
        test($(Button.class, card).withClassName("pb-exhibition-move").first()).click();
        assertThat(feedback()).contains("3 x Tas Portal Pameran dipindahkan");
        assertThat(fixture.orders().stock(variant)).isEqualTo(2);
        assertThat(fixture.stock(id, variant)).containsExactly(3, 0, 0);
    }

    @Test
    void what_people_typed_is_shown_as_text_on_the_staff_and_group_pages() {
        OrderFixture.Group ntt = fixture.ntt();
        long variant = fixture.orders().variant(ntt, 5, 75_000, ATTACK);
        AccountId member = fixture.member(ntt, ATTACK);
        ExhibitionId id = Callers.as(ADMIN, () -> exhibitions.create(new id.go.bnn.pasarbersinar.exhibition.ExhibitionPlan(ATTACK, ATTACK,
                "31", today(), today().plusDays(1), 0)));
        Callers.as(ADMIN, () -> {
            exhibitions.addBooth(id, new GroupId(ntt.id()), ATTACK);
            exhibitions.addSeller(id, new GroupId(ntt.id()), fixture.email(member));
        });
        Callers.as(Callers.producer(-5342, ntt.id()), () -> stock.move(id, variant, 1, ExhibitionFixture.key()));

        Callers.signIn(ADMIN);
        String list = navigate("staf/pameran", ExhibitionListView.class).getElement().getOuterHTML();
        assertThat(list).contains(ESCAPED).doesNotContain("<img").doesNotContain("</script><");
        String detail = navigate("staf/pameran/" + id.value(), ExhibitionDetailView.class).getElement().getOuterHTML();
        assertThat(detail).contains(ESCAPED).doesNotContain("<img").doesNotContain("</script><");
        assertThat(detail.split(java.util.regex.Pattern.quote(ESCAPED), -1).length - 1).as("name, place, booth, seller, product")
                .isGreaterThanOrEqualTo(5);

        Callers.signIn(Callers.producer(-5343, ntt.id()));
        String group = navigate("mitra/pameran", GroupExhibitionsView.class).getElement().getOuterHTML();
        assertThat(group).contains(ESCAPED).doesNotContain("<img").doesNotContain("</script><");
    }
}
