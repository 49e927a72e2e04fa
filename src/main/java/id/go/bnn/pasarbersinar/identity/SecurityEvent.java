package id.go.bnn.pasarbersinar.identity;

import java.time.Instant;

/**
 * One line of the security audit log: who (actor, with the name and e-mail of that account when it still exists),
 * about whom (subject), from where, what.
 */
public record SecurityEvent(long id, Instant occurredAt, Type type, Long actorId, String subject, String address, String detail,
        String actorName, String actorEmail) {

    public SecurityEvent(long id, Instant occurredAt, Type type, Long actorId, String subject, String address, String detail) {
        this(id, occurredAt, type, actorId, subject, address, detail, null, null);
    }

    public enum Type {
        SIGN_IN, SIGN_IN_FAILED, ACCOUNT_LOCKED, SIGN_OUT, REGISTERED, EMAIL_VERIFIED, PASSWORD_RESET_REQUESTED,
        PASSWORD_RESET, PASSWORD_CHANGED, ROLE_GRANTED, INVITATION_SENT, INVITATION_ACCEPTED, TWO_FACTOR_ENABLED,
        TWO_FACTOR_DISABLED, TWO_FACTOR_FAILED, PROFILE_CHANGED, SESSION_ENDED
    }
}
