package id.go.bnn.pasarbersinar.exhibition.internal;

import id.go.bnn.pasarbersinar.exhibition.BoothDayClose;
import id.go.bnn.pasarbersinar.exhibition.BoothFigures;
import id.go.bnn.pasarbersinar.exhibition.EventSale;
import id.go.bnn.pasarbersinar.exhibition.BoothPayment;
import id.go.bnn.pasarbersinar.exhibition.RecordedBoothSale;
import id.go.bnn.pasarbersinar.exhibition.ShortReason;
import id.go.bnn.pasarbersinar.shared.MonthBoundaries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Booth sales and day closes in plain SQL, and the booth side of the event's stock: a sale takes its quantities from
 * {@code exhibition_stock.sold} with one conditional UPDATE per variant, so two phones selling the last piece at once
 * cannot take the stock below zero.
 */
@Repository
public class BoothSaleStore {

    private static final String SALE_COLUMNS = "s.id, s.sale_key, s.exhibition_id, s.group_id, s.seller_id, s.payment, s.payment_reference, "
            + "s.total, s.cash_received, s.status, s.sold_at, s.receipt_token, s.short_reason";

    private static final String CLOSE_COLUMNS = "exhibition_id, group_id, sales_day, expected_cash, counted_cash, note, counted_by, counted_at, "
            + "confirmed_by, confirmed_at";

    private final JdbcClient jdbc;

    BoothSaleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The event as a booth sale needs it. */
    public record Event(long id, String name, String place, LocalDate startsOn, LocalDate endsOn, String status, int commissionBps,
            String provinceCode) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    public record BoothRow(long exhibitionId, String name, String place, LocalDate startsOn, LocalDate endsOn, long groupId, String boothLabel) {
    }

    public record StockRow(long variantId, long productId, int onHand) {
    }

