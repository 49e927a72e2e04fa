package id.go.bnn.pasarbersinar.payout.internal;

import id.go.bnn.pasarbersinar.payout.StatementRow;
import id.go.bnn.pasarbersinar.payout.StatementRow.Kind;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a group's statement out of the ledger: its balance (pending + available) and the transactions that moved it. */
@Repository
public class StatementStore {

    private final JdbcClient jdbc;

    StatementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The group's balance (pending + available) from every entry booked before a moment. */
    public long balanceBefore(long groupId, Instant before) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE group_id = ? AND account IN ('GROUP_PENDING', 'GROUP_AVAILABLE') "
                        + "AND booked_at < ?")
                .params(groupId, Timestamp.from(before)).query(Long.class).single();
    }

    record Moved(long transactionId, String kind, Long fulfilmentId, Long payoutId, long amount, Instant at, String orderNumber) {
    }

    /**
     * A refund as the group reads it: what went back to the buyer for items and for shipping (negative), the commission
     * the platform gave back (negative: it is no longer taken), and the net change of the group's balance.
     */
    private StatementRow refund(Moved m, LocalDate date) {
        long[] platform = jdbc.sql("SELECT COALESCE(SUM(CASE WHEN account = 'PLATFORM_REFUNDS' AND memo = 'refund shipping' THEN amount ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN account = 'PLATFORM_REFUNDS' THEN amount ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN account = 'PLATFORM_COMMISSION' THEN amount ELSE 0 END), 0) "
                        + "FROM ledger_entry WHERE transaction_id = ? AND group_id = 0")
                .param(m.transactionId()).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        long shipping = platform[0];
        long items = platform[1] - shipping;
        long commissionBack = -platform[2];
        if (items + shipping - commissionBack != -m.amount()) {
            // An older refund booked otherwise: its net figure is still right.
            return new StatementRow(date, Kind.REFUND, m.orderNumber(), 0, null, 0, 0, null, 0, 0, m.amount(), null);
        }
        return new StatementRow(date, Kind.REFUND, m.orderNumber(), 0, null, 0, -items, null, -commissionBack, -shipping, m.amount(), null);
    }

    /**
     * A sale at an exhibition booth: its price, the event's commission, and the change of the group's balance — minus the
     * commission when the group took the money itself (cash, its own QRIS), else the price less the commission.
     */
    private StatementRow boothSale(Moved m, LocalDate date) {
        return jdbc.sql("SELECT COALESCE(SUM(CASE WHEN account = 'PLATFORM_BOOTH_SALES' THEN -amount ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN account = 'PLATFORM_COMMISSION' THEN amount ELSE 0 END), 0), "
                        + "MAX(CASE WHEN account = 'PLATFORM_COMMISSION' THEN rate_bp END), "
                        + "(SELECT t.source_key FROM ledger_transaction t WHERE t.id = ?), "
                        + "(SELECT t.description FROM ledger_transaction t WHERE t.id = ?) "
                        + "FROM ledger_entry WHERE transaction_id = ? AND group_id = 0")
                .params(m.transactionId(), m.transactionId(), m.transactionId())
                .query((rs, row) -> {
                    String event = BoothSaleListener.eventName(rs.getString(5));
                    return new StatementRow(date, Kind.BOOTH_SALE, rs.getString(4), 0, null, 0, rs.getLong(1),
                            (Integer) rs.getObject(3, Integer.class), rs.getLong(2), 0, m.amount(), event == null ? null : new LocalizedText(event, event));
                })
                .single();
    }

    public List<StatementRow> rows(long groupId, Instant from, Instant to, ZoneId zone) {
        List<Moved> moved = jdbc.sql("SELECT t.id, t.kind, e.fulfilment_id, e.payout_id, SUM(e.amount), MIN(e.booked_at), "
                        + "(SELECT f.order_number FROM payout_fulfilment f WHERE f.fulfilment_id = e.fulfilment_id) "
                        + "FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                        + "WHERE e.group_id = ? AND e.account IN ('GROUP_PENDING', 'GROUP_AVAILABLE') AND e.booked_at >= ? AND e.booked_at < ? "
                        + "GROUP BY t.id, t.kind, e.fulfilment_id, e.payout_id ORDER BY MIN(e.booked_at), t.id")
                .params(groupId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> new Moved(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class), (Long) rs.getObject(4, Long.class),
                        rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
        List<StatementRow> rows = new ArrayList<>();
        for (Moved m : moved) {
            LocalDate date = m.at().atZone(zone).toLocalDate();
            switch (m.kind()) {
                case "paid" -> {
                    long shipping = jdbc.sql("SELECT shipping FROM payout_fulfilment WHERE fulfilment_id = ?").param(m.fulfilmentId())
                            .query(Long.class).single();
                    // The name the line was sold as, kept with it when it was paid: a product renamed or archived since
                    // does not change what the group sold.
                    jdbc.sql("SELECT l.product_id, l.category_code, l.quantity, l.unit_price, l.rate_bp, l.commission, l.title_id, l.title_en "
                                    + "FROM payout_order_line l WHERE l.fulfilment_id = ? ORDER BY l.id")
                            .param(m.fulfilmentId())
                            .query((rs, row) -> {
                                long price = Math.multiplyExact(rs.getLong(4), rs.getLong(3));
                                return new StatementRow(date, Kind.ORDER_LINE, m.orderNumber(), rs.getLong(1), rs.getString(2), rs.getInt(3), price,
                                        rs.getInt(5), rs.getLong(6), 0, price - rs.getLong(6),
                                        rs.getString(7) == null ? null : new LocalizedText(rs.getString(7), rs.getString(8)));
                            })
                            .list().forEach(rows::add);
                    if (shipping != 0) {
                        rows.add(new StatementRow(date, Kind.SHIPPING, m.orderNumber(), 0, null, 0, 0, null, 0, shipping, shipping, null));
                    }
                }
                case "refund" -> rows.add(refund(m, date));
                case "booth-sale" -> rows.add(boothSale(m, date));
                case "payout" -> rows.add(new StatementRow(date, Kind.PAYOUT, "#" + m.payoutId(), 0, null, 0, 0, null, 0, 0, m.amount(), null));
                case "reversal" -> rows.add(new StatementRow(date, Kind.PAYOUT_REVERSED, "#" + m.payoutId(), 0, null, 0, 0, null, 0, 0, m.amount(), null));
                default -> {
                    if (m.amount() != 0) {
                        throw new IllegalStateException("Unexpected " + m.kind() + " in the statement of group " + groupId);
                    }
                }
            }
        }
        return rows;
    }
}
