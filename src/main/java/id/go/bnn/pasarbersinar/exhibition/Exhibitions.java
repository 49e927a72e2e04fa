package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.exhibition.internal.ExhibitionStore;
import id.go.bnn.pasarbersinar.exhibition.internal.ExhibitionStore.BoothRow;
import id.go.bnn.pasarbersinar.exhibition.internal.ExhibitionStore.SellerRow;
import id.go.bnn.pasarbersinar.identity.SellerAccounts;
import id.go.bnn.pasarbersinar.identity.SellerAccounts.SellerAccount;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exhibitions and their booths: staff of the event's province (or administrators) create and edit an event, add and
 * remove the groups taking part and the people who sell at each booth, open and end it; a group sees the events it
 * takes part in. Ending an event gives the stock left at its booths back to online sale ({@link ExhibitionStock}).
 * Every refusal of bad input is an {@link ExhibitionException}, thrown before anything changed.
 */
@Service
@Transactional
public class Exhibitions {

    static final int MAX_NAME = 160;
    static final int MAX_PLACE = 200;
    static final int MAX_LABEL = 40;
    /** Longer than any fair the programmes take part in; a longer span is a typing mistake in a year or month. */
    static final int MAX_DAYS = 62;

    private final ExhibitionStore store;
    private final ExhibitionStock stock;
    private final ProducerGroups groups;
    private final SellerAccounts accounts;
    private final Regions regions;
    private final Clock clock;

    Exhibitions(ExhibitionStore store, ExhibitionStock stock, ProducerGroups groups, SellerAccounts accounts, Regions regions, Clock clock) {
        this.store = store;
        this.stock = stock;
        this.groups = groups;
        this.accounts = accounts;
        this.regions = regions;
        this.clock = clock;
    }

    /** The event, for anybody who may see it: staff of its province, a group with a booth there, or a seller there. */
    @Transactional(readOnly = true)
    public Optional<Exhibition> find(ExhibitionId id) {
        Caller caller = Caller.current();
        return store.find(id.value()).filter(event -> caller.curates(event.provinceCode())
                || caller.groups().stream().anyMatch(group -> store.hasBooth(id.value(), group))
                || (caller.accountId() != null && store.sellers(id.value()).stream().anyMatch(s -> s.accountId() == caller.accountId())));
    }

    /** The events at which this caller sells at a booth and which are open today (in Jakarta). */
    @Transactional(readOnly = true)
    public List<Exhibition> sellingAt(Caller caller) {
        if (caller.accountId() == null) {
            return List.of();
        }
        return store.sellingAt(caller.accountId(), today());
    }

