package id.go.bnn.pasarbersinar.curation.internal;

import id.go.bnn.pasarbersinar.shared.StaffDecision;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes every staff decision any module publishes into the audit log, after the decision's own transaction commits
 * (a refused or rolled-back change leaves no entry). The event publication registry keeps the event until it is
 * written, so a crash in between loses nothing.
 */
@Component
class StaffDecisionRecorder {

    private final StaffDecisionStore store;

    StaffDecisionRecorder(StaffDecisionStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(StaffDecision decision) {
        store.record(decision);
    }
}
