package id.go.bnn.pasarbersinar.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.go.bnn.pasarbersinar.exhibition.Exhibition;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionId;
import id.go.bnn.pasarbersinar.reporting.ExhibitionReport;
import id.go.bnn.pasarbersinar.reporting.ExhibitionReport.Kind;
import id.go.bnn.pasarbersinar.reporting.ExhibitionReport.Section;
import id.go.bnn.pasarbersinar.reporting.ExhibitionReports;
import id.go.bnn.pasarbersinar.reporting.ReportExports;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff: the report of one exhibition ({@code /staf/laporan/pameran/<id>}), reached from the reports page and from the
 * event's page. The events the caller organises are offered in a list; the report shows the totals and its tables,
 * each with its CSV, and the whole as Excel and PDF. An event the caller does not organise is not found.
 */
@Route("staf/laporan/pameran/:id?")
@RolesAllowed({"ADMIN", "CURATOR"})
@StyleSheet("styles/reporting.css")
class ExhibitionReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "staf/laporan/pameran";

    private final ExhibitionReports reports;
    private final ReportExports exports;
    private String title = "";

    ExhibitionReportView(ExhibitionReports reports, ReportExports exports) {
        this.reports = reports;
        this.exports = exports;
        addClassNames("pb-staff-page", "pb-report", "pb-exhibition-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> idText = event.getRouteParameters().get("id");
        Optional<ExhibitionReport> report = Optional.empty();
        if (idText.isPresent()) {
            long id;
            try {
                id = Long.parseLong(idText.get());
            } catch (NumberFormatException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            report = reports.report(new ExhibitionId(id), getLocale());
            if (report.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        show(report);
    }

    private void show(Optional<ExhibitionReport> report) {
        removeAll();
        title = report.map(ExhibitionReport::name).orElse("");
        add(new Anchor("staf/laporan", getTranslation("reporting.exhibition.back")));
        add(new H1(report.isPresent() ? getTranslation("reporting.exhibition.heading-of", report.get().name())
                : getTranslation("reporting.exhibition.heading")));
        add(picker(report.map(ExhibitionReport::exhibitionId).orElse(null)));
        report.ifPresent(this::render);
    }

    private Component picker(Long chosen) {
        List<Exhibition> events = reports.events();
        if (events.isEmpty()) {
            return new Paragraph(getTranslation("reporting.exhibition.none"));
        }
        Select<Exhibition> select = new Select<>();
        select.setLabel(getTranslation("reporting.exhibition.pick"));
        select.setItems(events);
        select.setItemLabelGenerator(event -> event.name() + " · " + ShopTime.date(event.startsOn(), getLocale()));
        events.stream().filter(event -> chosen != null && event.id().value() == chosen).findFirst().ifPresent(select::setValue);
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().navigate(PATH + "/" + change.getValue().id().value());
            }
        });
        select.addClassName("pb-exhibition-report-pick");
        return select;
    }

    private void render(ExhibitionReport report) {
        Paragraph facts = new Paragraph(report.place() + " · " + ShopTime.date(report.startsOn(), getLocale()) + " – "
                + ShopTime.date(report.endsOn(), getLocale()) + (report.province() == null ? "" : " · " + report.province()));
        facts.addClassName("pb-report-scope");
        add(facts, totals(report), downloads(report));
        report.sections().forEach(section -> add(section(report, section)));
        add(new Paragraph(getTranslation("reporting.exhibition.definitions")));
    }

    private Component totals(ExhibitionReport report) {
        ExhibitionReport.Totals totals = report.totals();
        Div cards = new Div();
        cards.addClassName("pb-report-figures");
        cards.add(card("sales", "reporting.exhibition.sales", ExhibitionReport.format(Kind.COUNT, totals.sales())),
                card("pieces", "reporting.exhibition.pieces", ExhibitionReport.format(Kind.COUNT, totals.pieces())),
                card("gross", "reporting.exhibition.gross", ExhibitionReport.format(Kind.MONEY, totals.gross())),
                card("commission", "reporting.exhibition.commission", ExhibitionReport.format(Kind.MONEY, totals.commission())),
                card("income", "reporting.exhibition.income", ExhibitionReport.format(Kind.MONEY, totals.income())));
        return cards;
    }

    private Div card(String name, String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("pb-report-figure-label");
        Span value = new Span(text);
        value.addClassName("pb-report-figure-value");
        Div card = new Div(label, value);
        card.addClassName("pb-report-figure");
        card.getElement().setAttribute("data-figure", name);
        return card;
    }

    private Component downloads(ExhibitionReport report) {
        String base = "laporan-pameran-" + report.exhibitionId();
        Locale locale = getLocale();
        Anchor excel = download(base + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                () -> exports.xlsx(report, locale), "reporting.exhibition.export.excel");
        Anchor pdf = download(base + ".pdf", "application/pdf", () -> exports.pdf(report, locale), "reporting.exhibition.export.pdf");
        Div bar = new Div(excel, pdf);
        bar.addClassName("pb-report-export-buttons");
        return bar;
    }

    /** A download built when it is clicked (one event's report is small). */
    private Anchor download(String fileName, String type, java.util.function.Supplier<byte[]> bytes, String labelKey) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }), getTranslation(labelKey));
        link.addClassName("pb-report-download");
        return link;
    }

    private Component section(ExhibitionReport report, Section section) {
        Div box = new Div();
        box.addClassName("pb-report-section");
        box.getElement().setAttribute("data-table", section.part().name());
        box.add(new H2(getTranslation(section.part().messageKey())));
        if (section.rows().isEmpty()) {
            box.add(new Paragraph(getTranslation("reporting.empty")));
            return box;
        }
        Locale locale = getLocale();
        Grid<List<Object>> grid = new Grid<>();
        List<String> headers = section.headers(this::getTranslation);
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            var gridColumn = grid.addColumn(row -> section.texts(row).get(column)).setHeader(headers.get(i)).setAutoWidth(true).setResizable(true);
            if (section.columns().get(i).kind() != Kind.TEXT) {
                gridColumn.setTextAlign(ColumnTextAlign.END);
            }
        }
        grid.setItems(section.rows());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(section.rows().size() <= 15);
        if (section.rows().size() > 15) {
            grid.setHeight("32rem");
        }
        grid.addClassName("pb-report-grid");
        Anchor csv = download("laporan-pameran-" + report.exhibitionId() + "-" + section.part().fileName() + ".csv", "text/csv",
                () -> exports.csv(section, locale), "reporting.export.csv");
        csv.addClassName("pb-report-csv");
        box.add(grid, csv);
        return box;
    }

    @Override
    public String getPageTitle() {
        String heading = title.isEmpty() ? getTranslation("reporting.exhibition.heading") : getTranslation("reporting.exhibition.heading-of", title);
        return heading + " | " + getTranslation("shell.brand");
    }
}
