package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore.Proof;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What finance staff read about payouts and their runs, and the proof of a bank transfer for the group it paid. */
@Service
public class Payouts {

    private final PayoutStore store;

    Payouts(PayoutStore store) {
        this.store = store;
    }

    /** Recent payouts for the finance page: open ones first. */
    public List<Payout> recent(int limit) {
        Caller.current().requireAdmin("payouts");
        return store.recent(limit);
    }

    public List<PayoutRuns.Run> runs(int limit) {
        Caller.current().requireAdmin("payout runs");
        return store.runs(limit).stream().map(r -> new PayoutRuns.Run(r.id(), r.startedAt(), r.startedBy(), Money.rupiah(r.minimum()),
                r.scheduled(), r.payouts(), Money.rupiah(r.total()))).toList();
    }

    public List<Payout> payoutsOfRun(long runId) {
        Caller.current().requireAdmin("payouts");
        return store.payoutsOfRun(runId);
    }

    public Optional<Payout> find(long payoutId) {
        Caller.current().requireAdmin("payouts");
        return store.payout(payoutId);
    }

    /** The proof of a bank transfer: administrators, or the group it paid. */
    public record ProofFile(String fileName, String contentType, byte[] data) {
    }

    public Optional<ProofFile> proof(long payoutId) {
        Caller caller = Caller.current();
        Optional<Payout> payout = store.payout(payoutId);
        caller.require(caller.isAdmin() || payout.map(p -> caller.actsFor(p.groupId())).orElse(false), "proof of payout " + payoutId);
        return store.proof(payoutId).map((Proof proof) -> new ProofFile(proof.fileName(), proof.contentType(), proof.data()));
    }
}
