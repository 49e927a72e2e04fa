package id.go.bnn.pasarbersinar.identity.internal;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;

/** Why a password sign-in did not end in a session; the login view reads it back from the HTTP session. */
public final class SignInRefused {

    /** Session attribute: the e-mail address of the last sign-in attempt, so that the form can show it again. */
    public static final String LAST_USERNAME = SignInRefused.class.getName() + ".lastUsername";

    private SignInRefused() {
    }

    /** Too many failures: the same answer whether the account exists or not, with the time it may try again. */
    public static final class Locked extends BadCredentialsException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final Instant until;

        public Locked(Instant until) {
            super("Locked until " + until);
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }

    /** The password was right, but the account has not confirmed its e-mail address yet. */
    public static final class EmailNotVerified extends AuthenticationException {
        @Serial
        private static final long serialVersionUID = 1L;

        public EmailNotVerified() {
            super("E-mail address not verified");
        }
    }

    /**
     * The password was right and the account signs in with a second factor: the code view finishes the sign-in within
     * a few minutes, in this HTTP session only.
     */
    public static final class SecondFactorRequired extends AuthenticationException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final long accountId;
        private final String email;
        private final Instant expiresAt;

        public SecondFactorRequired(long accountId, String email, Instant expiresAt) {
            super("Second factor required");
            this.accountId = accountId;
            this.email = email;
            this.expiresAt = expiresAt;
        }

        public long accountId() {
            return accountId;
        }

        public String email() {
            return email;
        }

        public Instant expiresAt() {
            return expiresAt;
        }
    }
}
