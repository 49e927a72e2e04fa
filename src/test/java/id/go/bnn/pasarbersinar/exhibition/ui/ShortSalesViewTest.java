package id.go.bnn.pasarbersinar.exhibition.ui;

import static id.go.bnn.pasarbersinar.exhibition.ui.ExhibitionViewsTest.ATTACK;
import static id.go.bnn.pasarbersinar.exhibition.ui.ExhibitionViewsTest.ESCAPED;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Booth;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Seller;
import id.go.bnn.pasarbersinar.shared.Callers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The event page's booth sales flagged short of stock, as the province's curator works them: counted on the list,
 * shown with their items, resolved with a note (an empty one gets a message); the product name and the note, typed by
 * people, shown as text.
 */
@SpringBootTest
class ShortSalesViewTest extends SpringBrowserlessTest {

    @Autowired
    BoothFixture fixture;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private String feedback(Div panel) {
        return $(Paragraph.class, panel).withClassName("pb-feedback").all().stream().filter(Paragraph::isVisible).map(Paragraph::getText)
                .findFirst().orElse("");
    }

    @Test
    void the_curator_sees_the_short_sale_resolves_it_with_a_note_and_nothing_typed_becomes_markup() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        String key = fixture.shortSale(booth, seller, ATTACK);
        Callers.signIn(Callers.curator(-7201, "53"));

        navigate("staf/pameran", ExhibitionListView.class);
        assertThat(row(booth)).contains("1 ditandai");

        String page = navigate("staf/pameran/" + booth.exhibitionId(), ExhibitionDetailView.class).getElement().getOuterHTML();
        assertThat(page).contains("Penjualan stan yang ditandai (1 terbuka)", ESCAPED).doesNotContain("<img").doesNotContain("</script><");
        Div panel = $(Div.class).withClassName("pb-exhibition-shorts").first();
        Div card = $(Div.class, panel).withClassName("pb-exhibition-short-open").first();
        assertThat(card.getElement().getAttribute("data-sale")).isEqualTo(key);
        Paragraph reason = $(Paragraph.class, card).withClassName("pb-exhibition-short-reason").first();
        assertThat(reason.getText()).isEqualTo("Sebab: stok pameran tidak lagi mencukupi penjualan ini");
        assertThat(reason.getElement().getAttribute("data-reason")).isEqualTo("STOCK");

        test($(Button.class, card).withClassName("pb-exhibition-short-resolve").first()).click();
        assertThat(feedback(panel)).isEqualTo("Tulis apa yang dilakukan (1 sampai 500 karakter).");
        assertThat(fixture.resolution(key)).isEqualTo("0:");

        $(TextArea.class, card).withClassName("pb-exhibition-short-note-field").first().setValue("Uang dikembalikan " + ATTACK);
        test($(Button.class, card).withClassName("pb-exhibition-short-resolve").first()).click();

        assertThat(fixture.resolution(key)).isEqualTo("-7201:Uang dikembalikan " + ATTACK);
        Div resolvedPanel = $(Div.class).withClassName("pb-exhibition-shorts").first();
        assertThat(feedback(resolvedPanel)).isEqualTo("Penjualan yang ditandai sudah diselesaikan.");
        String after = resolvedPanel.getElement().getOuterHTML();
        assertThat(after).contains("Penjualan stan yang ditandai (0 terbuka)", "Uang dikembalikan " + ESCAPED, "pb-exhibition-short-resolved")
                .doesNotContain("<img").doesNotContain("pb-exhibition-short-resolve\"");
        navigate("staf/pameran", ExhibitionListView.class);
        assertThat(row(booth)).doesNotContain("ditandai");
    }

    /** The event's row on the staff list, as text. */
    private String row(Booth booth) {
        return $(Anchor.class).all().stream().filter(a -> ("staf/pameran/" + booth.exhibitionId()).equals(a.getHref())).findFirst().orElseThrow()
                .getElement().getTextRecursively();
    }
}
