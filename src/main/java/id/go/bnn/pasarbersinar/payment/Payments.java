package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.payment.internal.PaymentOutcomes;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProperties;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.OpenedSession;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.RefundState;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.RefundStatus;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.SessionState;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.Status;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProviderException;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProviders;
import id.go.bnn.pasarbersinar.payment.internal.OwedRefundStore;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Attempt;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Outcome;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Payment;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Refund;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.SessionStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Payments of orders, whoever the provider is (the card through Stripe, QRIS, e-wallets and virtual accounts through
 * Midtrans, or in the demo the demo provider when neither key is set; without any, checkout is refused as
 * unavailable). Each attempt records its provider, and everything after it goes to that provider. The order
 * module calls it and hears the outcome as events: {@link PaymentSucceeded} or {@link PaymentFailed} once per order,
 * {@link RefundSettled} once per refund, whether the news came by webhook, by the return page's lookup, by the expiry
 * job or by the demo page. The order module is the access boundary (it checks who may pay, cancel or refund an order);
 * nothing here reads personal data.
 * <p>
 * Calls to the provider happen outside database transactions; what they are about is committed first with its
 * idempotency key, so a crash between the provider's answer and our commit is repaired by the next call.
 */
@Service
public class Payments {

    private static final Pattern ORDER_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final Pattern OWN_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private final PaymentProviders providers;
    private final PaymentStore store;
    private final PaymentOutcomes outcomes;
    private final OwedRefundStore owed;
    private final PaymentProperties properties;
    private final Clock clock;

