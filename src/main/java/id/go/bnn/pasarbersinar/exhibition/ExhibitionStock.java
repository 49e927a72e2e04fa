package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.catalog.Purchasable;
import id.go.bnn.pasarbersinar.catalog.Stock;
import id.go.bnn.pasarbersinar.exhibition.internal.ExhibitionStore;
import id.go.bnn.pasarbersinar.exhibition.internal.ExhibitionStore.MoveRow;
import id.go.bnn.pasarbersinar.exhibition.internal.ExhibitionStore.StockRow;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock at exhibitions: a group moves items of its variants from online sale to an event it has a booth at, never more
 * than the variant has online (catalog's {@link Stock} takes them in the same transaction), each move under the key its
 * form made so that a move sent twice counts once; ending the event gives back what is left. Moves and the end of an
 * event run under the event's row lock, so they never interleave.
 */
@Service
@Transactional
public class ExhibitionStock {

    /** The form's key for one move: a UUID or another token of letters, digits and dashes. */
    private static final Pattern MOVE_KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");
    static final int MAX_MOVE = 10_000;

    private final ExhibitionStore store;
    private final Stock catalogStock;
    private final ProducerGroups groups;
    private final Clock clock;

    ExhibitionStock(ExhibitionStore store, Stock catalogStock, ProducerGroups groups, Clock clock) {
        this.store = store;
        this.catalogStock = catalogStock;
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * Moves {@code quantity} of a variant of the group the caller acts for (or, for staff of the event, of any group with
     * a booth there) to the event. A key already used answers {@link MoveOutcome#ALREADY_COUNTED} and changes nothing.
     */
    public MoveOutcome move(ExhibitionId id, long variantId, int quantity, String moveKey) {
        Caller caller = Caller.current();
        if (moveKey == null || !MOVE_KEY.matcher(moveKey).matches()) {
            throw new ExhibitionException("exhibition.error.move-key");
        }
        Exhibition event = store.lock(id.value()).orElseThrow(() -> new ExhibitionException("exhibition.error.not-found"));
        Purchasable variant = catalogStock.find(variantId).orElseThrow(() -> new ExhibitionException("exhibition.error.no-variant"));
        caller.require(caller.actsFor(variant.groupId()) || caller.curates(event.provinceCode()), "moving stock of group " + variant.groupId());
        Optional<MoveRow> earlier = store.move(moveKey);
        if (earlier.isPresent()) {
            MoveRow move = earlier.get();
            if (move.exhibitionId() != id.value() || move.variantId() != variantId || move.quantity() != quantity) {
                throw new ExhibitionException("exhibition.error.move-key");
            }
            return MoveOutcome.ALREADY_COUNTED;
        }
        if (event.status() == ExhibitionStatus.ENDED) {
            throw new ExhibitionException("exhibition.error.ended");
        }
        if (!store.hasBooth(id.value(), variant.groupId())) {
            throw new ExhibitionException("exhibition.error.not-at-event");
        }
        if (quantity <= 0 || quantity > MAX_MOVE) {
            throw new ExhibitionException("exhibition.error.quantity");
        }
        if (!catalogStock.withdrawForExhibition(variantId, quantity)) {
            throw new ExhibitionException("exhibition.error.not-enough-online");
        }
        store.recordMove(moveKey, id.value(), variantId, variant.productId(), variant.groupId(), quantity,
                caller.accountId() == null ? 0 : caller.accountId(), clock.instant());
        return MoveOutcome.MOVED;
    }

    /**
     * The stock at the event with each variant's online stock now: every booth for staff of the event, the caller's own
     * group's for a member acting for a group with a booth there.
     */
    @Transactional(readOnly = true)
    public List<StockLine> at(ExhibitionId id) {
        Caller caller = Caller.current();
        Exhibition event = store.find(id.value()).orElseThrow(() -> new ExhibitionException("exhibition.error.not-found"));
        boolean staff = caller.curates(event.provinceCode());
        caller.require(staff || (caller.actingGroup() != null && caller.actsFor(caller.actingGroup())
                && store.hasBooth(id.value(), caller.actingGroup())), "stock at exhibition " + id.value());
        List<StockRow> rows = store.stock(id.value()).stream().filter(row -> staff || caller.actsFor(row.groupId())).toList();
        Map<Long, Purchasable> variants = catalogStock.findAll(rows.stream().map(StockRow::variantId).toList());
        Map<GroupId, GroupSummary> summaries = groups.findAll(rows.stream().map(row -> new GroupId(row.groupId())).distinct().toList());
        return rows.stream().filter(row -> variants.containsKey(row.variantId())).map(row -> {
            Purchasable variant = variants.get(row.variantId());
            GroupSummary group = summaries.get(new GroupId(row.groupId()));
            return new StockLine(row.variantId(), row.productId(), variant.slug(), row.groupId(), group == null ? "" : group.name(),
                    variant.title(), variant.variantName(), variant.onlyVariant(), variant.price(), row.allocated(), row.sold(),
                    row.returned(), variant.stock());
        }).toList();
    }

    /** The variants of the group the caller acts for, with their online stock: what its form may move. */
    @Transactional(readOnly = true)
    public List<Purchasable> movable() {
        Caller caller = Caller.current();
        caller.require(caller.actingGroup() != null && caller.actsFor(caller.actingGroup()), "variants of a group");
        return catalogStock.ofGroup(caller.actingGroup());
    }

    /** Gives back what is left of every variant at an event being ended (the caller holds the event's lock). */
    void giveBackAll(ExhibitionId id) {
        for (StockRow row : store.lockStock(id.value())) {
            int left = row.onHand();
            if (left > 0) {
                store.markReturned(id.value(), row.variantId(), left);
                catalogStock.returnFromExhibition(row.variantId(), left);
            }
        }
    }
}
