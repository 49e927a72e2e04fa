package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.order.internal.OrderLinks;
import id.go.bnn.pasarbersinar.order.internal.OrderMails;
import id.go.bnn.pasarbersinar.order.internal.OrderReleases;
import id.go.bnn.pasarbersinar.order.internal.OrderStore;
import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import id.go.bnn.pasarbersinar.payment.PaymentRedirect;
import id.go.bnn.pasarbersinar.payment.Payments;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders placed on a buyer's behalf by a seller at an exhibition's booth, for later delivery, paid by a card payment
 * link mailed to the buyer. Such an order is a normal order from then on: one parcel per group with the shipping of the
 * group's table (the "abroad" zone for an address outside Indonesia), the stock reserved until the link runs out
 * ({@code pasar.order.pay-within.card-link}), paid or expired as any other, booked in the ledger as an online sale.
 * It records its channel (BOOTH), the event and the seller. The caller says where the items come from: a
 * {@link StockSource} puts them into online stock inside the order's transaction, right before they are reserved for
 * it, so that the order takes them from the event's booth and nobody else can buy them in between.
 * <p>
 * Who may take the order is the caller's business (the exhibition module checks the seller and the booth); here it
 * must be a signed-in person, whose account is kept as the seller. The buyer is a guest: the order has no account.
 */
@Service
public class OrdersOnBehalf {

    private static final Logger log = LoggerFactory.getLogger(OrdersOnBehalf.class);
    private static final Pattern PHONE = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern REQUEST_KEY = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern POSTAL_CODE_ABROAD = Pattern.compile("[\\p{Alnum} -]{0,12}");
    static final int MAX_LINES = 50;

    /**
     * Puts the items into online stock for the order, within its transaction (the order reserves them right after);
     * throws an {@link OrderException} (or any other) to refuse, and then nothing of the order stays.
     */
    @FunctionalInterface
    public interface StockSource {
        void take(String orderNumber, Map<Long, Integer> quantities);
    }

    private final Checkout checkout;
    private final Cart cart;
    private final ShippingRates rates;
    private final Payments payments;
    private final OrderLinks links;
    private final OrderReleases releases;
    private final OrderStore store;
    private final OrderMails mails;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration payWithin;

    OrdersOnBehalf(Checkout checkout, Cart cart, ShippingRates rates, Payments payments, OrderLinks links, OrderReleases releases,
            OrderStore store, OrderMails mails, TransactionTemplate transaction, Clock clock,
            @Value("${pasar.order.pay-within.card-link:24h}") Duration payWithin) {
        this.checkout = checkout;
        this.cart = cart;
        this.rates = rates;
        this.payments = payments;
        this.links = links;
        this.releases = releases;
        this.store = store;
        this.mails = mails;
        this.transaction = transaction;
        this.clock = clock;
        this.payWithin = payWithin;
    }

    /** How long the buyer has to pay by the mailed link, and so how long the items stay reserved. */
    public Duration payWithin() {
        return payWithin;
    }

    /**
     * Checks the order (buyer, address, items) without changing anything; an {@link OrderException} names the first
     * problem. {@link #place} checks it again.
     */
    public void check(OrderOnBehalf order) {
        quantities(order);
        buyer(order);
        card();
    }

