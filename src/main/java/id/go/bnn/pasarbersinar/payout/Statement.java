package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.YearMonth;
import java.util.List;

/** A group's monthly statement: the balance at the start, every row of the month, the balance at its end. */
public record Statement(long groupId, String groupName, YearMonth month, Money opening, List<StatementRow> rows, Money closing) {

    public Statement {
        rows = List.copyOf(rows);
    }

    public Money sales() {
        return Money.rupiah(rows.stream().filter(r -> r.kind() == StatementRow.Kind.ORDER_LINE).mapToLong(StatementRow::price).sum());
    }

    public Money commission() {
        return Money.rupiah(rows.stream().mapToLong(StatementRow::commission).sum());
    }

    public Money shipping() {
        return Money.rupiah(rows.stream().mapToLong(StatementRow::shipping).sum());
    }

    public Money refunds() {
        return Money.rupiah(rows.stream().filter(r -> r.kind() == StatementRow.Kind.REFUND).mapToLong(StatementRow::amount).sum());
    }

    public Money payouts() {
        return Money.rupiah(rows.stream().filter(r -> r.kind() == StatementRow.Kind.PAYOUT || r.kind() == StatementRow.Kind.PAYOUT_REVERSED)
                .mapToLong(StatementRow::amount).sum());
    }
}
