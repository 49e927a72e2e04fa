package id.go.bnn.pasarbersinar.reporting;

import java.util.List;

/**
 * A staff dashboard: the filter it answers, the key figures of the period and of the previous period of the same
 * length, and the tables by month, province, programme and group (the last is the list of groups).
 */
public record Dashboard(ReportFilter filter, String scope, KeyFigures current, KeyFigures previous, List<ReportTable> tables) {

    public ReportTable table(ReportTable.Dimension dimension) {
        return tables.stream().filter(table -> table.dimension() == dimension).findFirst().orElseThrow();
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
