package id.go.bnn.pasarbersinar.payment.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionExpireParams;
import com.stripe.param.checkout.SessionRetrieveParams;
import id.go.bnn.pasarbersinar.payment.CheckoutRequest;
import id.go.bnn.pasarbersinar.payment.StripeConnection;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Duration;
import java.time.Instant;

/**
 * Stripe through its official SDK: a hosted Checkout Session per order attempt, with the platform as merchant of
 * record ("separate charges and transfers": no destination, no on_behalf_of; the order number as transfer group so
 * the payout module can link its transfers). IDR is not a zero-decimal currency at Stripe: amounts are sent in
 * hundredths, Rp 55.000 as 5500000. Every POST carries an idempotency key derived from our own ids.
 */
class StripePaymentProvider implements PaymentProvider {

    static final String NAME = "STRIPE";
    static final String CURRENCY = "idr";
    /** Stripe accepts expires_at from 30 minutes to 24 hours after creation; a minute of margin on both ends. */
    private static final Duration SHORTEST = Duration.ofMinutes(31);
    private static final Duration LONGEST = Duration.ofHours(24).minusMinutes(1);

    private final StripeClient client;

    StripePaymentProvider(PaymentProperties.Stripe settings) {
        this.client = StripeConnection.client(settings.secretKey(), settings.apiBase(), 2);
    }

    /** Stripe's smallest unit of the rupiah: hundredths, although nobody pays in sen. */
    static long minorUnits(Money money) {
        return Math.multiplyExact(money.rupiah(), 100L);
    }

    static Money fromMinorUnits(Long amount) {
        return amount == null ? null : Money.rupiah(amount / 100);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isDemo() {
        return false;
    }

    @Override
    public Instant payableUntil(Instant requested, Instant now) {
        Instant earliest = now.plus(SHORTEST);
        Instant latest = now.plus(LONGEST);
        return requested.isBefore(earliest) ? earliest : requested.isAfter(latest) ? latest : requested;
    }

    @Override
    public OpenedSession open(CheckoutRequest request, int attempt, String idempotencyKey, Instant expiresAt) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .setClientReferenceId(request.orderNumber())
                .putMetadata("order_number", request.orderNumber())
                .putMetadata("attempt", Integer.toString(attempt))
                .setExpiresAt(expiresAt.getEpochSecond())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setTransferGroup(request.orderNumber())
                        .putMetadata("order_number", request.orderNumber())
                        .build());
        if (request.buyerEmail() != null && !request.buyerEmail().isBlank()) {
            params.setCustomerEmail(request.buyerEmail());
        }
        boolean english = "en".equals(request.locale().getLanguage());
        params.setLocale(english ? SessionCreateParams.Locale.EN : SessionCreateParams.Locale.ID);
        for (CheckoutRequest.Parcel parcel : request.parcels()) {
            for (CheckoutRequest.Item item : parcel.items()) {
                params.addLineItem(lineItem(item.name(request.locale()) + " · " + parcel.groupName(), item.quantity(), item.unitPrice()));
            }
            if (parcel.shipping().rupiah() > 0) {
                params.addLineItem(lineItem((english ? "Shipping · " : "Ongkos kirim · ") + parcel.groupName(), 1, parcel.shipping()));
            }
        }
        try {
            Session session = client.v1().checkout().sessions().create(params.build(), key(idempotencyKey));
            return new OpenedSession(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw failure("open a Checkout Session for " + request.orderNumber(), e);
        }
    }

    @Override
    public SessionState lookup(String sessionId) {
        try {
            return state(client.v1().checkout().sessions().retrieve(sessionId, SessionRetrieveParams.builder().build(), RequestOptions.getDefault()));
        } catch (StripeException e) {
            throw failure("retrieve Checkout Session " + sessionId, e);
        }
    }

    @Override
    public SessionState expire(String sessionId, String idempotencyKey) {
        try {
            return state(client.v1().checkout().sessions().expire(sessionId, SessionExpireParams.builder().build(), key(idempotencyKey)));
        } catch (StripeException e) {
            if (definitive(e)) {
                // Stripe refuses to expire a session that is not open: completed (perhaps paid) or expired already.
                return lookup(sessionId);
            }
            throw failure("expire Checkout Session " + sessionId, e);
        }
    }

    @Override
    public RefundState refund(String refundId, String orderNumber, String paymentReference, Money amount, String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentReference)
                .setAmount(minorUnits(amount))
                .putMetadata("refund_id", refundId)
                .putMetadata("order_number", orderNumber)
                .build();
        try {
            return refundState(client.v1().refunds().create(params, key(idempotencyKey)));
        } catch (StripeException e) {
            throw failure("refund " + refundId + " of " + orderNumber, e);
        }
    }

    @Override
    public RefundState refundStatus(String providerRefundId) {
        try {
            return refundState(client.v1().refunds().retrieve(providerRefundId));
        } catch (StripeException e) {
            throw failure("retrieve refund " + providerRefundId, e);
        }
    }

    static SessionState state(Session session) {
        return switch (session.getStatus() == null ? "" : session.getStatus()) {
            case "complete" -> "paid".equals(session.getPaymentStatus()) || "no_payment_required".equals(session.getPaymentStatus())
                    ? new SessionState(Status.PAID, fromMinorUnits(session.getAmountTotal()), session.getPaymentIntent())
                    : SessionState.of(Status.PENDING);
            case "expired" -> SessionState.of(Status.EXPIRED);
            default -> SessionState.of(Status.OPEN);
        };
    }

    static RefundState refundState(Refund refund) {
        RefundStatus status = switch (refund.getStatus() == null ? "" : refund.getStatus()) {
            case "succeeded" -> RefundStatus.SUCCEEDED;
            case "failed", "canceled" -> RefundStatus.FAILED;
            default -> RefundStatus.PENDING;
        };
        return new RefundState(refund.getId(), status);
    }

    private static SessionCreateParams.LineItem lineItem(String name, long quantity, Money unitPrice) {
        return SessionCreateParams.LineItem.builder()
                .setQuantity(quantity)
                .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                        .setCurrency(CURRENCY)
                        .setUnitAmount(minorUnits(unitPrice))
                        .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder().setName(name).build())
                        .build())
                .build();
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    /** A refusal (4xx but conflicts and rate limits) is definitive; a network failure or a server error may pass. */
    private static boolean definitive(StripeException e) {
        Integer status = e.getStatusCode();
        return status != null && status >= 400 && status < 500 && status != 409 && status != 429;
    }

    private static PaymentProviderException failure(String what, StripeException e) {
        return new PaymentProviderException("Stripe could not " + what + ": " + e.getMessage(), definitive(e), e);
    }
}
