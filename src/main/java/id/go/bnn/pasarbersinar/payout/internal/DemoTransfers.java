package id.go.bnn.pasarbersinar.payout.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * Stripe Connect transfers that move no money: used instead of {@link StripeTransfers} in the demo
 * ({@code PASAR_DEMO=true}) when no {@code STRIPE_SECRET_KEY} is set, so that a group paid by Stripe Connect can be
 * paid in the demo too. Every transfer "succeeds" at once with an id that says DEMO ({@code tr_DEMO_payout_12}, made from our
 * idempotency key, so asking again answers the same transfer, as Stripe does), and is never reversed. The payout run
 * page says that transfers are demo transfers. With a key set, this bean does not exist and Stripe is called.
 */
@Component
@Primary
@Conditional(DemoTransfers.NoStripeKey.class)
public class DemoTransfers extends StripeTransfers {

    public static final String ID_PREFIX = "tr_DEMO_";
    private static final java.util.regex.Pattern DEMO_PAYOUT = java.util.regex.Pattern.compile("tr_DEMO_payout_([0-9]{1,18})");
    private static final Logger log = LoggerFactory.getLogger(DemoTransfers.class);

    private final PayoutStore payouts;

    DemoTransfers(PayoutProperties properties, PayoutStore payouts) {
        super(properties);
        this.payouts = payouts;
        log.info("No STRIPE_SECRET_KEY: Stripe Connect payouts use DEMO transfers, which move no real money");
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public TransferState transfer(String connectedAccount, long amountRupiah, String transferGroup, String idempotencyKey, String description)
            throws TransferFailed {
        if (connectedAccount == null || !connectedAccount.startsWith("acct_")) {
            throw new TransferFailed("No such destination: " + connectedAccount, null);
        }
        return new TransferState(ID_PREFIX + idempotencyKey.replaceAll("[^A-Za-z0-9]", "_"), amountRupiah, false);
    }

    @Override
    public TransferState retrieve(String transferId) throws TransferFailed {
        if (transferId == null || !transferId.startsWith(ID_PREFIX)) {
            throw new TransferFailed("No such demo transfer: " + transferId, null);
        }
        // A demo transfer is the payout it was made for (its id says which), of that payout's amount, as Stripe would answer.
        java.util.regex.Matcher payout = DEMO_PAYOUT.matcher(transferId);
        long amount = payout.matches() ? payouts.payout(Long.parseLong(payout.group(1))).map(p -> p.amount().rupiah()).orElse(0L) : 0L;
        return new TransferState(transferId, amount, false);
    }

    /**
     * The demo ({@code pasar.demo.enabled}) without a secret key ({@code pasar.payout.stripe.secret-key} empty or
     * missing). A real shop without a key keeps {@link StripeTransfers}, which says it is not available: a payout to a
     * connected account then waits for a key instead of being marked paid by a transfer that moved nothing.
     */
    static class NoStripeKey implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return wanted(context.getEnvironment());
        }

        static boolean wanted(org.springframework.core.env.Environment environment) {
            String key = environment.getProperty("pasar.payout.stripe.secret-key");
            return (key == null || key.isBlank()) && environment.getProperty("pasar.demo.enabled", Boolean.class, false);
        }
    }
}
