package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a booth's day with four eyes: a seller of the booth counts the cash and records it against the cash sales of
 * the day (a difference needs a note); a second person — another seller of that booth or staff — confirms it.
 */
@Service
public class BoothDayCloses {

    static final long MAX_CASH = 10_000_000_000L;

    private final BoothSaleStore store;
    private final BoothSales sales;
    private final Clock clock;

    BoothDayCloses(BoothSaleStore store, BoothSales sales, Clock clock) {
        this.store = store;
        this.sales = sales;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<BoothDayClose> find(long exhibitionId, long groupId, LocalDate day) {
        sales.requireSellerOrStaff(exhibitionId, groupId);
        return store.dayClose(exhibitionId, groupId, day);
    }

    /** Every day close of the event (all booths), by day: for the event's report, staff of its province only. */
    @Transactional(readOnly = true)
    public List<BoothDayClose> ofEvent(ExhibitionId id) {
        sales.requireOrganiser(id.value());
        return store.dayCloses(id.value());
    }

    /** The cash sales recorded on the day, flagged ones included: what the counted cash should come to. */
    @Transactional(readOnly = true)
    public long expectedCash(long exhibitionId, long groupId, LocalDate day) {
        sales.requireSellerOrStaff(exhibitionId, groupId);
        return store.cashTaken(exhibitionId, groupId, BoothSales.startOf(day), BoothSales.startOf(day.plusDays(1)));
    }

    /** Records the counted cash of the day, once; a difference to the cash sales needs a note saying why. */
    @Transactional
    public BoothDayClose count(long exhibitionId, long groupId, LocalDate day, long countedCash, String note) {
        sales.requireSeller(exhibitionId, groupId);
        if (day == null || countedCash < 0 || countedCash > MAX_CASH) {
            throw new BoothSaleException("exhibition.close.error.amount");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 500) {
            throw new BoothSaleException("exhibition.close.error.note-long");
        }
        long expected = store.cashTaken(exhibitionId, groupId, BoothSales.startOf(day), BoothSales.startOf(day.plusDays(1)));
        if (expected != countedCash && cleanNote == null) {
            throw new BoothSaleException("exhibition.close.error.note");
        }
        BoothDayClose close = new BoothDayClose(exhibitionId, groupId, day, expected, countedCash, cleanNote, Caller.current().accountId(),
                clock.instant(), null, null);
        try {
            store.insertDayClose(close);
        } catch (DuplicateKeyException closedAlready) {
            throw new BoothSaleException("exhibition.close.error.counted");
        }
        return close;
    }

    /** The second pair of eyes: another seller of the booth or staff, never the person who counted. */
    @Transactional
    public BoothDayClose confirm(long exhibitionId, long groupId, LocalDate day) {
        sales.requireSellerOrStaff(exhibitionId, groupId);
        BoothDayClose close = store.dayClose(exhibitionId, groupId, day)
                .orElseThrow(() -> new BoothSaleException("exhibition.close.error.not-counted"));
        long me = Caller.current().accountId();
        if (close.countedBy() == me) {
            throw new BoothSaleException("exhibition.close.error.same-person");
        }
        if (close.confirmed() || !store.confirmDayClose(exhibitionId, groupId, day, me, clock.instant())) {
            throw new BoothSaleException("exhibition.close.error.confirmed");
        }
        return store.dayClose(exhibitionId, groupId, day).orElseThrow();
    }
}
