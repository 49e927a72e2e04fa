package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.catalog.Stock;
import id.go.bnn.pasarbersinar.identity.PhoneNumbers;
import id.go.bnn.pasarbersinar.order.internal.OrderLinks;
import id.go.bnn.pasarbersinar.order.internal.OrderNumbers;
import id.go.bnn.pasarbersinar.order.internal.OrderReleases;
import id.go.bnn.pasarbersinar.order.internal.OrderStore;
import id.go.bnn.pasarbersinar.payment.CheckoutRequest;
import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import id.go.bnn.pasarbersinar.payment.PaymentRedirect;
import id.go.bnn.pasarbersinar.payment.Payments;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a cart into an order waiting for payment: checks the form, reserves the stock of every line (one
 * conditional update per variant, all or nothing), writes the order with one fulfilment per group, then asks the
 * payment provider for its page. The reservation is committed before the provider is called, so a crash in between
 * leaves an order that the expiry job closes and whose stock it releases; nothing is reserved twice.
 * <p>
 * The buyer picks how to pay among {@link Payments#availableMethods()}; the method is kept with the order, passed to
 * the provider, and decides how long the stock stays reserved ({@link #timeToPay}).
 */
@Service
public class Checkout {

    private static final Logger log = LoggerFactory.getLogger(Checkout.class);
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final Cart cart;
    private final Stock stock;
    private final ShippingRates rates;
    private final Places places;
    private final Regions regions;
    private final ProducerGroups groups;
    private final Payments payments;
    private final OrderNumbers numbers;
    private final OrderLinks links;
    private final OrderReleases releases;
    private final OrderStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration reservation;
    private final Duration instantTimeToPay;
    private final Duration virtualAccountTimeToPay;

    Checkout(Cart cart, Stock stock, ShippingRates rates, Places places, Regions regions, ProducerGroups groups, Payments payments,
            OrderNumbers numbers, OrderLinks links, OrderReleases releases, OrderStore store, TransactionTemplate transaction,
            Clock clock, @Value("${pasar.order.reservation-timeout:30m}") Duration reservation,
            @Value("${pasar.order.pay-within.instant:15m}") Duration instantTimeToPay,
            @Value("${pasar.order.pay-within.virtual-account:24h}") Duration virtualAccountTimeToPay) {
        this.cart = cart;
        this.stock = stock;
        this.rates = rates;
        this.places = places;
        this.regions = regions;
        this.groups = groups;
        this.payments = payments;
        this.numbers = numbers;
        this.links = links;
        this.releases = releases;
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
        this.reservation = reservation;
        this.instantTimeToPay = instantTimeToPay;
        this.virtualAccountTimeToPay = virtualAccountTimeToPay;
    }

    /** The summary for a destination province: each parcel's shipping and the total. */
    public CheckoutQuote quote(GuestCart guest, String provinceCode) {
        CartContents contents = cart.contents(guest);
        List<Money> shipping = contents.parcels().stream()
                .map(parcel -> provinceCode == null ? Money.ZERO
                        : rates.quote(parcel.groupId(), parcel.groupProvinceCode(), provinceCode, parcel.weightGrams()))
                .toList();
        return new CheckoutQuote(contents, shipping, provinceCode);
    }

    /** How long a reservation waits for payment by a card, or when no method was chosen. */
    public Duration reservation() {
        return reservation;
    }

    /**
     * How long the buyer may take to pay by {@code method}, and so how long the stock stays reserved: QRIS and the
     * e-wallets are paid in minutes, a virtual account from an ATM or banking app within hours, a card as before.
     */
    public Duration timeToPay(PaymentMethod method) {
        if (method == null) {
            return reservation;
        }
        return switch (method.kind()) {
            case QR, E_WALLET -> instantTimeToPay;
            case VIRTUAL_ACCOUNT -> virtualAccountTimeToPay;
            case CARD -> reservation;
        };
    }

    /** The ways the buyer may pay, in the order the page offers them (none: payment is unavailable). */
    public List<PaymentMethod> paymentMethods() {
        return payments.availableMethods();
    }

    /**
     * Places the order and opens its payment. Refuses (with an {@link OrderException} naming the reason and changing
     * nothing) an invalid form, an empty cart, a line no longer payable, a total that changed since the summary, and
     * stock that went while the buyer was typing ("sold out").
     */
    public PlacedOrder place(GuestCart guest, CheckoutForm form) {
        return place(guest, form, LocalizedText.INDONESIAN, null);
    }

    /**
     * The same for a buyer shopping in {@code language} who reached the shop at {@code visitorAddress} (scheme, host,
     * port and context path; null: unknown): the payment page names the items in that language, and the buyer comes
     * back from it to that address, so that its session and language cookie come along. A configured
     * {@code PASAR_BASE_URL} wins over the visitor's address, which then never reaches the provider.
     */
    public PlacedOrder place(GuestCart guest, CheckoutForm form, Locale language, String visitorAddress) {
        OrderStore.Buyer contact = contact(form);
        PaymentMethod method = method(form, new EnumMap<>(CheckoutForm.Field.class));
        CheckoutQuote quote = quote(guest, contact.provinceCode());
        CartContents contents = quote.cart();
        if (contents.isEmpty()) {
            throw new OrderException("order.checkout.error.empty");
        }
        if (!contents.payable()) {
            // Bought up by others while this buyer was typing: say "sold out", as a buyer who came a moment later hears.
            boolean soldOut = contents.lines().stream().filter(line -> !line.payable())
                    .allMatch(line -> line.problem() == CartContents.Problem.SOLD_OUT);
            throw new OrderException(soldOut ? "order.checkout.error.sold-out" : "order.checkout.error.cart-changed");
        }
        if (form.expectedTotal() != null && !form.expectedTotal().equals(quote.total())) {
            throw new OrderException("order.checkout.error.total-changed", quote.total().format());
        }
        Caller caller = Caller.current();
        Instant now = clock.instant();
        Instant reservedUntil = now.plus(timeToPay(method));
        String number = transaction.execute(status -> {
            reserve(contents);
            return insert(contents, quote, contact, method, caller.isSignedIn() ? caller.accountId() : null, now, reservedUntil,
                    OrderStore.Origin.ONLINE);
        });
        PaymentRedirect redirect;
        try {
            redirect = payments.startCheckout(request(number, contact.email(), contents, quote, reservedUntil, method, language, visitorAddress));
        } catch (RuntimeException e) {
            log.warn("Payment could not start for order {}; its reservation is released", number, e);
            releases.expire(number, "payment could not start");
            throw new OrderException("order.checkout.error.payment-unavailable");
        }
        store.recordPaymentSession(number, redirect.sessionId());
        cart.clear(guest);
        return new PlacedOrder(number, redirect.url(), links.path(number));
    }

    /**
     * Checks the form alone, before anything is reserved: refuses it with every field that is missing or wrong (an
     * {@link InvalidCheckoutForm}), so that the page can mark them all at once. {@link #place} checks it again.
     */
    public void check(CheckoutForm form) {
        contact(form);
    }

    OrderStore.Buyer contact(CheckoutForm form) {
        Map<CheckoutForm.Field, String> problems = new EnumMap<>(CheckoutForm.Field.class);
        String name = trimmed(form.name());
        if (name.isEmpty() || name.length() > 120) {
            problems.put(CheckoutForm.Field.NAME, "order.checkout.error.name");
        }
        String email = trimmed(form.email()).toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.put(CheckoutForm.Field.EMAIL, "order.checkout.error.email");
        }
        String phone = PhoneNumbers.normalize(form.phone()).orElse(null);
        if (phone == null) {
            problems.put(CheckoutForm.Field.PHONE, "order.checkout.error.phone");
        }
        // Each list depends on the one before it: a missing province leaves the regency and district unchosen too.
        boolean province = regions.province(form.provinceCode()).isPresent();
        boolean regency = province && places.regencies(form.provinceCode()).stream().anyMatch(p -> p.code().equals(form.regencyCode()));
        boolean district = regency && places.consistent(form.provinceCode(), form.regencyCode(), form.districtCode());
        if (!province) {
            problems.put(CheckoutForm.Field.PROVINCE, "order.checkout.error.province");
        }
        if (!regency) {
            problems.put(CheckoutForm.Field.REGENCY, "order.checkout.error.regency");
        }
        if (!district) {
            problems.put(CheckoutForm.Field.DISTRICT, "order.checkout.error.district");
        }
        String postalCode = trimmed(form.postalCode());
        if (!postalCode.matches("\\d{5}")) {
            problems.put(CheckoutForm.Field.POSTAL_CODE, "order.checkout.error.postal-code");
        }
        String street = trimmed(form.street());
        if (street.length() < 5 || street.length() > 255) {
            problems.put(CheckoutForm.Field.STREET, "order.checkout.error.street");
        }
        String notes = trimmed(form.notes());
        if (notes.length() > 500) {
            problems.put(CheckoutForm.Field.NOTES, "order.checkout.error.notes");
        }
        method(form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCheckoutForm(problems);
        }
        return new OrderStore.Buyer(name, email, phone, form.provinceCode(),
                places.name(places.regencies(form.provinceCode()), form.regencyCode()),
                places.name(places.districts(form.regencyCode()), form.districtCode()), postalCode, street, notes.isEmpty() ? null : notes);
    }

    /**
     * The method the buyer picked, which must be one the page offers (a made-up or switched-off one is refused, as a
     * tampered request); none picked: the only one offered, else the provider's page decides.
     */
    private PaymentMethod method(CheckoutForm form, Map<CheckoutForm.Field, String> problems) {
        List<PaymentMethod> offered = payments.availableMethods();
        String name = trimmed(form.paymentMethod());
        if (name.isEmpty()) {
            return offered.size() == 1 ? offered.getFirst() : null;
        }
        PaymentMethod chosen = offered.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
        if (chosen == null) {
            problems.put(CheckoutForm.Field.PAYMENT_METHOD, "order.checkout.error.payment-method");
        }
        return chosen;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    /** One conditional update per variant, in variant order (so concurrent checkouts never deadlock). */
    void reserve(CartContents contents) {
        Map<Long, Integer> byVariant = new TreeMap<>();
        contents.lines().forEach(line -> byVariant.merge(line.variantId(), line.quantity(), Integer::sum));
        byVariant.forEach((variantId, quantity) -> {
            if (!stock.reserve(variantId, quantity)) {
                throw new OrderException("order.checkout.error.sold-out");
            }
        });
    }

    String insert(CartContents contents, CheckoutQuote quote, OrderStore.Buyer contact, PaymentMethod method, Long accountId,
            Instant now, Instant reservedUntil, OrderStore.Origin origin) {
        for (int attempt = 1; ; attempt++) {
            String number = numbers.next(now);
            try {
                long orderId = store.insertOrder(number, accountId, contact, contents.itemsTotal(), quote.shippingTotal(), quote.total(),
                        method, now, reservedUntil, origin);
                Map<GroupId, GroupSummary> owners = groups.findAll(contents.parcels().stream().map(p -> new GroupId(p.groupId())).toList());
                for (int i = 0; i < contents.parcels().size(); i++) {
                    CartContents.Parcel parcel = contents.parcels().get(i);
                    GroupSummary group = owners.get(new GroupId(parcel.groupId()));
                    long fulfilmentId = store.insertFulfilment(orderId, parcel.groupId(), group.provinceCode(), group.programmeCode(),
                            group.name(), parcel.itemsTotal(), quote.shipping().get(i), parcel.weightGrams());
                    for (CartContents.Line line : parcel.lines()) {
                        store.insertLine(fulfilmentId, line.item().productId(), line.variantId(), line.item().categoryCode(),
                                new LocalizedText(line.item().label(LocalizedText.INDONESIAN), line.item().label(LocalizedText.ENGLISH)),
                                line.quantity(), line.unitPrice());
                    }
                }
                return number;
            } catch (DuplicateKeyException taken) {
                if (attempt >= 5) {
                    throw taken;
                }
            }
        }
    }

    CheckoutRequest request(String number, String email, CartContents contents, CheckoutQuote quote, Instant reservedUntil,
            PaymentMethod method, Locale language, String visitorAddress) {
        List<CheckoutRequest.Parcel> parcels = new ArrayList<>();
        for (int i = 0; i < contents.parcels().size(); i++) {
            CartContents.Parcel parcel = contents.parcels().get(i);
            parcels.add(new CheckoutRequest.Parcel(parcel.groupId(), parcel.groupName(), quote.shipping().get(i),
                    parcel.lines().stream()
                            .sorted(Comparator.comparing(CartContents.Line::variantId))
                            .map(line -> new CheckoutRequest.Item(line.item().label(LocalizedText.INDONESIAN),
                                    line.item().label(LocalizedText.ENGLISH), line.quantity(), line.unitPrice()))
                            .toList()));
        }
        String page = links.returnUrl(number, visitorAddress);
        String tag = language != null && "en".equals(language.getLanguage()) ? "en" : "id";
        return new CheckoutRequest(number, email, quote.total(), parcels, page + "&bayar=1", page + "&bayar=batal", reservedUntil, tag, method);
    }
}
