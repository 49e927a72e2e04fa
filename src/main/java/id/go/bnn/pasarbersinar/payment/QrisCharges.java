package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.payment.QrisCharge.State;
import id.go.bnn.pasarbersinar.payment.internal.DemoQris;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProviders;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Attempt;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Outcome;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Payment;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.SessionStatus;
import id.go.bnn.pasarbersinar.shared.Money;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Charges of sales made face to face at an exhibition's booth, by QRIS or by card: for QRIS the seller's phone shows a
 * QR code made by the shop's QRIS provider (Midtrans's core API, or the demo provider in the demo); for a card it shows
 * the address of the card provider's payment page (Stripe Checkout, or the demo's card page) as a QR code the buyer
 * opens on their own phone. The money is the platform's, as for an online order. A charge is a payment like an order's (same tables, same provider calls with idempotency keys,
 * the same notifications, return checks and late-payment handling) under a number of its own,
 * {@code BOOTH-<the sale's id without dashes>}; its outcome is published as {@link QrisChargePaid} instead of
 * {@link PaymentSucceeded}, since there is no order. The caller (the exhibition module) checks who may charge.
 */
@Service
public class QrisCharges {

    static final String PREFIX = "BOOTH-";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Payments payments;
    private final PaymentProviders providers;
    private final PaymentStore store;
    private final Clock clock;
    private final Duration validity;

    QrisCharges(Payments payments, PaymentProviders providers, PaymentStore store, Clock clock,
            @Value("${pasar.payment.booth-qris-validity:15m}") Duration validity) {
        this.payments = payments;
        this.providers = providers;
        this.store = store;
        this.clock = clock;
        this.validity = validity;
    }

    /** Whether a provider takes QRIS now (Midtrans configured, or the demo); without one the booth offers its own QRIS only. */
    public boolean available() {
        return available(PaymentMethod.QRIS);
    }

    /** Whether a provider takes this method for a booth charge now: QRIS as above, CARD where Stripe is configured (or the demo). */
    public boolean available(PaymentMethod method) {
        return (method == PaymentMethod.QRIS || method == PaymentMethod.CARD) && providers.forMethod(method).available();
    }

    public boolean isDemo() {
        return providers.forMethod(PaymentMethod.QRIS).isDemo();
    }

    /**
     * Opens the charge, or answers the one already opened for this key (a double tap, a retry after a lost answer).
     * Refuses a malformed request ({@link IllegalArgumentException}), a key already used for another amount
     * ({@link IllegalArgumentException}); throws {@link PaymentUnavailableException} when no provider takes QRIS or it
     * cannot be reached (the next call retries with the same key).
     */
    public QrisCharge start(QrisChargeRequest request) {
        if (request == null || request.chargeKey() == null || !KEY.matcher(request.chargeKey()).matches()) {
            throw new IllegalArgumentException("A QRIS charge needs a key that is a UUID in lower case");
        }
        if (request.amount() == null || request.amount().rupiah() <= 0) {
            throw new IllegalArgumentException("A QRIS charge must be more than Rp 0");
        }
        List<CheckoutRequest.Item> items = request.items().stream().filter(item -> item.unitPrice().rupiah() > 0).toList();
        if (!available(request.method())) {
            throw new PaymentUnavailableException("No payment provider takes " + request.method() + " (MIDTRANS_SERVER_KEY, STRIPE_SECRET_KEY)", null);
        }
        Optional<QrisCharge> known = find(request.chargeKey());
        if (known.isPresent() && known.get().method() != request.method()) {
            throw new IllegalArgumentException("Charge " + request.chargeKey() + " was opened for " + known.get().method());
        }
        if (known.isPresent() && known.get().state() != State.OPEN) {
            return known.get();
        }
        String returnUrl = request.returnUrl();
        payments.startCheckout(new CheckoutRequest(number(request.chargeKey()), null, request.amount(),
                List.of(new CheckoutRequest.Parcel(request.groupId(), request.groupName(), Money.ZERO, items)), returnUrl, returnUrl,
                clock.instant().plus(validity), request.language(), request.method()));
        return find(request.chargeKey()).orElseThrow();
    }

    /**
     * Asks the provider how the charge stands (never trusting the phone) and closes it when its time is up; empty for a
     * key that was never charged. {@link PaymentUnavailableException} when the provider cannot be asked now.
     */
    public Optional<QrisCharge> check(String chargeKey) {
        Optional<QrisCharge> charge = find(chargeKey);
        if (charge.isEmpty() || charge.get().state() != State.OPEN) {
            return charge;
        }
        String number = number(chargeKey);
        payments.confirm(number);
        charge = find(chargeKey);
        if (charge.isPresent() && charge.get().state() == State.OPEN && !clock.instant().isBefore(charge.get().payableUntil())) {
            payments.expire(number);
            charge = find(chargeKey);
        }
        return charge;
    }

    /** Closes an open charge (the buyer changed their mind); if it was paid meanwhile, it stays paid. */
    public Optional<QrisCharge> cancel(String chargeKey) {
        Optional<QrisCharge> charge = find(chargeKey);
        if (charge.isPresent() && charge.get().state() == State.OPEN) {
            payments.expire(number(chargeKey));
            charge = find(chargeKey);
        }
        return charge;
    }

    /** How the charge stands as recorded here (no provider call); empty for a key never charged. */
    public Optional<QrisCharge> find(String chargeKey) {
        if (chargeKey == null || !KEY.matcher(chargeKey).matches()) {
            return Optional.empty();
        }
        String number = number(chargeKey);
        Optional<Payment> payment = store.payment(number);
        if (payment.isEmpty()) {
            return Optional.empty();
        }
        Attempt attempt = store.latest(number).orElseThrow();
        State state = state(number, payment.get());
        boolean demo = providers.named(attempt.provider()).isDemo();
        PaymentMethod method = attempt.request().method() == PaymentMethod.CARD ? PaymentMethod.CARD : PaymentMethod.QRIS;
        String payload = null;
        String page = null;
        if (state == State.OPEN && attempt.status() == SessionStatus.OPEN) {
            if (method == PaymentMethod.CARD) {
                // The buyer's own phone opens the card page: its address must be absolute (the demo's is the shop's path).
                payload = URI.create(attempt.request().successUrl()).resolve(attempt.url()).toString();
                page = payload;
            } else {
                payload = demo ? DemoQris.payload(number, attempt.amount()) : attempt.url();
                page = demo ? attempt.url() : null;
            }
        }
        return Optional.of(new QrisCharge(chargeKey, state, payment.get().amount(), payload, payload == null ? null : DemoQris.pngDataUrl(payload),
                page, attempt.expiresAt(), state == State.PAID ? payment.get().paymentReference() : null, demo, method));
    }

    private State state(String number, Payment payment) {
        if (payment.outcome() == Outcome.PAID) {
            return State.PAID;
        }
        if (payment.outcome() == Outcome.FAILED) {
            return store.failureReason(number).filter("expired"::equals).map(reason -> State.EXPIRED).orElse(State.FAILED);
        }
        return State.OPEN;
    }

    static String number(String chargeKey) {
        return PREFIX + chargeKey.replace("-", "").toUpperCase(Locale.ROOT);
    }

    /** Whether a payment's number is a booth's charge (QRIS or card) rather than an order. */
    public static boolean isCharge(String number) {
        return number != null && number.startsWith(PREFIX);
    }

    /** The charge's key (the booth sale's id) back from its number. */
    public static String saleKeyOf(String number) {
        String hex = number.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-" + hex.substring(20);
    }
}
