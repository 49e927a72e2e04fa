package id.go.bnn.pasarbersinar.shared;

import java.time.Instant;

/**
 * A decision of BNN staff (or of the shop acting for them) that the audit log keeps: who, when, what, on which
 * subject, and the subject's state before and after (short readable text or JSON). Any module publishes it; the
 * curation module records it. {@code provinceCode} scopes who may read the entry (curators of that province and
 * administrators); null for national decisions.
 */
public record StaffDecision(Long actorAccountId, String actorEmail, String provinceCode, String subjectType,
        String subjectId, String action, String before, String after, Instant at) {
}
