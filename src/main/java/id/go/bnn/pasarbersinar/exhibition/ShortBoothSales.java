package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore;
import id.go.bnn.pasarbersinar.exhibition.internal.ExhibitionStore;
import id.go.bnn.pasarbersinar.exhibition.internal.ShortSaleStore;
import id.go.bnn.pasarbersinar.exhibition.internal.ShortSaleStore.Resolution;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's list of an event's booth sales flagged SHORT (the event's stock could no longer cover them when they arrived:
 * the buyer has the goods and paid, the shop's figures do not), and marking one resolved with a note of what was done
 * (the piece found and the stock corrected, the buyer refunded, …). One person suffices; the decision log keeps it.
 * Curators of the event's province and administrators only, checked here.
 */
@Service
public class ShortBoothSales {

    static final int MAX_NOTE = 500;

    /** A short sale with its group's name and, once resolved, who resolved it, when and the note (all null while open). */
    public record ShortSale(RecordedBoothSale sale, String groupName, Long resolvedBy, Instant resolvedAt, String note) {

        public boolean open() {
            return resolvedAt == null;
        }
    }

    private final BoothSaleStore sales;
    private final ShortSaleStore store;
    private final ExhibitionStore events;
    private final ProducerGroups groups;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ShortBoothSales(BoothSaleStore sales, ShortSaleStore store, ExhibitionStore events, ProducerGroups groups, ApplicationEventPublisher publisher,
            Clock clock) {
        this.sales = sales;
        this.store = store;
        this.events = events;
        this.groups = groups;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The event's short sales, open ones and resolved ones, in the order they were made. */
    @Transactional(readOnly = true)
    public List<ShortSale> of(ExhibitionId id) {
        organised(id);
        List<RecordedBoothSale> shorts = sales.shortSales(id.value());
        Map<String, Resolution> resolutions = store.resolutions(id.value());
        Map<GroupId, GroupSummary> names = groups.findAll(shorts.stream().map(sale -> new GroupId(sale.groupId())).distinct().toList());
        return shorts.stream().map(sale -> {
            String group = Optional.ofNullable(names.get(new GroupId(sale.groupId()))).map(GroupSummary::name).orElse("#" + sale.groupId());
            Resolution done = resolutions.get(sale.saleKey());
            return done == null ? new ShortSale(sale, group, null, null, null) : new ShortSale(sale, group, done.resolvedBy(), done.resolvedAt(), done.note());
        }).toList();
    }

    /** How many short sales are still open at each of these events (the caller's list of events; others count 0). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> openCounts(List<Exhibition> list) {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR), "short booth sales");
        return store.openCounts(list.stream().filter(event -> caller.curates(event.provinceCode())).map(event -> event.id().value()).toList());
    }

    /** Marks a short sale resolved with what was done; a missing or too long note, an unknown or resolved sale: refused. */
    @Transactional
    public void resolve(ExhibitionId id, String saleKey, String note) {
        Exhibition event = organised(id);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE || text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new ExhibitionException("exhibition.short.error.note");
        }
        Caller caller = Caller.current();
        Instant now = clock.instant();
        if (!store.resolve(id.value(), saleKey, caller.accountId(), now, text)) {
            boolean isShort = sales.byKey(saleKey == null ? "" : saleKey).filter(sale -> sale.exhibitionId() == id.value() && sale.isShort()).isPresent();
            throw new ExhibitionException(isShort ? "exhibition.short.error.resolved" : "exhibition.short.error.unknown");
        }
        publisher.publishEvent(new StaffDecision(caller.accountId(), caller.email(), event.provinceCode(), "BOOTH_SALE", saleKey, "resolve-short",
                "SHORT", text, now));
    }

    private Exhibition organised(ExhibitionId id) {
        Exhibition event = events.find(id.value()).orElseThrow(() -> new ExhibitionException("exhibition.error.not-found"));
        Caller.current().requireCurator(event.provinceCode(), "short booth sales of exhibition " + id.value());
        return event;
    }
}
