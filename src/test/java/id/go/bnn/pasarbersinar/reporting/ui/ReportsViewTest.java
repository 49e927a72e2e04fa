package id.go.bnn.pasarbersinar.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.reporting.ReportFilter;
import id.go.bnn.pasarbersinar.reporting.ReportFixture;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The dashboard page: its address is the view, typed names stay text, bad addresses explain themselves, scoping. */
@SpringBootTest(properties = "pasar.payout.holding-period=0s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportFixture fixture;
    @Autowired
    Clock clock;

    ReportFixture.Built built;
    String period;

    @BeforeAll
    void build_the_history() {
        built = fixture.build();
        YearMonth month = YearMonth.now(clock.withZone(ReportFilter.JAKARTA));
        period = "dari=" + month + "&sampai=" + month.plusMonths(1);
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    void open(String query) {
        UI.getCurrent().navigate("staf/laporan", QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(ReportsView.class);
    }

    @Test
    void the_page_is_for_curators_and_administrators() {
        for (var caller : List.of(Callers.buyer(-8301), Callers.producer(-8302, built.a().value()))) {
            Callers.signIn(caller);
            navigate("staf/laporan", Component.class);
            assertThat(getCurrentView()).isNotInstanceOf(ReportsView.class);
        }
        Callers.signIn(Callers.curator(-8303, "53"));
        navigate("staf/laporan", ReportsView.class);
    }

    @Test
    void typed_group_names_are_shown_as_text_in_the_table_and_the_filter() {
        Callers.signIn(Callers.admin(-8304));
        open(period + "&provinsi=" + ReportFixture.PROVINCE);
        assertThat($(Html.class).all()).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<Object> groups = $(Grid.class).all().getLast();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < test(groups).size(); i++) {
            names.add(test(groups).getCellText(i, 0));
        }
        assertThat(names).contains(built.nameA(), built.nameB());
        assertThat($(Image.class).all().stream().filter(image -> image.hasClassName("pb-report-chart")).toList()).hasSize(5).allSatisfy(image -> assertThat(image.getSrc()).doesNotContain("<"));
        @SuppressWarnings("unchecked")
        ComboBox<GroupSummary> group = $(ComboBox.class).first();
        assertThat(group.getListDataView().getItems().map(group.getItemLabelGenerator())).anyMatch(label -> label.startsWith(built.nameB()));
    }

    @Test
    void the_scope_line_names_the_group_filter_as_text_in_both_languages() {
        Callers.signIn(Callers.admin(-8307));
        open(period + "&kelompok=" + built.b().value());
        String scope = $(Paragraph.class).withClassName("pb-report-scope").single().getText();
        assertThat(scope).startsWith("Cakupan: kelompok " + built.nameB() + " · Kalimantan Timur · ").doesNotContain("Semua provinsi");
        assertThat($(Html.class).all()).isEmpty();
        assertThat($(Image.class).all()).noneMatch(image -> "x".equals(image.getSrc()));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        open(period + "&kelompok=" + built.b().value() + "&program=PASCA_REHABILITASI");
        assertThat($(Paragraph.class).withClassName("pb-report-scope").single().getText())
                .startsWith("Scope: group " + built.nameB() + " · Kalimantan Timur · programme Post-rehabilitation / community-based intervention (IBM) · ")
                .doesNotContain("All provinces");
    }

    @Test
    void the_channel_in_the_address_chooses_the_figures_and_the_cards_show_the_split() {
        Callers.signIn(Callers.admin(-8308));
        open(period + "&kelompok=" + built.a().value());
        String sales = $(com.vaadin.flow.component.html.Span.class).withClassName("pb-report-figure-split").all().getFirst().getText();
        assertThat(sales).startsWith("daring Rp ").contains(" · stan Rp ");
        assertThat($(com.vaadin.flow.component.html.Div.class).all().stream().filter(d -> "CHANNEL".equals(d.getElement().getAttribute("data-table"))))
                .hasSize(1);

        open(period + "&kelompok=" + built.a().value() + "&kanal=pameran");
        @SuppressWarnings("unchecked")
        Select<Object> channel = $(Select.class).all().get(4);
        assertThat(channel.getValue()).isEqualTo(id.go.bnn.pasarbersinar.reporting.Channel.BOOTH);
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("pb-report-figure-split").all()).isEmpty();
        channel.setValue(id.go.bnn.pasarbersinar.reporting.Channel.ONLINE);
        test($(Button.class).all().stream().filter(b -> b.getText().equals("Tampilkan")).findFirst().orElseThrow()).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters().get("kanal")).containsExactly("online");

        open(period + "&kanal=pasar-malam");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).anyMatch(text -> text.startsWith("Kanal di alamat tidak dikenal"));
    }

    @Test
    void the_address_restores_the_view_and_the_filters_write_it() {
        Callers.signIn(Callers.admin(-8305));
        String address = period + "&provinsi=" + ReportFixture.PROVINCE + "&program=KAWASAN_RAWAN&kelompok=" + built.a().value();
        open(address);
        @SuppressWarnings("unchecked")
        List<Select<Object>> selects = $(Select.class).all().stream().map(s -> (Select<Object>) s).toList();
        YearMonth month = YearMonth.now(clock.withZone(ReportFilter.JAKARTA));
        assertThat(selects).extracting(Select::getValue).containsExactly(month, month.plusMonths(1), ReportFixture.PROVINCE, "KAWASAN_RAWAN", null);
        @SuppressWarnings("unchecked")
        ComboBox<GroupSummary> group = $(ComboBox.class).first();
        assertThat(group.getValue().id()).isEqualTo(built.a());
        @SuppressWarnings("unchecked")
        Grid<Object> groups = $(Grid.class).all().getLast();
        assertThat(test(groups).size()).isEqualTo(1);
        assertThat(test(groups).getCellText(0, 0)).isEqualTo(built.nameA());

        // Changing a filter and pressing Show writes the new view into the address.
        selects.get(3).setValue(null);
        test($(Button.class).all().stream().filter(b -> b.getText().equals("Tampilkan")).findFirst().orElseThrow()).click();
        String written = UI.getCurrent().getActiveViewLocation().getQueryParameters().getQueryString();
        assertThat(QueryParameters.fromString(written).getParameters())
                .isEqualTo(QueryParameters.fromString(period + "&provinsi=" + ReportFixture.PROVINCE + "&kelompok=" + built.a().value()).getParameters());
    }

    @Test
    void a_bad_address_is_explained_and_the_default_view_shown() {
        Callers.signIn(Callers.curator(-8306, "53"));
        open("dari=kemarin&provinsi=" + ReportFixture.PROVINCE + "&kelompok=" + built.a().value());
        List<String> messages = $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
        assertThat(messages).contains("Bulan di alamat tidak terbaca (format TTTT-BB); periode bawaan dipakai.",
                "Provinsi di alamat tidak dikenal atau bukan wilayah Anda; semua provinsi Anda ditampilkan.",
                "Kelompok di alamat tidak dikenal atau bukan wilayah Anda; semua kelompok ditampilkan.");
        @SuppressWarnings("unchecked")
        Grid<Object> groups = $(Grid.class).all().isEmpty() ? null : $(Grid.class).all().getLast();
        if (groups != null) {
            for (int i = 0; i < test(groups).size(); i++) {
                assertThat(test(groups).getCellText(i, 0)).isNotIn(built.nameA(), built.nameB());
            }
        }
    }
}
