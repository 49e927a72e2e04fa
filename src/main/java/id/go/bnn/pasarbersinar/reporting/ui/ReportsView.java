package id.go.bnn.pasarbersinar.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.Programme;
import id.go.bnn.pasarbersinar.producer.Province;
import id.go.bnn.pasarbersinar.reporting.Channel;
import id.go.bnn.pasarbersinar.reporting.Dashboard;
import id.go.bnn.pasarbersinar.reporting.Figure;
import id.go.bnn.pasarbersinar.reporting.ReportExports;
import id.go.bnn.pasarbersinar.reporting.ReportFilter;
import id.go.bnn.pasarbersinar.reporting.ReportTable;
import id.go.bnn.pasarbersinar.reporting.Reports;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * The impact dashboard for staff: filters in the address (bookmark or mail a view), key figures against the previous
 * period with their split by channel (online, booth), and by month, channel, province, programme and group a chart (SVG drawn on the server, shown through {@code <img>}) with
 * the table of the same numbers beside it; CSV per table, Excel and the PDF report built in the background.
 */
@Route("staf/laporan")
@RolesAllowed({"ADMIN", "CURATOR"})
@Menu(title = "reporting.menu.reports", order = 95)
@StyleSheet("styles/reporting.css")
class ReportsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Reports reports;
    private final ReportExports exports;
    private final Clock clock;
    private final Div content = new Div();

    ReportsView(Reports reports, ReportExports exports, Clock clock) {
        this.reports = reports;
        this.exports = exports;
        this.clock = clock;
        addClassNames("pb-staff-page", "pb-report");
        Anchor events = new Anchor("staf/laporan/pameran", getTranslation("reporting.exhibition.link"));
        events.addClassName("pb-report-exhibitions");
        add(new H1(getTranslation("reporting.heading")), events, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Province> provinces = reports.provinces();
        List<Programme> programmes = reports.programmes();
        List<GroupSummary> groups = reports.groups();
        ReportFilter.Parsed parsed = ReportFilter.parse(event.getLocation().getQueryParameters().getParameters(),
                provinces.stream().map(Province::code).collect(Collectors.toSet()),
                programmes.stream().map(Programme::code).collect(Collectors.toSet()), clock);
        ReportFilter filter = parsed.filter();
        List<String> problems = new ArrayList<>(parsed.problems());
        Long chosenGroup = filter.group();
        if (chosenGroup != null && groups.stream().noneMatch(g -> g.id().value() == chosenGroup)) {
            problems.add("reporting.filter.error.group");
            filter = new ReportFilter(filter.from(), filter.to(), filter.province(), filter.programme(), null, filter.channel());
        }
        render(filter, problems, provinces, programmes, groups);
    }

    private void render(ReportFilter filter, List<String> problems, List<Province> provinces, List<Programme> programmes,
            List<GroupSummary> groups) {
        content.removeAll();
        Locale locale = getLocale();
        if (!problems.isEmpty()) {
            Div alert = new Div();
            alert.addClassName("pb-report-problems");
            alert.getElement().setAttribute("role", "alert");
            problems.forEach(problem -> alert.add(new Paragraph(getTranslation(problem))));
            content.add(alert);
        }
        content.add(filters(filter, provinces, programmes, groups));
        Dashboard dashboard = reports.dashboard(filter, locale);
        Paragraph scope = new Paragraph(getTranslation("reporting.scope") + ": " + dashboard.scopeLine(this::getTranslation) + " · "
                + getTranslation("reporting.period") + " " + month(filter.from(), locale) + " – " + month(filter.to(), locale)
                + " · " + getTranslation("reporting.compared") + " " + month(filter.previous().from(), locale) + " – "
                + month(filter.previous().to(), locale));
        scope.addClassName("pb-report-scope");
        content.add(scope, keyFigures(dashboard), exportBar(dashboard, filter, locale));
        for (ReportTable table : dashboard.tables()) {
            content.add(section(table, locale));
        }
        content.add(new Paragraph(getTranslation("reporting.definitions")));
    }

    private Component filters(ReportFilter filter, List<Province> provinces, List<Programme> programmes, List<GroupSummary> groups) {
        Locale locale = getLocale();
        List<YearMonth> months = new ArrayList<>();
        YearMonth now = YearMonth.now(clock.withZone(ReportFilter.JAKARTA));
        for (YearMonth m = now.minusMonths(47); !m.isAfter(now); m = m.plusMonths(1)) {
            months.add(m);
        }
        for (YearMonth m : List.of(filter.from(), filter.to())) {
            if (!months.contains(m)) {
                months.add(m);
            }
        }
        months.sort(null);
        Select<YearMonth> from = monthSelect("reporting.filter.from", months, filter.from(), locale);
        Select<YearMonth> to = monthSelect("reporting.filter.to", months, filter.to(), locale);
        Select<String> province = new Select<>();
        province.setLabel(getTranslation("reporting.filter.province"));
        province.setEmptySelectionAllowed(true);
        province.setEmptySelectionCaption(getTranslation("reporting.filter.all"));
        province.setItems(provinces.stream().map(Province::code).toList());
        Map<String, String> provinceNames = provinces.stream().collect(Collectors.toMap(Province::code, Province::name));
        province.setItemLabelGenerator(code -> code == null ? getTranslation("reporting.filter.all") : provinceNames.get(code));
        province.setValue(filter.province());
        Select<String> programme = new Select<>();
        programme.setLabel(getTranslation("reporting.filter.programme"));
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("reporting.filter.all"));
        programme.setItems(programmes.stream().map(Programme::code).toList());
        Map<String, String> programmeNames = programmes.stream().collect(Collectors.toMap(Programme::code, p -> p.name().in(locale)));
        programme.setItemLabelGenerator(code -> code == null ? getTranslation("reporting.filter.all") : programmeNames.get(code));
        programme.setValue(filter.programme());
        Select<Channel> channel = new Select<>();
        channel.setLabel(getTranslation("reporting.filter.channel"));
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("reporting.filter.all-channels"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> c == null ? getTranslation("reporting.filter.all-channels") : getTranslation(c.messageKey()));
        channel.setValue(filter.channel());
        ComboBox<GroupSummary> group = new ComboBox<>(getTranslation("reporting.filter.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(g -> g.name() + " (" + g.provinceName() + ")");
        group.setClearButtonVisible(true);
        group.setPlaceholder(getTranslation("reporting.filter.all"));
        groups.stream().filter(g -> Objects.equals(filter.group(), g.id().value())).findFirst().ifPresent(group::setValue);
        Button apply = new Button(getTranslation("reporting.filter.apply"), click -> {
            YearMonth start = from.getValue();
            YearMonth end = to.getValue();
            QueryParameters query;
            try {
                ReportFilter chosen = new ReportFilter(start, end, province.getValue(), programme.getValue(),
                        group.getValue() == null ? null : group.getValue().id().value(), channel.getValue());
                query = new QueryParameters(chosen.toParameters());
            } catch (IllegalArgumentException e) {
                // Reversed or too long: the address carries it as chosen and the view says what it did instead.
                query = QueryParameters.simple(Map.of(ReportFilter.FROM, String.valueOf(start), ReportFilter.TO, String.valueOf(end)));
            }
            UI.getCurrent().navigate(ReportsView.class, query);
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(from, to, province, programme, channel, group, apply);
        bar.addClassName("pb-report-filters");
        return bar;
    }

    private Select<YearMonth> monthSelect(String label, List<YearMonth> months, YearMonth value, Locale locale) {
        Select<YearMonth> select = new Select<>();
        select.setLabel(getTranslation(label));
        select.setItems(months);
        select.setItemLabelGenerator(m -> month(m, locale));
        select.setValue(value);
        return select;
    }

    private Component keyFigures(Dashboard dashboard) {
        Div cards = new Div();
        cards.addClassName("pb-report-figures");
        for (Figure figure : Figure.values()) {
            Dashboard.Change change = dashboard.change(figure);
            Div card = new Div();
            card.addClassName("pb-report-figure");
            Span label = new Span(getTranslation(figure.messageKey()));
            label.addClassName("pb-report-figure-label");
            Span value = new Span(ReportTable.format(figure, change.current()));
            value.addClassName("pb-report-figure-value");
            Span delta = new Span(changeText(figure, change));
            delta.addClassName("pb-report-figure-change");
            if (change.delta() != null && change.delta().doubleValue() != 0) {
                boolean better = change.delta().doubleValue() > 0 ^ (figure == Figure.REFUNDS || figure == Figure.HOURS_TO_SHIP);
                delta.addClassName(better ? "pb-up" : "pb-down");
            }
            card.add(label, value, delta);
            if (dashboard.filter().channel() == null) {
                Span split = new Span(getTranslation("reporting.figure.split",
                        ReportTable.format(figure, figure.of(dashboard.byChannel(Channel.ONLINE))),
                        ReportTable.format(figure, figure.of(dashboard.byChannel(Channel.BOOTH)))));
                split.addClassName("pb-report-figure-split");
                card.add(split);
            }
            card.getElement().setAttribute("data-figure", figure.name());
            cards.add(card);
        }
        return cards;
    }

    private String changeText(Figure figure, Dashboard.Change change) {
        if (change.delta() == null) {
            return getTranslation("reporting.change.none", ReportTable.format(figure, change.previous()));
        }
        String delta = ReportTable.format(figure, change.delta());
        if (change.delta().doubleValue() > 0) {
            delta = "+" + delta;
        }
        String percent = change.percent() == null ? "" : " (" + (change.percent() > 0 ? "+" : "") + ReportTable.format(Figure.HOURS_TO_SHIP, change.percent()) + " %)";
        return getTranslation("reporting.change.text", delta + percent, ReportTable.format(figure, change.previous()));
    }

    private Component exportBar(Dashboard dashboard, ReportFilter filter, Locale locale) {
        String base = "laporan-dampak-" + (filter.province() == null ? "semua" : filter.province()) + "-" + filter.from() + "-" + filter.to();
        Div bar = new Div();
        bar.addClassName("pb-report-exports");
        ProgressBar progress = new ProgressBar(0, 100);
        progress.setVisible(false);
        Span status = new Span();
        status.getElement().setAttribute("aria-live", "polite");
        Div ready = new Div();
        Button excel = new Button(getTranslation("reporting.export.excel"));
        Button pdf = new Button(getTranslation("reporting.export.pdf"));
        excel.addClickListener(click -> build(progress, status, ready, List.of(excel, pdf), base + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", p -> exports.xlsx(dashboard, locale, p)));
        pdf.addClickListener(click -> build(progress, status, ready, List.of(excel, pdf), base + ".pdf", "application/pdf",
                p -> exports.pdf(dashboard, locale, p)));
        Div buttons = new Div(excel, pdf);
        buttons.addClassName("pb-report-export-buttons");
        bar.add(buttons, progress, status, ready);
        return bar;
    }

    /** Builds an export in the background; the page polls while it runs and then offers the file. */
    private void build(ProgressBar progress, Span status, Div ready, List<Button> buttons, String fileName, String type,
            Function<IntConsumer, byte[]> work) {
        UI ui = UI.getCurrent();
        buttons.forEach(button -> button.setEnabled(false));
        ready.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("reporting.export.building"));
        ui.setPollInterval(400);
        exports.inBackground(work, percent -> ui.access(() -> progress.setValue(percent))).whenComplete((bytes, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            progress.setVisible(false);
            buttons.forEach(button -> button.setEnabled(true));
            if (error != null) {
                status.setText(getTranslation("reporting.export.failed"));
                return;
            }
            status.setText(getTranslation("reporting.export.ready"));
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type,
                    bytes.length)), getTranslation("reporting.export.download", fileName, Math.max(1, bytes.length / 1024)));
            link.addClassName("pb-report-download");
            ready.add(link);
        }));
    }

    private Component section(ReportTable table, Locale locale) {
        Div section = new Div();
        section.addClassName("pb-report-section");
        section.getElement().setAttribute("data-table", table.dimension().name());
        String title = getTranslation(table.dimension().messageKey());
        section.add(new H2(title));
        if (table.rows().isEmpty()) {
            section.add(new Paragraph(getTranslation("reporting.empty")));
            return section;
        }
        Div body = new Div();
        body.addClassName("pb-report-body");
        int height = table.dimension() == ReportTable.Dimension.MONTH ? 340 : 120 + 34 * Math.min(15, table.rows().size());
        byte[] svg = exports.svg(table, locale, 640, height);
        Image chart = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(svg),
                table.dimension().fileName() + ".svg", "image/svg+xml", svg.length)).inline(), getTranslation("reporting.chart.alt", title));
        chart.addClassName("pb-report-chart");
        Grid<ReportTable.Row> grid = new Grid<>();
        List<String> headers = table.headers(this::getTranslation);
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            var gridColumn = grid.addColumn(row -> ReportTable.texts(row).get(column)).setHeader(headers.get(i)).setAutoWidth(true)
                    .setResizable(true);
            if (i == 0) {
                gridColumn.setFrozen(true);
            } else {
                gridColumn.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            }
        }
        grid.setItems(table.rows());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        if (table.rows().size() <= 15) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("32rem");
        }
        grid.addClassName("pb-report-grid");
        // On a phone the chart keeps a readable width and scrolls sideways instead of shrinking its labels.
        Div chartBox = new Div(chart);
        chartBox.addClassName("pb-report-chart-box");
        body.add(chartBox, grid);
        byte[] csv = exports.csv(table, locale);
        Anchor csvLink = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(csv),
                "laporan-" + table.dimension().fileName() + ".csv", "text/csv", csv.length)), getTranslation("reporting.export.csv"));
        csvLink.addClassName("pb-report-csv");
        section.add(body, csvLink);
        return section;
    }

    private static String month(YearMonth month, Locale locale) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.heading") + " | " + getTranslation("shell.brand");
    }
}
