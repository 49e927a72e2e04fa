package id.go.bnn.pasarbersinar.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import id.go.bnn.pasarbersinar.exhibition.Exhibition;
import id.go.bnn.pasarbersinar.reporting.BoothReportFixture;
import id.go.bnn.pasarbersinar.reporting.ReportFixture;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The exhibition report page: reached from the reports page and the event's page, typed names stay text, who sees it. */
@SpringBootTest(properties = "pasar.payout.holding-period=0s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExhibitionReportViewTest extends SpringBrowserlessTest {

    static final String ESCAPED = "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

    @Autowired
    ReportFixture fixture;
    @Autowired
    BoothReportFixture booths;

    BoothReportFixture.Built built;

    @BeforeAll
    void build_the_history() {
        built = booths.build(fixture.build());
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private String path() {
        return "staf/laporan/pameran/" + built.exhibitionId();
    }

    @Test
    void the_event_page_and_the_reports_page_lead_to_the_report() {
        Callers.signIn(Callers.curator(-8621, ReportFixture.PROVINCE));
        navigate("staf/pameran/" + built.exhibitionId(), Component.class);
        Anchor link = $(Anchor.class).withClassName("pb-exhibition-report-link").single();
        assertThat(link.getHref()).isEqualTo(path());
        navigate(link.getHref(), ExhibitionReportView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Laporan pameran: " + built.eventName());

        navigate("staf/laporan", ReportsView.class);
        Anchor all = $(Anchor.class).withClassName("pb-report-exhibitions").single();
        navigate(all.getHref(), ExhibitionReportView.class);
        @SuppressWarnings("unchecked")
        Select<Exhibition> pick = $(Select.class).single();
        Exhibition event = pick.getListDataView().getItems().filter(e -> e.id().value() == built.exhibitionId()).findFirst().orElseThrow();
        test(pick).selectItem(pick.getItemLabelGenerator().apply(event));
        assertThat(getCurrentView()).isInstanceOf(ExhibitionReportView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(path());
    }

    @Test
    void typed_event_and_product_names_are_shown_as_text() {
        Callers.signIn(Callers.admin(-8622));
        ExhibitionReportView view = navigate(path(), ExhibitionReportView.class);
        assertThat($(Html.class).all()).isEmpty();
        String html = view.getElement().getOuterHTML();
        assertThat(html).doesNotContain("<img src=x", "</script><img").contains(ESCAPED);
        List<String> cells = new ArrayList<>();
        for (Grid<?> grid : $(Grid.class).all()) {
            for (int row = 0; row < test(grid).size(); row++) {
                cells.add(test(grid).getCellText(row, 0));
            }
        }
        assertThat(cells).anyMatch(text -> text.contains(built.productA())).contains(built.groups().nameB());
        assertThat($(Div.class).all().stream().filter(d -> d.getElement().hasAttribute("data-table")).map(d -> d.getElement().getAttribute("data-table")))
                .containsExactly("PAYMENTS", "PRODUCTS", "GROUPS", "PROVINCES", "QRIS", "DAY_CLOSES");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Unduh Excel", "Unduh PDF");
    }

    @Test
    void a_curator_of_another_province_and_a_producer_do_not_see_it() {
        Callers.signIn(Callers.curator(-8623, "53"));
        navigate(path(), Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ExhibitionReportView.class);
        navigate("staf/laporan/pameran", ExhibitionReportView.class);
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain(ESCAPED + " pameran");
        @SuppressWarnings("unchecked")
        List<Select<Exhibition>> picks = $(Select.class).all().stream().map(s -> (Select<Exhibition>) s).toList();
        picks.forEach(pick -> assertThat(pick.getListDataView().getItems()).noneMatch(e -> e.id().value() == built.exhibitionId()));

        Callers.signIn(Callers.producer(-8624, built.groups().a().value()));
        navigate(path(), Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ExhibitionReportView.class);
    }
}