    /**
     * Places the order, opens its card payment and mails the buyer the link. Refused with an {@link OrderException}
     * and nothing changed: a request key that is not a UUID, no items, a quantity outside 1–99, an item no longer on sale, a bad name, e-mail or phone,
     * an address without country, city or street (or, in Indonesia, as checkout refuses it), no card payment
     * available, or stock the source cannot give.
     */
    public PlacedOnBehalf place(OrderOnBehalf order, StockSource source) {
        // A request sent again (same requestKey) is answered with the order it placed, whatever it says now.
        Caller caller = Caller.current();
        if (!caller.isSignedIn()) {
            throw new OrderException("order.behalf.error.sign-in");
        }
        String requestKey = requestKey(order);
        Optional<PlacedOnBehalf> earlier = earlier(requestKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Map<Long, Integer> quantities = quantities(order);
        OrderStore.Buyer buyer = buyer(order);
        PaymentMethod card = card();
        Map<Long, GuestCart.Line> lines = new LinkedHashMap<>();
        quantities.forEach((variant, quantity) -> lines.put(variant, new GuestCart.Line(quantity, 0)));
        CartContents contents = cart.contentsOf(lines);
        if (contents.lines().size() != quantities.size() || contents.lines().stream().anyMatch(line -> !line.item().onSale())) {
            throw new OrderException("order.behalf.error.not-on-sale");
        }
        String destination = order.address().inIndonesia() ? buyer.provinceCode() : null;
        List<Money> shipping = contents.parcels().stream()
                .map(parcel -> rates.quote(parcel.groupId(), parcel.groupProvinceCode(), destination, parcel.weightGrams())).toList();
        CheckoutQuote quote = new CheckoutQuote(contents, shipping, destination);
        Instant now = clock.instant();
        Instant payableUntil = now.plus(payWithin);
        String number;
        try {
            number = transaction.execute(status -> {
                String placed = checkout.insert(contents, quote, buyer, card, null, now, payableUntil,
                        OrderStore.Origin.booth(order.exhibitionId(), caller.accountId(), requestKey));
                source.take(placed, quantities);
                checkout.reserve(contents);
                return placed;
            });
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            // The same request arrived twice at the same moment: the other one placed it.
            return earlier(requestKey).orElseThrow(() -> sentTwiceAtOnce);
        }
        PaymentRedirect redirect;
        try {
            redirect = payments.startCheckout(checkout.request(number, buyer.email(), contents, quote, payableUntil, card, order.language(), null));
        } catch (RuntimeException e) {
            log.warn("Card payment could not start for booth order {}; its reservation is released", number, e);
            releases.expire(number, "payment could not start");
            throw new OrderException("order.checkout.error.payment-unavailable");
        }
        store.recordPaymentSession(number, redirect.sessionId());
        String paymentUrl = redirect.url().startsWith("/") ? links.absolute(redirect.url().substring(1)) : redirect.url();
        mails.payLink(number, paymentUrl, payableUntil);
        return new PlacedOnBehalf(number, buyer.email(), contents.itemsTotal(), quote.shippingTotal(), quote.total(), paymentUrl,
                links.url(number), payableUntil, false);
    }

    private static String requestKey(OrderOnBehalf order) {
        String key = order == null || order.requestKey() == null ? null : order.requestKey().strip();
        if (key != null && !REQUEST_KEY.matcher(key).matches()) {
            throw new OrderException("order.behalf.error.request-key");
        }
        return key;
    }

    /**
     * The order placed earlier for this request of the booth page, as its first answer said it (without the payment
     * link, with {@code duplicate} set); empty when none was (or the key is null).
     */
    public Optional<PlacedOnBehalf> placedFor(OrderOnBehalf order) {
        return earlier(requestKey(order));
    }

    private Optional<PlacedOnBehalf> earlier(String requestKey) {
        if (requestKey == null) {
            return Optional.empty();
        }
        return store.numberByRequestKey(requestKey).flatMap(store::details)
                .map(order -> new PlacedOnBehalf(order.number(), order.contact().email(), order.itemsTotal(), order.shippingTotal(),
                        order.total(), null, links.url(order.number()), order.reservedUntil(), true));
    }

    private static Map<Long, Integer> quantities(OrderOnBehalf order) {
        if (order == null || order.lines().isEmpty()) {
            throw new OrderException("order.behalf.error.empty");
        }
        if (order.lines().size() > MAX_LINES) {
            throw new OrderException("order.cart.error.full", MAX_LINES);
        }
        Map<Long, Integer> quantities = new TreeMap<>();
        for (OrderOnBehalf.Line line : order.lines()) {
            if (line == null || line.quantity() < 1 || line.quantity() > Cart.MAX_QUANTITY) {
                throw new OrderException("order.cart.error.quantity", Cart.MAX_QUANTITY);
            }
            quantities.merge(line.variantId(), line.quantity(), Integer::sum);
        }
        if (quantities.values().stream().anyMatch(quantity -> quantity > Cart.MAX_QUANTITY)) {
            throw new OrderException("order.cart.error.quantity", Cart.MAX_QUANTITY);
        }
        return quantities;
    }

    /** The buyer and the address: in Indonesia exactly as checkout checks them, abroad with free lines and a city. */
    private OrderStore.Buyer buyer(OrderOnBehalf order) {
        DeliveryAddress address = order.address();
        if (address == null || address.countryCode() == null || address.countryCode().isBlank()) {
            throw new OrderException("order.behalf.error.country");
        }
        if (address.inIndonesia()) {
            try {
                return checkout.contact(new CheckoutForm(order.name(), order.email(), phoneInIndonesia(order.phone()), address.provinceCode(),
                        address.regencyCode(), address.districtCode(), address.postalCode(), address.street(), order.notes(), null));
            } catch (InvalidCheckoutForm invalid) {
                // The booth page shows one message at a time: the first field wrong, in the form's order.
                throw new OrderException(invalid.problems().values().iterator().next());
            }
        }
        if (!Countries.known(address.countryCode())) {
            throw new OrderException("order.behalf.error.country");
        }
        String name = trimmed(order.name());
        if (name.isEmpty() || name.length() > 120) {
            throw new OrderException("order.checkout.error.name");
        }
        String email = trimmed(order.email()).toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !Checkout.EMAIL.matcher(email).matches()) {
            throw new OrderException("order.checkout.error.email");
        }
        String phone = internationalPhone(order.phone());
        if (phone == null) {
            throw new OrderException("order.behalf.error.phone");
        }
        String lines = trimmed(address.street()).replace("\r\n", "\n");
        if (lines.length() < 5 || lines.length() > 255) {
            throw new OrderException("order.behalf.error.street");
        }
        String city = trimmed(address.city());
        if (city.isEmpty() || city.length() > 120) {
            throw new OrderException("order.behalf.error.city");
        }
        String postalCode = trimmed(address.postalCode());
        if (!POSTAL_CODE_ABROAD.matcher(postalCode).matches()) {
            throw new OrderException("order.behalf.error.postal-code");
        }
        String notes = trimmed(order.notes());
        if (notes.length() > 500) {
            throw new OrderException("order.checkout.error.notes");
        }
        return new OrderStore.Buyer(name, email, phone, null, city, "", postalCode, lines, notes.isEmpty() ? null : notes,
                address.countryCode());
    }

    /** A number as typed abroad ("+43 1 5880", "0043 1 5880") in international form; null when it cannot be one. */
    static String internationalPhone(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s().-]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        return PHONE.matcher(digits).matches() ? digits : null;
    }

    /** In Indonesia checkout's rule (+62) holds; a number typed in international form with 0062 is read as +62. */
    private static String phoneInIndonesia(String typed) {
        String number = typed == null ? null : typed.strip();
        return number != null && number.startsWith("0062") ? "+" + number.substring(2) : number;
    }

    private PaymentMethod card() {
        if (!payments.availableMethods().contains(PaymentMethod.CARD)) {
            throw new OrderException("order.behalf.error.card-unavailable");
        }
        return PaymentMethod.CARD;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
