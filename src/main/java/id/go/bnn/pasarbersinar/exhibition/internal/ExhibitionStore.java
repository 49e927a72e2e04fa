package id.go.bnn.pasarbersinar.exhibition.internal;

import id.go.bnn.pasarbersinar.exhibition.Exhibition;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionId;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionStatus;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The exhibition module's tables ({@code exhibition}, {@code exhibition_booth}, {@code exhibition_seller},
 * {@code exhibition_stock}, {@code exhibition_stock_move}) in plain SQL. Changes of an event's stock run after
 * {@link #lock} of its row, so moves and the end of the event never interleave.
 */
@Repository
public class ExhibitionStore {

    private static final String COLUMNS = "e.id, e.name, e.place, e.province_code, e.starts_on, e.ends_on, e.commission_bps, e.status";

    /** A booth: the group at the event and its label ("A12"). */
    public record BoothRow(long groupId, String label) {
    }

    public record SellerRow(long groupId, long accountId) {
    }

    /** One variant's stock at the event; {@code held} is what booth charges waiting for their payment keep of it. */
    public record StockRow(long variantId, long productId, long groupId, int allocated, int sold, int returned, int held) {
        /** What is at the booth and free: neither sold, given back nor held for a charge. */
        public int onHand() {
            return allocated - sold - returned - held;
        }
    }

    /** A move already recorded under its key. */
    public record MoveRow(long exhibitionId, long variantId, int quantity) {
    }

    private final JdbcClient jdbc;

    ExhibitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String name, String place, String provinceCode, LocalDate startsOn, LocalDate endsOn, int commissionBps,
            long createdBy, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO exhibition (name, place, province_code, starts_on, ends_on, commission_bps, status, created_by, created_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(name, place, provinceCode, Date.valueOf(startsOn), Date.valueOf(endsOn), commissionBps,
                        ExhibitionStatus.PLANNED.name(), createdBy, Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The event's details, unless it has ended meanwhile; false (nothing changed) then. */
    public boolean update(long id, String name, String place, String provinceCode, LocalDate startsOn, LocalDate endsOn, int commissionBps) {
        return jdbc.sql("UPDATE exhibition SET name = ?, place = ?, province_code = ?, starts_on = ?, ends_on = ?, commission_bps = ?, "
                        + "version = version + 1 WHERE id = ? AND status <> 'ENDED'")
                .params(name, place, provinceCode, Date.valueOf(startsOn), Date.valueOf(endsOn), commissionBps, id)
                .update() == 1;
    }

    public Optional<Exhibition> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exhibition e WHERE e.id = ?").param(id).query(ExhibitionStore::exhibition).optional();
    }

    /** The event under a row lock, for a change of its status or stock. */
    public Optional<Exhibition> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exhibition e WHERE e.id = ? FOR UPDATE").param(id).query(ExhibitionStore::exhibition).optional();
    }

    /** Events of these provinces ({@code null}: every event), the latest first. */
    public List<Exhibition> list(Collection<String> provinces) {
        if (provinces == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM exhibition e ORDER BY e.starts_on DESC, e.id DESC").query(ExhibitionStore::exhibition).list();
        }
        if (provinces.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM exhibition e WHERE e.province_code IN (:provinces) ORDER BY e.starts_on DESC, e.id DESC")
                .param("provinces", List.copyOf(provinces)).query(ExhibitionStore::exhibition).list();
    }

    /** The events with a booth of this group, the latest first. */
    public List<Exhibition> ofGroup(long groupId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exhibition e JOIN exhibition_booth b ON b.exhibition_id = e.id "
                        + "WHERE b.group_id = ? ORDER BY e.starts_on DESC, e.id DESC")
                .param(groupId).query(ExhibitionStore::exhibition).list();
    }

    /** The open events, on this day, at which the account sells at some booth. */
    public List<Exhibition> sellingAt(long accountId, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exhibition e WHERE e.status = 'OPEN' AND e.starts_on <= ? AND e.ends_on >= ? "
                        + "AND EXISTS (SELECT 1 FROM exhibition_seller s WHERE s.exhibition_id = e.id AND s.account_id = ?) "
                        + "ORDER BY e.starts_on, e.id")
                .params(Date.valueOf(day), Date.valueOf(day), accountId).query(ExhibitionStore::exhibition).list();
    }

    /** Moves the status on if it is still {@code from}; false (nothing changed) otherwise. */
    public boolean changeStatus(long id, ExhibitionStatus from, ExhibitionStatus to, Instant now) {
        return jdbc.sql("UPDATE exhibition SET status = ?, ended_at = ?, version = version + 1 WHERE id = ? AND status = ?")
                .params(to.name(), to == ExhibitionStatus.ENDED ? Timestamp.from(now) : null, id, from.name())
                .update() == 1;
    }

    public List<BoothRow> booths(long id) {
        return jdbc.sql("SELECT group_id, booth_label FROM exhibition_booth WHERE exhibition_id = ? ORDER BY booth_label, group_id")
                .param(id).query((rs, row) -> new BoothRow(rs.getLong(1), rs.getString(2))).list();
    }

    public boolean hasBooth(long id, long groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM exhibition_booth WHERE exhibition_id = ? AND group_id = ?")
                .params(id, groupId).query(Long.class).single() > 0;
    }

    public void addBooth(long id, long groupId, String label) {
        jdbc.sql("INSERT INTO exhibition_booth (exhibition_id, group_id, booth_label) VALUES (?, ?, ?)").params(id, groupId, label).update();
    }

    /** Removes a booth and its sellers; the caller checked that no stock was moved to it. */
    public void removeBooth(long id, long groupId) {
        jdbc.sql("DELETE FROM exhibition_seller WHERE exhibition_id = ? AND group_id = ?").params(id, groupId).update();
        jdbc.sql("DELETE FROM exhibition_booth WHERE exhibition_id = ? AND group_id = ?").params(id, groupId).update();
    }

    public List<SellerRow> sellers(long id) {
        return jdbc.sql("SELECT group_id, account_id FROM exhibition_seller WHERE exhibition_id = ? ORDER BY group_id, account_id")
                .param(id).query((rs, row) -> new SellerRow(rs.getLong(1), rs.getLong(2))).list();
    }

    /** Adds a seller to a booth; false when already there. */
    public boolean addSeller(long id, long groupId, long accountId) {
        boolean there = jdbc.sql("SELECT COUNT(*) FROM exhibition_seller WHERE exhibition_id = ? AND group_id = ? AND account_id = ?")
                .params(id, groupId, accountId).query(Long.class).single() > 0;
        if (there) {
            return false;
        }
        jdbc.sql("INSERT INTO exhibition_seller (exhibition_id, group_id, account_id) VALUES (?, ?, ?)").params(id, groupId, accountId).update();
        return true;
    }

    public boolean removeSeller(long id, long groupId, long accountId) {
        return jdbc.sql("DELETE FROM exhibition_seller WHERE exhibition_id = ? AND group_id = ? AND account_id = ?")
                .params(id, groupId, accountId).update() == 1;
    }

    public List<StockRow> stock(long id) {
        return jdbc.sql("SELECT variant_id, product_id, group_id, allocated, sold, returned, held FROM exhibition_stock WHERE exhibition_id = ? "
                        + "ORDER BY group_id, product_id, variant_id")
                .param(id).query(ExhibitionStore::stockRow).list();
    }

    /** The event's stock under row locks: ending the event reads what is left while no sale can change it. */
    public List<StockRow> lockStock(long id) {
        return jdbc.sql("SELECT variant_id, product_id, group_id, allocated, sold, returned, held FROM exhibition_stock WHERE exhibition_id = ? "
                        + "ORDER BY variant_id FOR UPDATE")
                .param(id).query(ExhibitionStore::stockRow).list();
    }

    public boolean hasStock(long id, long groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM exhibition_stock WHERE exhibition_id = ? AND group_id = ?")
                .params(id, groupId).query(Long.class).single() > 0;
    }

    public Optional<MoveRow> move(String moveKey) {
        return jdbc.sql("SELECT exhibition_id, variant_id, quantity FROM exhibition_stock_move WHERE move_key = ? FOR UPDATE")
                .param(moveKey).query((rs, row) -> new MoveRow(rs.getLong(1), rs.getLong(2), rs.getInt(3))).optional();
    }

    /** Adds a move to the variant's stock at the event (its row made on the first move) and records it under its key. */
    public void recordMove(String moveKey, long id, long variantId, long productId, long groupId, int quantity, long movedBy, Instant now) {
        int changed = jdbc.sql("UPDATE exhibition_stock SET allocated = allocated + ?, version = version + 1 WHERE exhibition_id = ? AND variant_id = ?")
                .params(quantity, id, variantId).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO exhibition_stock (exhibition_id, variant_id, product_id, group_id, allocated, sold, returned, version) "
                            + "VALUES (?, ?, ?, ?, ?, 0, 0, 0)")
                    .params(id, variantId, productId, groupId, quantity).update();
        }
        jdbc.sql("INSERT INTO exhibition_stock_move (move_key, exhibition_id, variant_id, quantity, moved_by, moved_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(moveKey, id, variantId, quantity, movedBy, Timestamp.from(now)).update();
    }

    /** Counts what was left of a variant as given back. */
    public void markReturned(long id, long variantId, int quantity) {
        jdbc.sql("UPDATE exhibition_stock SET returned = returned + ?, version = version + 1 WHERE exhibition_id = ? AND variant_id = ?")
                .params(quantity, id, variantId).update();
    }

    private static Exhibition exhibition(ResultSet rs, int row) throws SQLException {
        return new Exhibition(new ExhibitionId(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getInt(7), ExhibitionStatus.valueOf(rs.getString(8)));
    }

    private static StockRow stockRow(ResultSet rs, int row) throws SQLException {
        return new StockRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7));
    }
}
