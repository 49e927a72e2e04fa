package id.go.bnn.pasarbersinar.demo;

import static id.go.bnn.pasarbersinar.demo.DemoCallers.as;
import static id.go.bnn.pasarbersinar.demo.DemoCallers.staff;
import static id.go.bnn.pasarbersinar.demo.DemoOrderPlan.BANK_ACCOUNTS;
import static id.go.bnn.pasarbersinar.demo.DemoOrderPlan.BUYERS;
import static id.go.bnn.pasarbersinar.demo.DemoOrderPlan.CONSENTING_GROUPS;
import static id.go.bnn.pasarbersinar.demo.DemoOrderPlan.RUN_DAYS_AGO;
import static id.go.bnn.pasarbersinar.demo.DemoOrderPlan.STRIPE_ACCOUNTS;
import static id.go.bnn.pasarbersinar.demo.DemoOrderPlan.dayAt;
import static id.go.bnn.pasarbersinar.demo.DemoOrderPlan.specs;

import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.ListingRow;
import id.go.bnn.pasarbersinar.catalog.ListingStatus;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.ProductDetails;
import id.go.bnn.pasarbersinar.demo.DemoOrderPlan.Buyer;
import id.go.bnn.pasarbersinar.demo.DemoOrderPlan.Fate;
import id.go.bnn.pasarbersinar.demo.DemoOrderPlan.Spec;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.order.Cart;
import id.go.bnn.pasarbersinar.order.Checkout;
import id.go.bnn.pasarbersinar.order.CheckoutForm;
import id.go.bnn.pasarbersinar.order.GuestCart;
import id.go.bnn.pasarbersinar.order.OrderDetails;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.order.Places;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import id.go.bnn.pasarbersinar.payment.DemoPayments;
import id.go.bnn.pasarbersinar.payout.BankTransfers;
import id.go.bnn.pasarbersinar.payout.EarningsReleases;
import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.payout.PayoutMethod;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.payout.PayoutStatus;
import id.go.bnn.pasarbersinar.payout.Payouts;
import id.go.bnn.pasarbersinar.payout.TransferSettlement;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import id.go.bnn.pasarbersinar.shared.Slug;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Six months of demo order history, written on the first start through the real services: guests buy from several
 * groups in several provinces (cart, checkout, the DEMO payment provider's "pay"), the groups' members ship, the buyers
 * confirm delivery, one parcel is cancelled and one partly refunded, and two earlier payout runs pay the groups by bank
 * (reference and proof recorded by the administrator, approved by the finance administrator) and by Stripe Connect
 * (demo transfers). Every event and ledger posting is the one the shop makes for a real order. What happens when is
 * written down in {@link DemoOrderPlan}; this class plays it.
 * <p>
 * The dates lie in the past because the shop's clock is a {@link DemoHistoryClock} here: before each step the history
 * moves it to the step's moment and waits until the event listeners that step started (in other threads) are done,
 * so each listener stamps its own work with the same moment. At the end the clock goes back to the real time and the
 * earnings whose holding period is over become payable, leaving available balances for a new payout run.
 */
@Component
class DemoOrders {

    private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);

    private final Cart cart;
    private final Checkout checkout;
    private final Orders orders;
    private final DemoPayments payments;
    private final Places places;
    private final ProducerGroups groups;
    private final Listings listings;
    private final Catalog catalog;
    private final PayoutDestinations destinations;
    private final PayoutRuns runs;
    private final TransferSettlement settlement;
    private final BankTransfers bankTransfers;
    private final Payouts payouts;
    private final EarningsReleases releases;
    private final Clock clock;
    /** Stock left per variant as the history takes it. */
    private final Map<Long, Integer> remaining = new HashMap<>();
    private final DemoListenerWait listeners;
    private final DemoReviews reviews;

    DemoOrders(Cart cart, Checkout checkout, Orders orders, DemoPayments payments, Places places, ProducerGroups groups, Listings listings,
            Catalog catalog, PayoutDestinations destinations, PayoutRuns runs, TransferSettlement settlement, BankTransfers bankTransfers,
            Payouts payouts, EarningsReleases releases, EventPublicationQueries publications, Clock clock, DemoReviews reviews) {
        this.reviews = reviews;
        this.cart = cart;
        this.checkout = checkout;
        this.orders = orders;
        this.payments = payments;
        this.places = places;
        this.groups = groups;
        this.listings = listings;
        this.catalog = catalog;
        this.destinations = destinations;
        this.runs = runs;
        this.settlement = settlement;
        this.bankTransfers = bankTransfers;
        this.payouts = payouts;
        this.releases = releases;
        this.listeners = new DemoListenerWait(publications);
        this.clock = clock;
    }

    /** What the history made. */
    record Summary(int orders, int parcels, int payoutRuns, int payouts) {
    }

    /** Whether the history can be written here: the shop's clock can be moved (see {@link DemoHistoryClockConfiguration}). */
    boolean possible() {
        return clock instanceof DemoHistoryClock;
    }


    /** A step of the history at its moment. */
    private record Step(Instant at, String what, Runnable action) {
    }

    /** What the steps of one order learn as they go. */
    private static final class Placed {
        String number;
        String token;
        String paymentUrl;
        final List<Long> fulfilments = new ArrayList<>();
        final Map<Long, Long> groupOf = new HashMap<>();
    }

    /**
     * Writes the history. {@code accounts} are the demo accounts made on this start (e-mail → id): the administrator
     * runs and records payouts, the finance administrator approves bank payouts, the groups' members ship and refund.
     */
    Summary create(Map<String, AccountId> accounts) {
        DemoHistoryClock history = (DemoHistoryClock) clock;
        Instant now = history.realNow();
        Map<String, GroupSummary> demoGroups = demoGroups();
        Map<String, List<ProductDetails.Variant>> stock = Caller.runAsSystem(() -> variantsByGroup(demoGroups));
        Caller admin = staff(accounts, DemoAccounts.ADMIN_EMAIL);
        Caller finance = staff(accounts, DemoAccounts.FINANCE_EMAIL);
        Map<String, Caller> members = new HashMap<>();
        demoGroups.forEach((key, group) -> {
            AccountId id = accounts.get("anggota." + key + DemoAccounts.DOMAIN);
            if (id != null) {
                members.put(key, new Caller(id.value(), "anggota." + key + DemoAccounts.DOMAIN, Set.of(Role.BUYER, Role.PRODUCER), Set.of(),
                        Set.of(group.id().value()), group.id().value(), false));
            }
        });

        List<Step> steps = new ArrayList<>();
        Instant start = dayAt(now, 181, 9, 0);
        steps.add(new Step(start, "payout destinations", () -> as(admin, () -> setDestinations(demoGroups))));
        // Two groups agreed to show on their public page what they earned through the shop (their members' decision).
        for (String key : CONSENTING_GROUPS) {
            if (members.containsKey(key)) {
                steps.add(new Step(start.plus(Duration.ofDays(1)), "impact consent " + key,
                        () -> as(members.get(key), () -> groups.setImpactConsent(demoGroups.get(key).id(), true))));
            }
        }
        int[] counters = new int[3];
        List<Spec> specs = specs();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            if (!demoGroups.keySet().containsAll(spec.groupKeys())) {
                continue;
            }
            Placed placed = new Placed();
            Buyer buyer = BUYERS.get(spec.buyer());
            int index = i;
            Instant placedAt = dayAt(now, spec.daysAgo(), 8 + (i * 5) % 12, (i * 17) % 60);
            steps.add(new Step(placedAt, "order " + i, () -> Caller.runAsSystem(() -> place(placed, buyer, spec, index, demoGroups, stock))));
            steps.add(new Step(placedAt.plus(Duration.ofMinutes(3 + i % 5)), "pay " + i, () -> pay(placed)));
            counters[0]++;
            counters[1] += spec.groupKeys().size();
            Instant paidAt = placedAt.plus(Duration.ofMinutes(3 + i % 5));
            switch (spec.fate()) {
                case PAID -> {
                }
                case CANCELLED -> steps.add(new Step(paidAt.plus(Duration.ofHours(3)), "cancel " + i,
                        () -> Caller.runAsSystem(() -> orders.cancel(placed.fulfilments.getFirst(), placed.token))));
                default -> {
                    Instant shippedAt = dayAt(now, spec.daysAgo() - 1 - i % 2, 10, 15 + i);
                    steps.add(new Step(shippedAt, "ship " + i, () -> ship(placed, members, demoGroups, index)));
                    if (spec.fate() != Fate.SHIPPED) {
                        Instant deliveredAt = shippedAt.plus(Duration.ofDays(2 + i % 4)).plus(Duration.ofHours(4));
                        steps.add(new Step(deliveredAt, "deliver " + i, () -> deliver(placed)));
                        if (DemoOrderPlan.reviewed(index, spec)) {
                            long[] written = {0};
                            steps.add(new Step(deliveredAt.plus(Duration.ofDays(1 + i % 3)), "review " + i, () -> reviews.write(placed.number,
                                    placed.token, index, DemoOrderPlan.reviewWithPhone(index, spec)).ifPresent(id -> written[0] = id)));
                            if (i % 2 == 0) {
                                steps.add(new Step(deliveredAt.plus(Duration.ofDays(2 + i % 3)), "answer " + i, () -> {
                                    if (written[0] > 0) {
                                        reviews.answer(memberOf(placed.groupOf.get(placed.fulfilments.getFirst()), members, demoGroups), written[0], index);
                                    }
                                }));
                            }
                        }
                        if (spec.fate() == Fate.PARTLY_REFUNDED) {
                            steps.add(new Step(deliveredAt.plus(Duration.ofDays(2)), "refund " + i, () -> refundOne(placed, members, demoGroups)));
                        }
                    }
                }
            }
        }
        for (int daysAgo : RUN_DAYS_AGO) {
            Instant runAt = dayAt(now, daysAgo, 10, 0);
            steps.add(new Step(runAt, "payout run", () -> {
                long runId = as(admin, () -> runs.run()).runId();
                counters[2]++;
                history.moveTo(runAt.plus(Duration.ofMinutes(50)));
                listeners.await();
                as(admin, () -> {
                    for (Payout payout : payouts.payoutsOfRun(runId)) {
                        if (payout.method() == PayoutMethod.STRIPE && payout.status() == PayoutStatus.SENT) {
                            settlement.reconcile(payout.id());
                        }
                    }
                });
                history.moveTo(runAt.plus(Duration.ofHours(2)));
                as(admin, () -> {
                    for (Payout payout : payouts.payoutsOfRun(runId)) {
                        if (payout.method() == PayoutMethod.BANK && payout.status() == PayoutStatus.PENDING) {
                            String reference = DemoReceipts.bankReference(payout, runAt);
                            bankTransfers.recordBankTransfer(payout.id(), reference, "bukti-transfer-" + payout.id() + ".pdf",
                                    DemoReceipts.proofDocument(payout, reference, runAt));
                        }
                    }
                });
                history.moveTo(runAt.plus(Duration.ofHours(5)));
                listeners.await();
                as(finance, () -> {
                    for (Payout payout : payouts.payoutsOfRun(runId)) {
                        if (payout.method() == PayoutMethod.BANK && payout.status() == PayoutStatus.SENT) {
                            bankTransfers.approve(payout.id());
                        }
                    }
                });
            }));
        }
        steps.sort(Comparator.comparing(Step::at));

        listeners.ignoreThoseOpenNow();
        try {
            for (Step step : steps) {
                history.moveTo(step.at());
                // What the clock-driven jobs would have done by then: earnings past their holding period become payable.
                Caller.runAsSystem(releases::releaseDue);
                try {
                    step.action().run();
                } catch (RuntimeException e) {
                    log.warn("Demo history: step '{}' at {} failed; the history goes on without it", step.what(), step.at(), e);
                }
                listeners.await();
            }
        } finally {
            history.release();
        }
        Caller.runAsSystem(releases::releaseDue);
        // After the history (paid by hand): one group is paid through (demo) Iris from now on, for the Iris journey.
        GroupSummary irisGroup = demoGroups.get(DemoOrderPlan.IRIS_GROUP);
        if (irisGroup != null) {
            String[] bank = DemoOrderPlan.IRIS_ACCOUNT;
            as(admin, () -> destinations.setIris(irisGroup.id(), bank[0], bank[1], bank[2]));
        }
        listeners.await();
        int paidOut = as(admin, () -> payouts.runs(10)).stream().mapToInt(PayoutRuns.Run::payouts).sum();
        return new Summary(counters[0], counters[1], counters[2], paidOut);
    }

    private Map<String, GroupSummary> demoGroups() {
        Map<String, GroupSummary> byKey = new HashMap<>();
        Map<String, GroupSummary> bySlug = new HashMap<>();
        groups.listPublic().stream().filter(GroupSummary::demo).forEach(group -> bySlug.put(group.slug(), group));
        DemoGroups.all().forEach((key, group) -> {
            GroupSummary summary = bySlug.get(Slug.from(group.name()).value());
            if (summary != null) {
                byKey.put(key, summary);
            }
        });
        return byKey;
    }

    /** Each group's variants on sale with stock, cheapest first (so that most demo parcels cost what a buyer often pays). */
    private Map<String, List<ProductDetails.Variant>> variantsByGroup(Map<String, GroupSummary> demoGroups) {
        Map<String, List<ProductDetails.Variant>> byGroup = new HashMap<>();
        demoGroups.forEach((key, group) -> {
            List<ProductDetails.Variant> variants = new ArrayList<>();
            for (ListingRow row : listings.ofGroup(group.id(), ListingStatus.APPROVED)) {
                catalog.findPublic(listings.find(row.id()).slug()).ifPresent(product -> product.variants().stream()
                        .filter(variant -> variant.stock() >= 3).findFirst().ifPresent(variants::add));
            }
            variants.sort(Comparator.comparing(variant -> variant.price().rupiah()));
            byGroup.put(key, variants);
        });
        return byGroup;
    }

    private void setDestinations(Map<String, GroupSummary> demoGroups) {
        demoGroups.forEach((key, group) -> {
            if (STRIPE_ACCOUNTS.containsKey(key)) {
                destinations.setStripe(group.id(), STRIPE_ACCOUNTS.get(key));
            } else if (BANK_ACCOUNTS.containsKey(key)) {
                String[] bank = BANK_ACCOUNTS.get(key);
                destinations.setBank(group.id(), bank[0], bank[1], bank[2]);
            }
        });
    }

    private void place(Placed placed, Buyer buyer, Spec spec, int index, Map<String, GroupSummary> demoGroups,
            Map<String, List<ProductDetails.Variant>> stock) {
        GuestCart guest = new GuestCart();
        for (String key : spec.groupKeys()) {
            List<ProductDetails.Variant> variants = stock.get(key);
            int wanted = spec.fate() == Fate.PARTLY_REFUNDED || index % 4 == 0 ? 2 : 1;
            int added = 0;
            for (int k = 0; k < variants.size() && added < wanted; k++) {
                ProductDetails.Variant variant = variants.get((index * 3 + k) % variants.size());
                int quantity = variant.price().rupiah() < 100_000 || spec.fate() == Fate.PARTLY_REFUNDED ? 2 : 1;
                // What earlier orders of the history left on the shelf (demo stock is small).
                if (remaining.getOrDefault(variant.id(), variant.stock()) >= quantity + 1) {
                    cart.add(guest, variant.id(), quantity);
                    remaining.merge(variant.id(), variant.stock() - quantity, (left, ignored) -> left - quantity);
                    added++;
                }
            }
        }
        var regency = places.regencies(buyer.provinceCode()).getFirst();
        var district = places.districts(regency.code()).getFirst();
        PlacedOrder order = checkout.place(guest, new CheckoutForm(buyer.name(), buyer.emailName() + DemoAccounts.DOMAIN,
                "0812" + String.format("%08d", 31_000_000 + index * 7_919), buyer.provinceCode(), regency.code(), district.code(),
                String.format("%05d", 10_110 + index * 1_013 % 80_000), buyer.street(), index % 3 == 0 ? "Titip di pos satpam bila tidak ada orang." : null,
                null));
        placed.number = order.number();
        placed.token = order.orderPath().substring(order.orderPath().indexOf("?t=") + 3);
        placed.paymentUrl = order.paymentUrl();
    }

    private void pay(Placed placed) {
        if (placed.number == null) {
            return;
        }
        payments.pay(placed.paymentUrl);
        listeners.await();
        OrderDetails details = Caller.runAsSystem(() -> orders.find(placed.number, placed.token)).orElseThrow();
        details.parcels().forEach(parcel -> {
            placed.fulfilments.add(parcel.fulfilmentId());
            placed.groupOf.put(parcel.fulfilmentId(), parcel.groupId());
        });
    }

    private static final String[] COURIERS = {"JNE", "J&T Express", "SiCepat", "POS Indonesia", "Anteraja"};

    private void ship(Placed placed, Map<String, Caller> members, Map<String, GroupSummary> demoGroups, int index) {
        for (long fulfilmentId : placed.fulfilments) {
            Caller member = memberOf(placed.groupOf.get(fulfilmentId), members, demoGroups);
            String courier = COURIERS[(int) (fulfilmentId % COURIERS.length)];
            String tracking = courier.substring(0, 2).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "X")
                    + String.format("%010d", 4_000_000_000L + fulfilmentId * 7_777L + index);
            as(member, () -> {
                orders.markProcessing(fulfilmentId);
                orders.markShipped(fulfilmentId, courier, tracking);
            });
        }
    }

    private void deliver(Placed placed) {
        for (long fulfilmentId : placed.fulfilments) {
            Caller.runAsSystem(() -> orders.confirmDelivery(fulfilmentId, placed.token));
        }
    }

    /** The group gives back one item of the first line (a damaged piece, say), and puts it back in stock. */
    private void refundOne(Placed placed, Map<String, Caller> members, Map<String, GroupSummary> demoGroups) {
        long fulfilmentId = placed.fulfilments.getFirst();
        Caller member = memberOf(placed.groupOf.get(fulfilmentId), members, demoGroups);
        OrderDetails details = Caller.runAsSystem(() -> orders.find(placed.number, placed.token)).orElseThrow();
        OrderDetails.Line line = details.parcels().stream().filter(p -> p.fulfilmentId() == fulfilmentId).findFirst().orElseThrow().lines().getFirst();
        as(member, () -> orders.refund(fulfilmentId, Map.of(line.lineId(), 1), true));
    }

    private static Caller memberOf(long groupId, Map<String, Caller> members, Map<String, GroupSummary> demoGroups) {
        return demoGroups.entrySet().stream().filter(entry -> entry.getValue().id().value() == groupId)
                .map(entry -> members.get(entry.getKey())).filter(java.util.Objects::nonNull).findFirst()
                .orElse(Caller.SYSTEM);
    }
}