    Payments(PaymentProviders providers, PaymentStore store, PaymentOutcomes outcomes, OwedRefundStore owed, PaymentProperties properties, Clock clock) {
        this.providers = providers;
        this.store = store;
        this.outcomes = outcomes;
        this.owed = owed;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The ways a buyer can pay now, in the order checkout offers them: every method in the demo (its pages stand in for
     * each), the card where Stripe is configured, QRIS, the e-wallets and the virtual accounts where Midtrans is, none
     * without a provider.
     */
    public List<PaymentMethod> availableMethods() {
        return providers.availableMethods();
    }

    /**
     * Opens the payment page for an order and answers where to send the buyer. Asked again for the same order (a
     * double click, a second tab, a retry after a crash) it answers the same page: an order never has two payable
     * sessions. Asked with another method (not null) than the open page's (the buyer came back and chose again), the open page
     * is closed at its provider first (if it was paid meanwhile, the order is paid and the call refused). Refuses an order whose payment succeeded or failed already ({@link IllegalStateException}) and a
     * malformed request ({@link IllegalArgumentException}); a provider that cannot be reached throws
     * {@link PaymentUnavailableException} and nothing is lost (the next call retries with the same key).
     */
    public PaymentRedirect startCheckout(CheckoutRequest request) {
        validate(request);
        PaymentProvider provider = providers.forMethod(request.method());
        if (!provider.available()) {
            throw new PaymentUnavailableException("No payment provider is configured for " + (request.method() == null ? "payments" : request.method())
                    + " (STRIPE_SECRET_KEY, MIDTRANS_SERVER_KEY)", null);
        }
        store.latest(request.orderNumber())
                .filter(open -> open.status() == SessionStatus.OPEN && request.method() != null && open.request().method() != request.method())
                .ifPresent(this::closeForAnotherMethod);
        Instant now = clock.instant();
        Instant payableUntil = provider.payableUntil(request.payableUntil() != null ? request.payableUntil() : now.plus(properties.sessionValidity()), now);
        Attempt attempt = store.beginAttempt(request, provider.name(), payableUntil, now);
        if (attempt.status() == SessionStatus.OPEN) {
            return new PaymentRedirect(attempt.sessionId(), attempt.url());
        }
        OpenedSession opened = open(attempt);
        return new PaymentRedirect(opened.sessionId(), opened.url());
    }

    /**
     * The return page's check, which does not trust the browser: asks the provider how the order's session stands and
     * publishes the outcome if it is final (once, whoever tells first). Quietly does nothing for an unknown order.
     */
    public void confirm(String orderNumber) {
        if (orderNumber == null || !ORDER_NUMBER.matcher(orderNumber).matches() || decided(orderNumber)) {
            return;
        }
        Optional<Attempt> latest = store.latest(orderNumber).flatMap(this::recovered);
        latest.filter(attempt -> attempt.status() == SessionStatus.OPEN)
                .ifPresent(attempt -> outcomes.apply(attempt, lookup(attempt)));
    }

    /**
     * Gives money back through the provider, with the request's refund id as the idempotency key: asking again with
     * the same id never refunds twice. {@link RefundSettled} follows once the provider confirms (at once for the demo
     * provider and when Stripe answers finally; else by Stripe's refund webhook). Refuses a refund of an order that is
     * not paid, of more than what remains, or a refund id reused for other figures.
     */
    public void refund(RefundRequest request) {
        if (request == null || request.refundId() == null || !OWN_ID.matcher(request.refundId()).matches()) {
            throw new IllegalArgumentException("A refund needs an id of letters, digits, '-' or '_'");
        }
        if (request.amount() == null || request.amount().rupiah() <= 0) {
            throw new IllegalArgumentException("A refund must be more than Rp 0");
        }
        Payment payment = store.payment(request.orderNumber())
                .filter(p -> p.outcome() == Outcome.PAID)
                .orElseThrow(() -> new IllegalStateException("Order " + request.orderNumber() + " is not paid"));
        Optional<PaymentOutcomes.Admission> admission = outcomes.admitRefund(request, payment.amount());
        if (admission.isEmpty()) {
            return;
        }
        Refund refund = admission.get().refund();
        if (!admission.get().fits()) {
            throw new IllegalArgumentException("Order " + request.orderNumber() + " cannot be refunded more than its payment of " + payment.amount());
        }
        PaymentProvider provider = store.bySession(payment.sessionId()).map(attempt -> providers.named(attempt.provider()))
                .orElseGet(() -> providers.forMethod(null));
        if (owedToBuyer(provider, refund)) {
            return;
        }
        RefundState state;
        try {
            state = provider.refund(refund.refundId(), refund.orderNumber(), payment.paymentReference(), refund.amount(), "refund-" + refund.refundId());
        } catch (PaymentProviderException e) {
            if (e.definitive()) {
                outcomes.refundSettled(refund, false);
                return;
            }
            throw new PaymentUnavailableException("The refund could not reach the payment provider; try again", e);
        }
        store.refundSent(refund.refundId(), state.providerRefundId());
        if (state.status() != RefundStatus.PENDING) {
            outcomes.refundSettled(refund, state.status() == RefundStatus.SUCCEEDED);
        }
    }

    /**
     * The order's reservation ran out: closes its payment page so it can no longer be paid and publishes
     * {@link PaymentFailed} if it was still open. If the buyer paid in the last moment, the provider says so and
     * {@link PaymentSucceeded} is published instead; a delayed payment method still processing is left to its webhook.
     */
    public void expire(String orderNumber) {
        if (orderNumber == null || !ORDER_NUMBER.matcher(orderNumber).matches() || decided(orderNumber)) {
            return;
        }
        Optional<Attempt> latest = store.latest(orderNumber);
        if (latest.isEmpty()) {
            return;
        }
        Attempt attempt = latest.get();
        if (attempt.status() == SessionStatus.CREATING) {
            try {
                attempt = recover(attempt);
            } catch (PaymentUnavailableException unreachable) {
                throw unreachable;
            } catch (RuntimeException refused) {
                outcomes.failed(attempt, "expired");
                return;
            }
        }
        if (attempt.status() == SessionStatus.ERROR) {
            outcomes.failed(attempt, "expired");
            return;
        }
        if (attempt.status() != SessionStatus.OPEN) {
            return;
        }
        SessionState state;
        try {
            state = providers.named(attempt.provider()).expire(attempt.sessionId(), "expire-" + orderNumber);
        } catch (PaymentProviderException e) {
            throw new PaymentUnavailableException("The payment page of " + orderNumber + " could not be closed; try again", e);
        }
        outcomes.apply(attempt, state.status() == Status.OPEN ? SessionState.of(Status.EXPIRED) : state);
    }

    /**
     * The address of the order's payment page while it can still be paid, so that a buyer who left it (a virtual
     * account paid later from an ATM) comes back to it from the order page; empty once paid, failed or closed.
     */
    public Optional<String> openPage(String orderNumber) {
        if (orderNumber == null || !ORDER_NUMBER.matcher(orderNumber).matches() || decided(orderNumber)) {
            return Optional.empty();
        }
        return store.latest(orderNumber).filter(attempt -> attempt.status() == SessionStatus.OPEN).map(Attempt::url);
    }

    /** The buyer chose another method: the open page is closed at its provider, and the next attempt opens the new one. */
    private void closeForAnotherMethod(Attempt open) {
        SessionState state;
        try {
            state = providers.named(open.provider()).expire(open.sessionId(), "switch-" + open.sessionId());
        } catch (PaymentProviderException e) {
            throw new PaymentUnavailableException("The open payment page of " + open.orderNumber() + " could not be closed; try again", e);
        }
        switch (state.status()) {
            case PAID -> outcomes.apply(open, state);
            case PENDING -> throw new IllegalStateException("The payment of order " + open.orderNumber() + " is being processed");
            case OPEN, FAILED, EXPIRED -> store.sessionStatus(open.id(), SessionStatus.FAILED, clock.instant());
        }
    }

    /** Whether payments go to the demo provider (no real money), to say so where it matters. */
    public boolean isDemo() {
        return providers.isDemo();
    }

    /**
     * A Midtrans payment by virtual account cannot be refunded by API: the refund is owed to the buyer, settled when
     * staff have transferred it by hand and a second one confirmed ({@link OwedRefunds}).
     */
    private boolean owedToBuyer(PaymentProvider provider, Refund refund) {
        if (!"MIDTRANS".equals(provider.name())) {
            return false;
        }
        String paymentType = store.settlement(refund.orderNumber()).map(PaymentStore.Settlement::paymentType).orElse(null);
        if (OwedRefundStore.refundableByApi(paymentType)) {
            return false;
        }
        owed.owe(refund, clock.instant());
        return true;
    }

    private boolean decided(String orderNumber) {
        return store.payment(orderNumber).map(p -> p.outcome() != null).orElse(false);
    }

    private Optional<Attempt> recovered(Attempt attempt) {
        if (attempt.status() != SessionStatus.CREATING) {
            return Optional.of(attempt);
        }
        try {
            return Optional.of(recover(attempt));
        } catch (RuntimeException notYet) {
            return Optional.empty();
        }
    }

    /** A session whose creation was not recorded (a crash, a timeout): the same request with the same key finds it. */
    private Attempt recover(Attempt attempt) {
        open(attempt);
        return store.latest(attempt.orderNumber()).orElseThrow();
    }

    private OpenedSession open(Attempt attempt) {
        OpenedSession opened;
        try {
            PaymentProvider provider = providers.named(attempt.provider());
            // A booth's card charge opens the provider's ordinary card page; only its QRIS asks for a QR code.
            opened = QrisCharges.isCharge(attempt.orderNumber()) && attempt.request().method() != PaymentMethod.CARD
                    ? provider.openQris(attempt.request(), attempt.attempt(), attempt.idempotencyKey(), attempt.expiresAt())
                    : provider.open(attempt.request(), attempt.attempt(), attempt.idempotencyKey(), attempt.expiresAt());
        } catch (PaymentProviderException e) {
            if (e.definitive()) {
                store.refused(attempt.id(), clock.instant());
                throw new IllegalStateException("The payment provider refused to open a payment page for " + attempt.orderNumber(), e);
            }
            throw new PaymentUnavailableException("The payment provider could not be reached; try again", e);
        }
        store.opened(attempt.id(), opened.sessionId(), opened.url(), clock.instant());
        return opened;
    }

    private SessionState lookup(Attempt attempt) {
        try {
            return providers.named(attempt.provider()).lookup(attempt.sessionId());
        } catch (PaymentProviderException e) {
            throw new PaymentUnavailableException("The payment provider could not be asked about " + attempt.orderNumber(), e);
        }
    }

    private static void validate(CheckoutRequest request) {
        if (request == null || request.orderNumber() == null || !ORDER_NUMBER.matcher(request.orderNumber()).matches()) {
            throw new IllegalArgumentException("An order number is letters, digits and '-', at most 40");
        }
        if (request.total() == null || request.total().rupiah() <= 0 || request.parcels().isEmpty()) {
            throw new IllegalArgumentException("Order " + request.orderNumber() + " has nothing to pay");
        }
        for (CheckoutRequest.Parcel parcel : request.parcels()) {
            if (parcel.shipping().isNegative() || parcel.items().isEmpty()) {
                throw new IllegalArgumentException("Order " + request.orderNumber() + " has an empty parcel or negative shipping");
            }
            for (CheckoutRequest.Item item : parcel.items()) {
                if (item.quantity() <= 0 || item.unitPrice().rupiah() <= 0 || item.name() == null || item.name().isBlank()) {
                    throw new IllegalArgumentException("Order " + request.orderNumber() + " has an item without name, quantity or price");
                }
            }
        }
        requireShopAddress(request.successUrl());
        requireShopAddress(request.cancelUrl());
    }

    private static void requireShopAddress(String url) {
        try {
            URI uri = URI.create(url);
            if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("Not an absolute http(s) address: " + url);
            }
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The return addresses must be absolute http(s) addresses", e);
        }
    }
}
