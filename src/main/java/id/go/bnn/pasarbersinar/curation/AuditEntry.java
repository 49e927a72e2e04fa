package id.go.bnn.pasarbersinar.curation;

import java.time.Instant;

/** One staff decision as the audit log keeps it: who, when, what, on which subject, before and after. */
public record AuditEntry(long id, Instant decidedAt, Long actorAccountId, String actorEmail, String provinceCode, String subjectType,
        String subjectId, String action, String before, String after) {

    /** "GROUP 12": the subject as staff search for it. */
    public String subject() {
        return subjectType + " " + subjectId;
    }
}
