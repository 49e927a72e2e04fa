package id.go.bnn.pasarbersinar.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A staff dashboard: the filter it answers, the key figures of the period and of the previous period of the same
 * length, and the tables by month, sales channel, province, programme and group (the last is the list of groups).
 *
 * @param scope the provinces covered, by name ({@code null}: every province)
 * @param programme the programme chosen, by name ({@code null}: every programme)
 * @param group the group chosen, by name ({@code null}: every group)
 */
public record Dashboard(ReportFilter filter, String scope, String programme, String group, KeyFigures current, KeyFigures previous,
        List<ReportTable> tables) {

    public Dashboard(ReportFilter filter, String scope, KeyFigures current, KeyFigures previous, List<ReportTable> tables) {
        this(filter, scope, null, null, current, previous, tables);
    }

    /**
     * What the figures cover, as one line for people: the group chosen, the provinces (or all of them) and the
     * programme chosen, e.g. "kelompok Tenun Ikat · Kalimantan Timur · program Kawasan Rawan". Plain text: the view and
     * the PDF show it as text, never as markup.
     */
    public String scopeLine(Function<String, String> translate) {
        List<String> parts = new ArrayList<>();
        if (group != null) {
            parts.add(translate.apply("reporting.scope.group") + " " + group);
        }
        parts.add(scope == null ? translate.apply("reporting.scope.all") : scope);
        if (programme != null) {
            parts.add(translate.apply("reporting.scope.programme") + " " + programme);
        }
        return String.join(" · ", parts);
    }

    public ReportTable table(ReportTable.Dimension dimension) {
        return tables.stream().filter(table -> table.dimension() == dimension).findFirst().orElseThrow();
    }

    /** The period's figures of one channel (the row of the table by channel); none when the filter left the channel out. */
    public KeyFigures byChannel(Channel channel) {
        return table(ReportTable.Dimension.CHANNEL).rows().stream().filter(row -> row.key().equals(channel.parameter())).findFirst()
                .map(ReportTable.Row::figures).orElse(KeyFigures.NONE);
    }

    /** The change of a figure against the previous period: the difference and, when the previous value is not 0, the percentage. */
    public record Change(Number current, Number previous, Number delta, Double percent) {
    }

    public Change change(Figure figure) {
        Number now = figure.of(current);
        Number before = figure.of(previous);
        if (now == null || before == null) {
            return new Change(now, before, null, null);
        }
        Number delta = figure.kind() == Figure.Kind.HOURS ? (Number) (Math.round((now.doubleValue() - before.doubleValue()) * 10) / 10.0)
                : (Number) (now.longValue() - before.longValue());
        Double percent = before.doubleValue() == 0 ? null
                : Math.round((now.doubleValue() - before.doubleValue()) / Math.abs(before.doubleValue()) * 1000) / 10.0;
        return new Change(now, before, delta, percent);
    }
}
