package id.go.bnn.pasarbersinar.payout.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Iris without Iris, offline: used instead of {@link IrisApi} in the demo ({@code PASAR_DEMO=true}) when no Iris keys are
 * set. No money moves. A payout is queued with the reference {@code DEMO-payout-<id>} (from our idempotency key, so a
 * retry answers the same payout), approved at once, and stays "approved" until staff press "demo: complete" or "demo:
 * fail" ({@link #decide}). Account validation answers the holder's name the shop sends, except for account numbers
 * ending in 0000 (no such account) or 9999 (the account belongs to "DEMO PEMILIK LAIN"), so both refusals can be seen.
 */
@Component
@Primary
@Conditional(DemoIris.NoIrisKeys.class)
public class DemoIris extends IrisApi {

    public static final String PREFIX = "DEMO-";
    public static final String OTHER_HOLDER = "DEMO PEMILIK LAIN";
    private static final Logger log = LoggerFactory.getLogger(DemoIris.class);

    private final Map<String, PayoutState> payouts = new ConcurrentHashMap<>();
    private final IrisStore store;

    DemoIris(PayoutProperties properties, JsonMapper json, IrisStore store) {
        super(properties, json);
        this.store = store;
        log.info("No MIDTRANS_IRIS keys: Iris payouts use DEMO Iris, which moves no real money");
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String createPayout(PayoutRequest payout, String idempotencyKey) {
        String reference = PREFIX + idempotencyKey.replaceAll("[^A-Za-z0-9-]", "-");
        payouts.putIfAbsent(reference, new PayoutState(reference, "queued", payout.amountRupiah(), null));
        return reference;
    }

    @Override
    public void approve(List<String> referenceNos, String otp) throws IrisFailed {
        for (String reference : referenceNos) {
            PayoutState state = state(reference);
            if ("queued".equals(state.status())) {
                payouts.put(reference, new PayoutState(reference, "approved", state.amountRupiah(), null));
            }
        }
    }

    @Override
    public void reject(List<String> referenceNos, String reason) throws IrisFailed {
        for (String reference : referenceNos) {
            PayoutState state = state(reference);
            payouts.put(reference, new PayoutState(reference, "rejected", state.amountRupiah(), reason));
        }
    }

    @Override
    public PayoutState status(String referenceNo) throws IrisFailed {
        return state(referenceNo);
    }

    @Override
    public String validateAccount(String bank, String account) throws IrisFailed {
        String digits = account == null ? "" : account.replaceAll("[^0-9]", "");
        if (digits.endsWith("0000")) {
            throw new IrisFailed("Demo Iris: no such account", true, null);
        }
        if (digits.endsWith("9999")) {
            return OTHER_HOLDER;
        }
        return store.holderOfAccount(bank, account).orElse(OTHER_HOLDER);
    }

    /** Staff's "demo: complete" / "demo: fail": what the bank did with an approved demo payout. */
    public void decide(String referenceNo, boolean completed) throws IrisFailed {
        PayoutState state = state(referenceNo);
        payouts.put(referenceNo, new PayoutState(referenceNo, completed ? "completed" : "failed", state.amountRupiah(),
                completed ? null : "Demo: the bank refused the transfer"));
    }

    private PayoutState state(String reference) throws IrisFailed {
        PayoutState state = payouts.get(reference);
        if (state == null) {
            // After a restart the demo remembers nothing: an approved payout of ours is still waiting for the bank.
            if (reference != null && reference.startsWith(PREFIX)) {
                long amount = store.amountOfIrisReference(reference).orElseThrow(() -> new IrisFailed("Demo Iris: no payout " + reference, true, null));
                state = new PayoutState(reference, "approved", amount, null);
                payouts.put(reference, state);
                return state;
            }
            throw new IrisFailed("Demo Iris: no payout " + reference, true, null);
        }
        return state;
    }

    /** The demo ({@code pasar.demo.enabled}) without an Iris creator key. */
    static class NoIrisKeys implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String key = context.getEnvironment().getProperty("pasar.payout.iris.creator-key");
            return (key == null || key.isBlank()) && context.getEnvironment().getProperty("pasar.demo.enabled", Boolean.class, false);
        }
    }
}
