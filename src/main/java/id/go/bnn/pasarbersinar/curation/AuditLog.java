package id.go.bnn.pasarbersinar.curation;

import id.go.bnn.pasarbersinar.curation.internal.StaffDecisionStore;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of staff decisions, newest first: administrators read every entry; a curator reads the entries of its
 * provinces and its own decisions. Entries are written once by the log itself (from {@code StaffDecision} events)
 * and never changed or deleted: this service offers no way to.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    public static final int MAX_ENTRIES = 500;

    private final StaffDecisionStore store;

    AuditLog(StaffDecisionStore store) {
        this.store = store;
    }

    /**
     * The newest entries (at most {@link #MAX_ENTRIES}) the caller may read, optionally those whose subject ("GROUP 12",
     * "collection") or actor (e-mail address) contains the given text.
     */
    public List<AuditEntry> newest(int limit, String subject, String actor) {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR), "the audit log");
        int capped = Math.max(1, Math.min(limit, MAX_ENTRIES));
        if (caller.isAdmin()) {
            return store.newest(capped, null, null, subject, actor);
        }
        return store.newest(capped, caller.provinces(), caller.accountId(), subject, actor);
    }
}
