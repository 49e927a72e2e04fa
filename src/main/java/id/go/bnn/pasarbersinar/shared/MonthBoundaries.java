package id.go.bnn.pasarbersinar.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The starts of consecutive months and the end of the last (n + 1 instants for n months), for queries that sum per
 * month in SQL. Every module that answers such a query gives a row its month the same way — a {@code CASE} over these
 * boundaries passed as parameters — so that figures of different modules land in the same month to the rupiah on H2
 * and MariaDB alike, whatever the time zone of the database session.
 */
public record MonthBoundaries(List<Instant> bounds) {

    public MonthBoundaries {
        bounds = List.copyOf(bounds);
        if (bounds.size() < 2) {
            throw new IllegalArgumentException("At least one month: a start and an end");
        }
    }

    public int months() {
        return bounds.size() - 1;
    }

    /** The month index (0 …) of a timestamp column inside the range; its parameters are {@link #indexParams()}. */
    public String indexSql(String column) {
        if (months() == 1) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 1; i < months(); i++) {
            sql.append(" WHEN ").append(column).append(" < ? THEN ").append(i - 1);
        }
        return sql.append(" ELSE ").append(months() - 1).append(" END").toString();
    }

    public List<Object> indexParams() {
        List<Object> params = new ArrayList<>();
        bounds.subList(1, months()).forEach(bound -> params.add(Timestamp.from(bound)));
        return params;
    }

    /** {@code column >= ? AND column < ?}: the whole range; its parameters are {@link #rangeParams()}. */
    public String rangeSql(String column) {
        return column + " >= ? AND " + column + " < ?";
    }

    public List<Object> rangeParams() {
        return List.of(Timestamp.from(bounds.getFirst()), Timestamp.from(bounds.getLast()));
    }

    /**
     * {@code AND column IN (?, …)} for a set of ids, or nothing for {@code null} (all); adds the ids to the parameters.
     * An empty set matches nothing (the callers answer it without asking).
     */
    public static String idsSql(String column, Collection<Long> ids, List<Object> params) {
        if (ids == null) {
            return "";
        }
        if (ids.isEmpty()) {
            return " AND 1 = 0";
        }
        params.addAll(ids.stream().sorted().toList());
        return " AND " + column + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
    }
}
