package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.catalog.Purchasable;
import id.go.bnn.pasarbersinar.catalog.Stock;
import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore;
import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore.BoothRow;
import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore.Event;
import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore.NewLine;
import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore.NewSale;
import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore.StockRow;
import id.go.bnn.pasarbersinar.payment.QrisCharge;
import id.go.bnn.pasarbersinar.payment.QrisCharges;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales at a booth of an exhibition, as the booth page sends them (possibly long after the phone made them offline).
 * Each sale is recorded once by the id the phone gave it; it takes its items from the event's stock of the booth's
 * group, or, when that stock can no longer cover it, is kept flagged SHORT (shown to the seller and to staff) instead
 * of being dropped. A recorded sale publishes {@link BoothSaleRecorded} for the ledger.
 */
@Service
public class BoothSales {

    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 999;
    static final long MAX_PRICE = 1_000_000_000L;
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern REFERENCE = Pattern.compile("[\\p{Alnum} ._/-]{4,64}");
    /** A phone's clock may be somewhat ahead; a sale dated further in the future is refused. */
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);

    private final BoothSaleStore store;
    private final Stock stock;
    private final Catalog catalog;
    private final ProducerGroups groups;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final QrisCharges qris;
    private final SecureRandom random = new SecureRandom();

    BoothSales(BoothSaleStore store, Stock stock, Catalog catalog, ProducerGroups groups, ApplicationEventPublisher events, Clock clock,
            QrisCharges qris) {
        this.store = store;
        this.qris = qris;
        this.stock = stock;
        this.catalog = catalog;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
    }

    /** The booths of open events the signed-in person sells at. */
    @Transactional(readOnly = true)
    public List<SellingBooth> myBooths() {
        Caller caller = signedIn();
        List<BoothRow> rows = store.boothsOf(caller.accountId());
        Map<GroupId, GroupSummary> names = groups.findAll(rows.stream().map(row -> new GroupId(row.groupId())).toList());
        return rows.stream().map(row -> new SellingBooth(row.exhibitionId(), row.name(), row.place(), row.startsOn(), row.endsOn(), row.groupId(),
                Optional.ofNullable(names.get(new GroupId(row.groupId()))).map(GroupSummary::name).orElse("#" + row.groupId()),
                row.boothLabel())).toList();
    }

    /** What the booth has at the event: each variant the group moved there, its name, price now and what is on hand. */
    @Transactional(readOnly = true)
    public List<BoothItem> catalog(long exhibitionId, long groupId, java.util.Locale locale) {
        requireSeller(exhibitionId, groupId);
        List<StockRow> rows = store.stock(exhibitionId, groupId);
        Map<Long, Purchasable> variants = stock.findAll(rows.stream().map(StockRow::variantId).toList());
        Map<Long, String> covers = catalog.cards(rows.stream().map(row -> new ProductId(row.productId())).distinct().toList()).stream()
                .filter(card -> card.coverImage() != null)
                .collect(Collectors.toMap(card -> card.id().value(), ProductCard::coverImage, (a, b) -> a));
        List<BoothItem> items = new ArrayList<>();
        for (StockRow row : rows) {
            Purchasable variant = variants.get(row.variantId());
            if (variant == null) {
                continue; // deleted from the catalog since it was moved: nothing to show or sell
            }
            String cover = covers.get(row.productId());
            items.add(new BoothItem(row.variantId(), row.productId(), variant.slug(), variant.label(locale), variant.price().rupiah(),
                    Math.max(0, row.onHand()), cover == null ? null : ImageRef.url(cover, ImageRef.SMALL)));
        }
        return items;
    }

    /**
     * Records one sale the phone sent, in its own transaction. Refused (nothing stored) when it is malformed, the event
     * is not open, the caller does not sell at that booth or an item was not moved to the event for that booth.
     */
    @Transactional
    public BoothSaleOutcome record(BoothSale sale) {
        Caller caller = Caller.current();
        String key = sale == null ? null : sale.saleKey();
        if (!caller.isSignedIn()) {
            return BoothSaleOutcome.refused(key, "exhibition.booth.error.sign-in");
        }
        return record(sale, caller.accountId());
    }

    /** Records a sale of this seller (signed in, or the one who started a QRIS charge that its provider confirmed). */
    @Transactional
    BoothSaleOutcome record(BoothSale sale, long sellerId) {
        String key = sale == null ? null : sale.saleKey();
        Optional<String> malformed = malformed(sale);
        if (malformed.isPresent()) {
            return BoothSaleOutcome.refused(key, malformed.get());
        }
        Optional<RecordedBoothSale> earlier = store.byKey(sale.saleKey());
        if (earlier.isPresent()) {
            return duplicate(earlier.get());
        }
        Optional<String> refused = refusal(sale, sellerId);
        if (refused.isPresent()) {
            return BoothSaleOutcome.refused(key, refused.get());
        }
        Optional<Event> event = store.event(sale.exhibitionId());
        Optional<String> providerReference = Optional.empty();
        if (sale.payment().throughProvider()) {
            // Money the platform took: only a charge its provider confirmed, by this method, for exactly this sale's total.
            boolean card = sale.payment() == BoothPayment.CARD;
            Optional<QrisCharge> charge = paidCharge(sale);
            if (charge.isEmpty()) {
                return BoothSaleOutcome.refused(key, card ? "exhibition.card.error.unpaid" : "exhibition.qris.error.unpaid");
            }
            if (charge.get().amount().rupiah() != sale.total()) {
                return BoothSaleOutcome.refused(key, card ? "exhibition.card.error.amount" : "exhibition.qris.error.amount");
            }
            providerReference = Optional.ofNullable(charge.get().paymentReference());
        }
        Map<Long, Integer> quantities = quantities(sale);
        String receipt = receiptToken();
        List<NewLine> lines = lines(sale);
        long saleId;
        try {
            saleId = insert(sale, sellerId, event.get(), providerReference, receipt, lines);
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            // The same sale arrived twice at the same moment (a retry while the first request was still running).
            return store.byKey(sale.saleKey()).map(this::duplicate).orElseThrow(() -> sentTwiceAtOnce);
        }
        if (!takeStock(sale, quantities)) {
            store.markShort(saleId, ShortReason.STOCK);
            return new BoothSaleOutcome(key, BoothSaleOutcome.Result.SHORT, "exhibition.booth.short", receipt);
        }
        events.publishEvent(new BoothSaleRecorded(saleId, sale.saleKey(), sale.exhibitionId(), event.get().name(), sale.groupId(), sale.payment(),
                Money.rupiah(sale.total()), event.get().commissionBps(), sale.soldAt(), lines.stream()
                .map(line -> new BoothSaleRecorded.Line(line.variantId(), line.productId(), line.title(), line.quantity(), Money.rupiah(line.unitPrice())))
                .toList()));
        return new BoothSaleOutcome(key, BoothSaleOutcome.Result.RECORDED, "exhibition.booth.recorded", receipt);
    }

    /**
     * A booth charge's sale that its provider confirmed (the buyer paid) but that can no longer be recorded (the event
     * ended, the seller was removed from the booth meanwhile): kept flagged SHORT, as an offline sale the stock could not
     * cover, so that the seller sees it and staff resolve it with a note; it takes no stock and is not in the ledger.
     * Answers what became of it (the sale recorded before under its key, if any).
     */
    BoothSaleOutcome recordPaidShort(BoothSale sale, long sellerId, ShortReason reason) {
        Optional<RecordedBoothSale> earlier = store.byKey(sale.saleKey());
        if (earlier.isPresent()) {
            return outcomeOf(sale.saleKey());
        }
        Event event = store.event(sale.exhibitionId()).orElseThrow();
        String receipt = receiptToken();
        long saleId = insert(sale, sellerId, event, paidCharge(sale).map(QrisCharge::paymentReference), receipt, lines(sale));
        store.markShort(saleId, reason);
        return new BoothSaleOutcome(sale.saleKey(), BoothSaleOutcome.Result.SHORT, "exhibition.charge.short", receipt);
    }

    private List<NewLine> lines(BoothSale sale) {
        Map<Long, StockRow> allocated = store.stock(sale.exhibitionId(), sale.groupId()).stream()
                .collect(Collectors.toMap(StockRow::variantId, Function.identity()));
        Map<Long, Purchasable> variants = stock.findAll(quantities(sale).keySet());
        return sale.lines().stream().map(line -> new NewLine(line.variantId(),
                Optional.ofNullable(allocated.get(line.variantId())).map(StockRow::productId).orElse(0L),
                title(variants.get(line.variantId()), line.variantId()), line.quantity(), line.unitPrice())).toList();
    }

    private long insert(BoothSale sale, long sellerId, Event event, Optional<String> providerReference, String receipt, List<NewLine> lines) {
        return store.insert(new NewSale(sale.saleKey(), sale.exhibitionId(), sale.groupId(), sellerId, sale.payment(),
                providerReference.map(BoothSales::fitted).orElseGet(() -> reference(sale)), sale.total(),
                commissionOf(sale.total(), event.commissionBps()), sale.payment() == BoothPayment.CASH ? sale.cashReceived() : null, "RECORDED",
                sale.soldAt(), clock.instant(), receipt), lines);
    }

    /** The sale's charge, paid, by the method the sale says (a card sale is never recorded on a QRIS charge, nor the reverse). */
    private Optional<QrisCharge> paidCharge(BoothSale sale) {
        return qris.find(sale.saleKey()).filter(paid -> paid.state() == QrisCharge.State.PAID && paid.method() == sale.payment().providerMethod());
    }

    /**
     * Holds the sale's items on the event's stock for its charge while the buyer pays: every line or none (false: what
     * is free does not cover it, and nothing is held). Each line is one conditional UPDATE, so two phones cannot hold,
     * or sell, the same last piece.
     */
    boolean hold(BoothSale sale) {
        Map<Long, Integer> held = new LinkedHashMap<>();
        for (Map.Entry<Long, Integer> line : quantities(sale).entrySet()) {
            if (!store.hold(sale.exhibitionId(), sale.groupId(), line.getKey(), line.getValue())) {
                held.forEach((variant, quantity) -> store.release(sale.exhibitionId(), variant, quantity));
                return false;
            }
            held.put(line.getKey(), line.getValue());
        }
        return true;
    }

    /** Gives the charge's hold back (its caller decides once, under the charge's row lock, that the hold ends). */
    void release(BoothSale sale) {
        quantities(sale).forEach((variant, quantity) -> store.release(sale.exhibitionId(), variant, quantity));
    }

    /**
     * Pieces of a hold given back after the event ended (the charge failed, or its sale could not be recorded): they go
     * back to online sale at once, as the rest did when it ended. The caller holds the event's row lock
     * ({@link #lockEvent}), as ending it does, so that the give-back at the end and this one never miss each other.
     */
    void giveBackIfEnded(BoothSale sale, String eventStatus) {
        if (ExhibitionStatus.ENDED.name().equals(eventStatus)) {
            quantities(sale).forEach((variant, quantity) -> {
                store.markReturned(sale.exhibitionId(), variant, quantity);
                stock.returnFromExhibition(variant, quantity);
            });
        }
    }

    /** Locks the event's row (before any of its stock rows, in the order ending the event takes them) and answers its status. */
    String lockEvent(long exhibitionId) {
        return store.lockEventStatus(exhibitionId).orElse("");
    }

    /**
     * Why this seller cannot sell this at the booth now, if anything: the event not open, not a seller at that booth, an
     * item not moved to the event for that booth. Nothing is read from the caller; nothing changes.
     */
    Optional<String> refusal(BoothSale sale, long sellerId) {
        Optional<Event> event = store.event(sale.exhibitionId());
        if (event.isEmpty() || !event.get().open()) {
            return Optional.of("exhibition.booth.error.not-open");
        }
        if (!store.isSellerAt(sale.exhibitionId(), sale.groupId(), sellerId)) {
            return Optional.of("exhibition.booth.error.not-seller");
        }
        Map<Long, Integer> quantities = quantities(sale);
        Map<Long, StockRow> allocated = store.stock(sale.exhibitionId(), sale.groupId()).stream()
                .collect(Collectors.toMap(StockRow::variantId, Function.identity()));
        if (!allocated.keySet().containsAll(quantities.keySet())) {
            return Optional.of("exhibition.booth.error.not-allocated");
        }
        return Optional.empty();
    }

    /** The sale's lines with their names for a payment page, in Indonesian and English. */
    List<id.go.bnn.pasarbersinar.payment.CheckoutRequest.Item> chargeItems(BoothSale sale) {
        Map<Long, Purchasable> variants = stock.findAll(quantities(sale).keySet());
        return sale.lines().stream().map(line -> {
            Purchasable variant = variants.get(line.variantId());
            String id = variant == null ? "#" + line.variantId() : variant.label(LocalizedText.INDONESIAN);
            String en = variant == null ? id : variant.label(LocalizedText.ENGLISH);
            return new id.go.bnn.pasarbersinar.payment.CheckoutRequest.Item(id, en, line.quantity(), Money.rupiah(line.unitPrice()));
        }).toList();
    }

    boolean isRecorded(String saleKey) {
        return store.byKey(saleKey).isPresent();
    }

    /** What became of a sale received before: recorded, or kept short of stock; null when there is none. */
    BoothSaleOutcome outcomeOf(String saleKey) {
        return store.byKey(saleKey).map(sale -> sale.isShort()
                ? new BoothSaleOutcome(saleKey, BoothSaleOutcome.Result.SHORT, "exhibition.booth.short", sale.receiptToken())
                : new BoothSaleOutcome(saleKey, BoothSaleOutcome.Result.RECORDED, "exhibition.booth.recorded", sale.receiptToken())).orElse(null);
    }

    Optional<String> malformedSale(BoothSale sale) {
        return malformed(sale);
    }

    private static String fitted(String reference) {
        return reference.length() > 64 ? reference.substring(0, 64) : reference;
    }

    /** The booth's sales on a day (Jakarta time, by the phone's clock), newest first, flagged ones included. */
    @Transactional(readOnly = true)
    public List<RecordedBoothSale> daySales(long exhibitionId, long groupId, LocalDate day) {
        requireSellerOrStaff(exhibitionId, groupId);
        return store.sales(exhibitionId, groupId, startOf(day), startOf(day.plusDays(1)));
    }

    /**
     * The event's recorded sales, for its report: staff of the event's province and administrators only (a curator of
     * another province learns nothing, not even that the event exists).
     */
    @Transactional(readOnly = true)
    public List<EventSale> ofEvent(ExhibitionId id) {
        requireOrganiser(id.value());
        return store.recordedSales(id.value());
    }

    void requireOrganiser(long exhibitionId) {
        Caller caller = Caller.current();
        Optional<Event> event = store.event(exhibitionId);
        // An event of no province is organised by administrators alone.
        caller.require(event.isPresent() && (caller.isAdmin() || event.get().provinceCode() != null && caller.curates(event.get().provinceCode())),
                "sales of exhibition " + exhibitionId);
    }

    /**
     * The commission a sale owes at the event's rate, rounded half up to whole rupiah: the rule of the payout module's
     * {@code CommissionRate}, which books the same amount in the ledger for the same sale.
     */
    static long commissionOf(long total, int basisPoints) {
        return Math.addExact(Math.multiplyExact(total, (long) basisPoints), 5_000) / 10_000;
    }

    /** The event's sales flagged short of stock, for staff. */
    @Transactional(readOnly = true)
    public List<RecordedBoothSale> shortSales(long exhibitionId) {
        requireStaff();
        return store.shortSales(exhibitionId);
    }

    /** A buyer's receipt by its unguessable link; empty for any other token. */
    @Transactional(readOnly = true)
    public Optional<RecordedBoothSale> receipt(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return store.byReceipt(token);
    }

    public LocalDate today() {
        // Jakarta's day of the clock's instant, whatever zone the clock itself carries.
        return LocalDate.ofInstant(clock.instant(), ShopTime.ZONE);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ShopTime.ZONE).toInstant();
    }

    private Optional<String> malformed(BoothSale sale) {
        if (sale == null || sale.saleKey() == null || !UUID.matcher(sale.saleKey()).matches()) {
            return Optional.of("exhibition.booth.error.sale-id");
        }
        if (sale.lines().isEmpty() || sale.lines().size() > MAX_LINES || sale.lines().stream().anyMatch(line -> line == null)) {
            return Optional.of("exhibition.booth.error.lines");
        }
        if (sale.lines().stream().anyMatch(line -> line.quantity() < 1 || line.quantity() > MAX_QUANTITY)) {
            return Optional.of("exhibition.booth.error.quantity");
        }
        if (sale.lines().stream().anyMatch(line -> line.unitPrice() < 0 || line.unitPrice() > MAX_PRICE)) {
            return Optional.of("exhibition.booth.error.price");
        }
        if (sale.payment() == null) {
            return Optional.of("exhibition.booth.error.payment");
        }
        if (sale.payment() == BoothPayment.QRIS_REFERENCE && (sale.paymentReference() == null || !REFERENCE.matcher(sale.paymentReference().strip()).matches())) {
            return Optional.of("exhibition.booth.error.reference");
        }
        if (sale.payment().throughProvider() && !sale.saleKey().equals(sale.saleKey().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("exhibition.booth.error.sale-id");
        }
        if (sale.payment() == BoothPayment.CASH && sale.cashReceived() != null && sale.cashReceived() < sale.total()) {
            return Optional.of("exhibition.booth.error.cash");
        }
        if (sale.soldAt() == null || sale.soldAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return Optional.of("exhibition.booth.error.time");
        }
        return Optional.empty();
    }

    /** Takes every variant's quantity, or nothing: a line the stock cannot cover gives back what the earlier lines took. */
    private boolean takeStock(BoothSale sale, Map<Long, Integer> quantities) {
        Map<Long, Integer> taken = new LinkedHashMap<>();
        for (Map.Entry<Long, Integer> line : quantities.entrySet()) {
            if (!store.takeStock(sale.exhibitionId(), sale.groupId(), line.getKey(), line.getValue())) {
                taken.forEach((variant, quantity) -> store.giveBackStock(sale.exhibitionId(), variant, quantity));
                return false;
            }
            taken.put(line.getKey(), line.getValue());
        }
        return true;
    }

    private static Map<Long, Integer> quantities(BoothSale sale) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        sale.lines().forEach(line -> quantities.merge(line.variantId(), line.quantity(), Integer::sum));
        return quantities;
    }

    private BoothSaleOutcome duplicate(RecordedBoothSale earlier) {
        return new BoothSaleOutcome(earlier.saleKey(), BoothSaleOutcome.Result.DUPLICATE, "exhibition.booth.duplicate", earlier.receiptToken());
    }

    private static String reference(BoothSale sale) {
        return sale.payment() == BoothPayment.QRIS_REFERENCE ? sale.paymentReference().strip() : null;
    }

    private static String title(Purchasable variant, long variantId) {
        String title = variant == null ? "#" + variantId : variant.label(LocalizedText.INDONESIAN);
        return title.length() > 300 ? title.substring(0, 300) : title;
    }

    private String receiptToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Caller signedIn() {
        Caller caller = Caller.current();
        if (!caller.isSignedIn()) {
            throw new BoothSaleException("exhibition.booth.error.sign-in");
        }
        return caller;
    }

    void requireSeller(long exhibitionId, long groupId) {
        Caller caller = signedIn();
        if (!store.isSellerAt(exhibitionId, groupId, caller.accountId())) {
            throw new BoothSaleException("exhibition.booth.error.not-seller");
        }
    }

    void requireSellerOrStaff(long exhibitionId, long groupId) {
        Caller caller = Caller.current();
        if (isStaff(caller)) {
            return;
        }
        signedIn();
        if (!store.isSellerAt(exhibitionId, groupId, caller.accountId())) {
            throw new BoothSaleException("exhibition.booth.error.not-seller");
        }
    }

    private void requireStaff() {
        if (!isStaff(Caller.current())) {
            signedIn();
            throw new BoothSaleException("exhibition.booth.error.not-staff");
        }
    }

    /** Administrators, curators and the shop itself; a signed-out caller never. */
    static boolean isStaff(Caller caller) {
        return caller.system() || caller.isSignedIn() && (caller.isAdmin() || caller.has(Caller.Role.CURATOR));
    }
}
