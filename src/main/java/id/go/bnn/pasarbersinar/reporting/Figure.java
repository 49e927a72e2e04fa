package id.go.bnn.pasarbersinar.reporting;

import java.util.function.Function;

/** A column of the dashboard's tables and a key figure: how to read it from {@link KeyFigures} and what it is called. */
public enum Figure {
    SALES(Kind.MONEY, f -> f.sales().rupiah()),
    REFUNDS(Kind.MONEY, f -> f.refunds().rupiah()),
    ORDERS(Kind.COUNT, KeyFigures::orders),
    ITEMS_SOLD(Kind.COUNT, KeyFigures::itemsSold),
    ACTIVE_GROUPS(Kind.COUNT, KeyFigures::activeGroups),
    PARTICIPANTS(Kind.COUNT, KeyFigures::participants),
    INCOME(Kind.MONEY, f -> f.income().rupiah()),
    INCOME_PER_GROUP(Kind.MONEY, f -> f.incomePerGroup().rupiah()),
    INCOME_PER_PARTICIPANT(Kind.MONEY, f -> f.incomePerParticipant().rupiah()),
    SHIPPING(Kind.MONEY, f -> f.shipping().rupiah()),
    PAYOUTS(Kind.MONEY, f -> f.payouts().rupiah()),
    HOURS_TO_SHIP(Kind.HOURS, KeyFigures::averageHoursToShip);

    public enum Kind { MONEY, COUNT, HOURS }

    private final Kind kind;
    private final Function<KeyFigures, Number> value;

    Figure(Kind kind, Function<KeyFigures, Number> value) {
        this.kind = kind;
        this.value = value;
    }

    public Kind kind() {
        return kind;
    }

    /** A {@code Long} (rupiah or a count) or a {@code Double} (hours); {@code null} when there is no value. */
    public Number of(KeyFigures figures) {
        return value.apply(figures);
    }

    public String messageKey() {
        return switch (this) {
            case SALES -> "reporting.figure.sales";
            case REFUNDS -> "reporting.figure.refunds";
            case ORDERS -> "reporting.figure.orders";
            case ITEMS_SOLD -> "reporting.figure.items-sold";
            case ACTIVE_GROUPS -> "reporting.figure.active-groups";
            case PARTICIPANTS -> "reporting.figure.participants";
            case INCOME -> "reporting.figure.income";
            case INCOME_PER_GROUP -> "reporting.figure.income-per-group";
            case INCOME_PER_PARTICIPANT -> "reporting.figure.income-per-participant";
            case SHIPPING -> "reporting.figure.shipping";
            case PAYOUTS -> "reporting.figure.payouts";
            case HOURS_TO_SHIP -> "reporting.figure.hours-to-ship";
        };
    }
}
