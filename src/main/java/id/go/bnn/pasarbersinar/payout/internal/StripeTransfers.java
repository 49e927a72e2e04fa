package id.go.bnn.pasarbersinar.payout.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Transfer;
import com.stripe.net.RequestOptions;
import com.stripe.param.TransferCreateParams;
import org.springframework.stereotype.Component;

/**
 * The payout module's Stripe adapter: Connect transfers from the platform's balance to a group's connected account
 * ("separate charges and transfers"). Rupiah go to Stripe ×100: Stripe does not treat IDR as zero-decimal.
 */
@Component
public class StripeTransfers {

    private final PayoutProperties.Stripe settings;
    private volatile StripeClient client;

    StripeTransfers(PayoutProperties properties) {
        this.settings = properties.stripe();
    }

    public boolean available() {
        return settings.configured();
    }

    /** What Stripe says of a transfer. */
    public record TransferState(String id, long amountRupiah, boolean reversed) {
    }

    /** A failure Stripe reported (declined, unknown account, no network); the message is Stripe's, for staff. */
    public static class TransferFailed extends Exception {
        TransferFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Creates the transfer. The idempotency key is our payout's, so asking again after a crash (we never learned the
     * answer, or never stored it) returns the very same transfer instead of a second one.
     */
    public TransferState transfer(String connectedAccount, long amountRupiah, String transferGroup, String idempotencyKey, String description)
            throws TransferFailed {
        TransferCreateParams params = TransferCreateParams.builder()
                .setAmount(Math.multiplyExact(amountRupiah, 100L))
                .setCurrency("idr")
                .setDestination(connectedAccount)
                .setTransferGroup(transferGroup)
                .setDescription(description)
                .putMetadata("payout", idempotencyKey)
                .build();
        try {
            Transfer transfer = client().v1().transfers().create(params, RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
            return state(transfer);
        } catch (StripeException e) {
            throw new TransferFailed(e.getStripeError() != null && e.getStripeError().getMessage() != null
                    ? e.getStripeError().getMessage() : e.getMessage(), e);
        }
    }

    public TransferState retrieve(String transferId) throws TransferFailed {
        try {
            return state(client().v1().transfers().retrieve(transferId));
        } catch (StripeException e) {
            throw new TransferFailed(e.getMessage(), e);
        }
    }

    private static TransferState state(Transfer transfer) {
        long amount = transfer.getAmount() == null ? 0 : transfer.getAmount() / 100;
        return new TransferState(transfer.getId(), amount, Boolean.TRUE.equals(transfer.getReversed()));
    }

    private StripeClient client() throws TransferFailed {
        if (!settings.configured()) {
            throw new TransferFailed("Stripe is not configured (pasar.payout.stripe.secret-key)", null);
        }
        StripeClient current = client;
        if (current == null) {
            current = StripeClients.build(settings);
            client = current;
        }
        return current;
    }
}