    /** The events staff may organise: those of the provinces a curator answers for, every event for administrators. */
    @Transactional(readOnly = true)
    public List<Exhibition> listForStaff() {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR), "listing exhibitions");
        return store.list(caller.isAdmin() ? null : caller.provinces());
    }

    /** The events the group the caller acts for takes part in. */
    @Transactional(readOnly = true)
    public List<Exhibition> ofActingGroup() {
        Caller caller = Caller.current();
        caller.require(caller.actingGroup() != null && caller.actsFor(caller.actingGroup()), "exhibitions of a group");
        return store.ofGroup(caller.actingGroup());
    }

    public ExhibitionId create(ExhibitionPlan plan) {
        Caller caller = Caller.current();
        checked(plan);
        caller.requireCurator(plan.provinceCode(), "creating an exhibition");
        if (plan.endsOn().isBefore(today())) {
            throw new ExhibitionException("exhibition.error.dates-past");
        }
        long creator = caller.accountId() == null ? 0 : caller.accountId();
        return new ExhibitionId(store.insert(plan.name().strip(), plan.place().strip(), plan.provinceCode(), plan.startsOn(),
                plan.endsOn(), plan.commissionBps(), creator, clock.instant()));
    }

    /** New details for an event not yet ended; moving it to another province needs staff of both. */
    public void edit(ExhibitionId id, ExhibitionPlan plan) {
        organisedNotEnded(id);
        checked(plan);
        Caller.current().requireCurator(plan.provinceCode(), "moving an exhibition to province " + plan.provinceCode());
        if (!store.update(id.value(), plan.name().strip(), plan.place().strip(), plan.provinceCode(), plan.startsOn(), plan.endsOn(),
                plan.commissionBps())) {
            throw new ExhibitionException("exhibition.error.ended");
        }
    }

    /** The booths with their sellers, by label: for staff of the event and for groups with a booth there (theirs only). */
    @Transactional(readOnly = true)
    public List<Booth> booths(ExhibitionId id) {
        Caller caller = Caller.current();
        Exhibition event = store.find(id.value()).orElseThrow(() -> new ExhibitionException("exhibition.error.not-found"));
        boolean staff = caller.curates(event.provinceCode());
        List<BoothRow> rows = store.booths(id.value()).stream()
                .filter(row -> staff || caller.actsFor(row.groupId())).toList();
        caller.require(staff || !rows.isEmpty(), "booths of exhibition " + id.value());
        List<SellerRow> sellers = store.sellers(id.value());
        Map<Long, SellerAccount> people = accounts.describe(sellers.stream().map(SellerRow::accountId).toList());
        Map<GroupId, GroupSummary> summaries = groups.findAll(rows.stream().map(row -> new GroupId(row.groupId())).toList());
        return rows.stream().map(row -> {
            GroupSummary group = summaries.get(new GroupId(row.groupId()));
            List<Booth.Seller> atBooth = sellers.stream().filter(s -> s.groupId() == row.groupId())
                    .map(s -> people.get(s.accountId())).filter(java.util.Objects::nonNull)
                    .map(p -> new Booth.Seller(p.id().value(), p.name(), p.email(), p.staff())).toList();
            return new Booth(new GroupId(row.groupId()), group == null ? "#" + row.groupId() : group.name(),
                    group == null ? null : group.provinceCode(), row.label(), atBooth);
        }).toList();
    }

    public void addBooth(ExhibitionId id, GroupId group, String label) {
        organisedNotEnded(id);
        groups.find(group).orElseThrow(() -> new ExhibitionException("exhibition.error.no-group"));
        String cleanLabel = label == null || label.isBlank() ? null : label.strip();
        if (cleanLabel != null && (cleanLabel.length() > MAX_LABEL || cleanLabel.chars().anyMatch(Character::isISOControl))) {
            throw new ExhibitionException("exhibition.error.label");
        }
        if (store.hasBooth(id.value(), group.value())) {
            throw new ExhibitionException("exhibition.error.booth-exists");
        }
        store.addBooth(id.value(), group.value(), cleanLabel);
    }

    /** Removes a booth to which no stock was moved (stock at the event stays until the event ends). */
    public void removeBooth(ExhibitionId id, GroupId group) {
        organisedNotEnded(id);
        requireBooth(id, group);
        if (store.hasStock(id.value(), group.value())) {
            throw new ExhibitionException("exhibition.error.booth-has-stock");
        }
        store.removeBooth(id.value(), group.value());
    }

    /** Adds a seller by e-mail: a member of the booth's group or a staff account. */
    public void addSeller(ExhibitionId id, GroupId group, String email) {
        organisedNotEnded(id);
        requireBooth(id, group);
        SellerAccount seller = accounts.eligible(group, email == null ? "" : email)
                .orElseThrow(() -> new ExhibitionException("exhibition.error.not-a-seller"));
        if (!store.addSeller(id.value(), group.value(), seller.id().value())) {
            throw new ExhibitionException("exhibition.error.seller-exists");
        }
    }

    public void removeSeller(ExhibitionId id, GroupId group, long accountId) {
        organisedNotEnded(id);
        if (!store.removeSeller(id.value(), group.value(), accountId)) {
            throw new ExhibitionException("exhibition.error.no-seller");
        }
    }

    /** Opens a planned event: booths sell from now on. */
    public void open(ExhibitionId id) {
        organised(id);
        store.lock(id.value());
        if (!store.changeStatus(id.value(), ExhibitionStatus.PLANNED, ExhibitionStatus.OPEN, clock.instant())) {
            throw new ExhibitionException("exhibition.error.not-planned");
        }
    }

    /** Ends the event and gives what is left at its booths back to online sale, in one transaction. */
    public void end(ExhibitionId id) {
        organised(id);
        Exhibition event = store.lock(id.value()).orElseThrow(() -> new ExhibitionException("exhibition.error.not-found"));
        if (event.status() == ExhibitionStatus.ENDED
                || !store.changeStatus(id.value(), event.status(), ExhibitionStatus.ENDED, clock.instant())) {
            throw new ExhibitionException("exhibition.error.ended");
        }
        stock.giveBackAll(id);
    }

    private Exhibition organised(ExhibitionId id) {
        Exhibition event = store.find(id.value()).orElseThrow(() -> new ExhibitionException("exhibition.error.not-found"));
        Caller.current().requireCurator(event.provinceCode(), "exhibition " + id.value());
        return event;
    }

    private void organisedNotEnded(ExhibitionId id) {
        if (organised(id).status() == ExhibitionStatus.ENDED) {
            throw new ExhibitionException("exhibition.error.ended");
        }
    }

    private void requireBooth(ExhibitionId id, GroupId group) {
        if (!store.hasBooth(id.value(), group.value())) {
            throw new ExhibitionException("exhibition.error.not-at-event");
        }
    }

    private void checked(ExhibitionPlan plan) {
        if (plan.name() == null || plan.name().isBlank() || plan.name().strip().length() > MAX_NAME || controls(plan.name())) {
            throw new ExhibitionException("exhibition.error.name");
        }
        if (plan.place() == null || plan.place().isBlank() || plan.place().strip().length() > MAX_PLACE || controls(plan.place())) {
            throw new ExhibitionException("exhibition.error.place");
        }
        if (plan.provinceCode() == null || regions.province(plan.provinceCode()).isEmpty()) {
            throw new ExhibitionException("exhibition.error.province");
        }
        if (plan.startsOn() == null || plan.endsOn() == null) {
            throw new ExhibitionException("exhibition.error.dates-missing");
        }
        if (plan.endsOn().isBefore(plan.startsOn())) {
            throw new ExhibitionException("exhibition.error.dates-order");
        }
        if (plan.startsOn().plusDays(MAX_DAYS).isBefore(plan.endsOn())) {
            throw new ExhibitionException("exhibition.error.dates-too-long");
        }
        if (plan.commissionBps() < 0 || plan.commissionBps() > 10_000) {
            throw new ExhibitionException("exhibition.error.commission");
        }
    }

    private static boolean controls(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private LocalDate today() {
        // Jakarta's day of the clock's instant, whatever zone the clock itself carries.
        return LocalDate.ofInstant(clock.instant(), ShopTime.ZONE);
    }
}