    public Optional<Event> event(long exhibitionId) {
        return jdbc.sql("SELECT id, name, place, starts_on, ends_on, status, commission_bps, province_code FROM exhibition WHERE id = ?")
                .param(exhibitionId)
                .query((rs, row) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getInt(7), rs.getString(8)))
                .optional();
    }

    public boolean isSellerAt(long exhibitionId, long groupId, long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM exhibition_seller WHERE exhibition_id = ? AND group_id = ? AND account_id = ?")
                .params(exhibitionId, groupId, accountId).query(Long.class).single() > 0;
    }

    public boolean hasBooth(long exhibitionId, long groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM exhibition_booth WHERE exhibition_id = ? AND group_id = ?")
                .params(exhibitionId, groupId).query(Long.class).single() > 0;
    }

    /** The booths of open events the account sells at, the soonest event first. */
    public List<BoothRow> boothsOf(long accountId) {
        return jdbc.sql("SELECT e.id, e.name, e.place, e.starts_on, e.ends_on, b.group_id, b.booth_label FROM exhibition_seller s "
                        + "JOIN exhibition_booth b ON b.exhibition_id = s.exhibition_id AND b.group_id = s.group_id "
                        + "JOIN exhibition e ON e.id = s.exhibition_id "
                        + "WHERE s.account_id = ? AND e.status = 'OPEN' ORDER BY e.starts_on, e.id, b.group_id")
                .param(accountId)
                .query((rs, row) -> new BoothRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getString(7)))
                .list();
    }

    /** The variants the group moved to the event, with what is on hand there now and not held for a waiting charge. */
    public List<StockRow> stock(long exhibitionId, long groupId) {
        return jdbc.sql("SELECT variant_id, product_id, allocated - sold - returned - held FROM exhibition_stock "
                        + "WHERE exhibition_id = ? AND group_id = ? ORDER BY variant_id")
                .params(exhibitionId, groupId)
                .query((rs, row) -> new StockRow(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
                .list();
    }

    /** Takes the quantity from what is on hand at the event and not held; false (and nothing changed) when it is not there. */
    public boolean takeStock(long exhibitionId, long groupId, long variantId, int quantity) {
        return jdbc.sql("UPDATE exhibition_stock SET sold = sold + ?, version = version + 1 "
                        + "WHERE exhibition_id = ? AND group_id = ? AND variant_id = ? AND allocated - sold - returned - held >= ?")
                .params(quantity, exhibitionId, groupId, variantId, quantity).update() == 1;
    }

    /** Holds the quantity for a charge waiting for its payment, from what is free; false (nothing changed) when it is not there. */
    public boolean hold(long exhibitionId, long groupId, long variantId, int quantity) {
        return jdbc.sql("UPDATE exhibition_stock SET held = held + ?, version = version + 1 "
                        + "WHERE exhibition_id = ? AND group_id = ? AND variant_id = ? AND allocated - sold - returned - held >= ?")
                .params(quantity, exhibitionId, groupId, variantId, quantity).update() == 1;
    }

    /** The event's status under its row lock (ending the event takes the same lock first). */
    public Optional<String> lockEventStatus(long exhibitionId) {
        return jdbc.sql("SELECT status FROM exhibition WHERE id = ? FOR UPDATE").param(exhibitionId).query(String.class).optional();
    }

    /** Counts pieces given back to online sale after the event ended (a charge's hold that ended later). */
    public void markReturned(long exhibitionId, long variantId, int quantity) {
        jdbc.sql("UPDATE exhibition_stock SET returned = returned + ?, version = version + 1 WHERE exhibition_id = ? AND variant_id = ?")
                .params(quantity, exhibitionId, variantId).update();
    }

    /** Gives a charge's hold back (paid: just before the sale takes it; failed or expired: for good). */
    public void release(long exhibitionId, long variantId, int quantity) {
        int changed = jdbc.sql("UPDATE exhibition_stock SET held = held - ?, version = version + 1 WHERE exhibition_id = ? AND variant_id = ? AND held >= ?")
                .params(quantity, exhibitionId, variantId, quantity).update();
        if (changed != 1) {
            throw new IllegalStateException("Exhibition " + exhibitionId + " holds fewer than " + quantity + " of variant " + variantId);
        }
    }

    /** Undoes {@link #takeStock} within the same transaction, when a later line of the sale could not be covered. */
    public void giveBackStock(long exhibitionId, long variantId, int quantity) {
        jdbc.sql("UPDATE exhibition_stock SET sold = sold - ?, version = version + 1 WHERE exhibition_id = ? AND variant_id = ?")
                .params(quantity, exhibitionId, variantId).update();
    }

    public record NewSale(String saleKey, long exhibitionId, long groupId, long sellerId, BoothPayment payment, String paymentReference,
            long total, long commission, Long cashReceived, String status, Instant soldAt, Instant receivedAt, String receiptToken) {
    }

    public record NewLine(long variantId, long productId, String title, int quantity, long unitPrice) {
    }

    /** Inserts the sale and its lines; the unique sale key refuses a second copy (DuplicateKeyException). */
    public long insert(NewSale sale, List<NewLine> lines) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO booth_sale (sale_key, exhibition_id, group_id, seller_id, payment, payment_reference, total, commission, "
                        + "cash_received, status, sold_at, received_at, receipt_token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sale.saleKey(), sale.exhibitionId(), sale.groupId(), sale.sellerId(), sale.payment().name(), sale.paymentReference(),
                        sale.total(), sale.commission(), sale.cashReceived(), sale.status(), Timestamp.from(sale.soldAt()), Timestamp.from(sale.receivedAt()),
                        sale.receiptToken())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int no = 0;
        for (NewLine line : lines) {
            jdbc.sql("INSERT INTO booth_sale_line (sale_id, line_no, variant_id, product_id, title, quantity, unit_price) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, ++no, line.variantId(), line.productId(), line.title(), line.quantity(), line.unitPrice()).update();
        }
        return id;
    }

    /** The sale cannot count after all (the stock could not cover it, …): it stays, flagged with why, for the seller and staff to see. */
    public void markShort(long saleId, ShortReason reason) {
        jdbc.sql("UPDATE booth_sale SET status = 'SHORT', short_reason = ? WHERE id = ?").params(reason.name(), saleId).update();
    }

    public Optional<RecordedBoothSale> byKey(String saleKey) {
        return first("s.sale_key = ?", saleKey);
    }

    public Optional<RecordedBoothSale> byReceipt(String receiptToken) {
        return first("s.receipt_token = ?", receiptToken);
    }

    /** The booth's sales received for the day (by the phone's time), newest first. */
    public List<RecordedBoothSale> sales(long exhibitionId, long groupId, Instant from, Instant to) {
        return withLines(jdbc.sql("SELECT " + SALE_COLUMNS + " FROM booth_sale s WHERE s.exhibition_id = ? AND s.group_id = ? "
                        + "AND s.sold_at >= ? AND s.sold_at < ? ORDER BY s.sold_at DESC, s.id DESC")
                .params(exhibitionId, groupId, Timestamp.from(from), Timestamp.from(to))
                .query(this::sale).list());
    }

    /** The event's sales flagged short of stock, for staff to resolve. */
    public List<RecordedBoothSale> shortSales(long exhibitionId) {
        return withLines(jdbc.sql("SELECT " + SALE_COLUMNS + " FROM booth_sale s WHERE s.exhibition_id = ? AND s.status = 'SHORT' "
                        + "ORDER BY s.sold_at, s.id").param(exhibitionId).query(this::sale).list());
    }

    /** Cash the booth took on the day: every cash sale, flagged ones too (the buyer paid either way). */
    public long cashTaken(long exhibitionId, long groupId, Instant from, Instant to) {
        return jdbc.sql("SELECT COALESCE(SUM(total), 0) FROM booth_sale WHERE exhibition_id = ? AND group_id = ? AND payment = 'CASH' "
                        + "AND sold_at >= ? AND sold_at < ?")
                .params(exhibitionId, groupId, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }

    /**
     * The recorded sales (never the SHORT ones: they took no stock and are not in the ledger) per month of
     * {@code sold_at} and group: count, total, commission and pieces. {@code groups} null: every group.
     */
    public List<BoothFigures.Sales> monthly(MonthBoundaries months, Set<Long> groups) {
        List<Object> params = new ArrayList<>(months.indexParams());
        params.addAll(months.rangeParams());
        String ids = MonthBoundaries.idsSql("s.group_id", groups, params);
        String month = months.indexSql("s.sold_at");
        return jdbc.sql("SELECT x.m, x.group_id, COUNT(*), SUM(x.total), SUM(x.commission), SUM(x.pieces) FROM ("
                        + "SELECT " + month + " AS m, s.group_id, s.total, s.commission, "
                        + "(SELECT SUM(l.quantity) FROM booth_sale_line l WHERE l.sale_id = s.id) AS pieces FROM booth_sale s "
                        + "WHERE s.status = 'RECORDED' AND " + months.rangeSql("s.sold_at") + ids + ") x GROUP BY x.m, x.group_id")
                .params(params)
                .query((rs, row) -> new BoothFigures.Sales(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    /** The event's recorded sales with their lines, oldest first (SHORT ones are not sales). */
    public List<EventSale> recordedSales(long exhibitionId) {
        record SaleHead(long id, EventSale sale) {
        }
        List<SaleHead> heads = jdbc.sql("SELECT id, group_id, payment, payment_reference, total, commission, sold_at FROM booth_sale "
                        + "WHERE exhibition_id = ? AND status = 'RECORDED' ORDER BY sold_at, id")
                .param(exhibitionId)
                .query((rs, row) -> new SaleHead(rs.getLong(1), new EventSale(rs.getLong(2), BoothPayment.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getTimestamp(7).toInstant(), List.of())))
                .list();
        Map<Long, List<EventSale.Line>> lines = new LinkedHashMap<>();
        heads.forEach(head -> lines.put(head.id(), new ArrayList<>()));
        jdbc.sql("SELECT l.sale_id, l.product_id, l.title, l.quantity, l.unit_price FROM booth_sale_line l JOIN booth_sale s ON s.id = l.sale_id "
                        + "WHERE s.exhibition_id = ? AND s.status = 'RECORDED' ORDER BY l.sale_id, l.line_no")
                .param(exhibitionId)
                .query(rs -> {
                    lines.get(rs.getLong(1)).add(new EventSale.Line(rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getLong(5)));
                });
        return heads.stream().map(head -> new EventSale(head.sale().groupId(), head.sale().payment(), head.sale().paymentReference(),
                head.sale().total(), head.sale().commission(), head.sale().soldAt(), List.copyOf(lines.get(head.id())))).toList();
    }

    /** Every day close of the event, by day and group. */
    public List<BoothDayClose> dayCloses(long exhibitionId) {
        return jdbc.sql("SELECT " + CLOSE_COLUMNS + " FROM booth_day_close WHERE exhibition_id = ? ORDER BY sales_day, group_id")
                .param(exhibitionId).query(BoothSaleStore::dayClose).list();
    }

    public void insertDayClose(BoothDayClose close) {
        jdbc.sql("INSERT INTO booth_day_close (exhibition_id, group_id, sales_day, expected_cash, counted_cash, note, counted_by, counted_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(close.exhibitionId(), close.groupId(), close.day(), close.expectedCash(), close.countedCash(), close.note(),
                        close.countedBy(), Timestamp.from(close.countedAt()))
                .update();
    }

    public Optional<BoothDayClose> dayClose(long exhibitionId, long groupId, LocalDate day) {
        return jdbc.sql("SELECT " + CLOSE_COLUMNS + " FROM booth_day_close WHERE exhibition_id = ? AND group_id = ? AND sales_day = ?")
                .params(exhibitionId, groupId, day)
                .query(BoothSaleStore::dayClose)
                .optional();
    }

    private static BoothDayClose dayClose(ResultSet rs, int row) throws SQLException {
        return new BoothDayClose(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getLong(4),
                rs.getLong(5), rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant(), (Long) rs.getObject(9, Long.class),
                rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant());
    }

    /** Confirms once, never by the one who counted; false when it was confirmed already or the confirmer counted. */
    public boolean confirmDayClose(long exhibitionId, long groupId, LocalDate day, long confirmedBy, Instant at) {
        return jdbc.sql("UPDATE booth_day_close SET confirmed_by = ?, confirmed_at = ? WHERE exhibition_id = ? AND group_id = ? "
                        + "AND sales_day = ? AND confirmed_by IS NULL AND counted_by <> ?")
                .params(confirmedBy, Timestamp.from(at), exhibitionId, groupId, day, confirmedBy).update() == 1;
    }

    private Optional<RecordedBoothSale> first(String where, String value) {
        return withLines(jdbc.sql("SELECT " + SALE_COLUMNS + " FROM booth_sale s WHERE " + where).param(value).query(this::sale).list())
                .stream().findFirst();
    }

    private record Head(long id, RecordedBoothSale sale) {
    }

    private Head sale(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getLong(1), new RecordedBoothSale(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                BoothPayment.valueOf(rs.getString(6)), rs.getString(7), rs.getLong(8), (Long) rs.getObject(9, Long.class), rs.getString(10),
                ShortReason.of(rs.getString(13)), rs.getTimestamp(11).toInstant(), rs.getString(12), List.of()));
    }

    private List<RecordedBoothSale> withLines(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RecordedBoothSale.Line>> lines = new LinkedHashMap<>();
        heads.forEach(head -> lines.put(head.id(), new ArrayList<>()));
        String ids = String.join(",", heads.stream().map(head -> "?").toList());
        jdbc.sql("SELECT sale_id, variant_id, title, quantity, unit_price FROM booth_sale_line WHERE sale_id IN (" + ids + ") ORDER BY sale_id, line_no")
                .params(heads.stream().map(Head::id).map(Object.class::cast).toList())
                .query((rs, row) -> {
                    lines.get(rs.getLong(1)).add(new RecordedBoothSale.Line(rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getLong(5)));
                    return null;
                }).list();
        return heads.stream().map(head -> {
            RecordedBoothSale s = head.sale();
            return new RecordedBoothSale(s.saleKey(), s.exhibitionId(), s.groupId(), s.sellerId(), s.payment(), s.paymentReference(), s.total(),
                    s.cashReceived(), s.status(), s.shortReason(), s.soldAt(), s.receiptToken(), List.copyOf(lines.get(head.id())));
        }).toList();
    }
}
