package id.go.bnn.pasarbersinar.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import org.springframework.security.core.Authentication;

/** The account's credentials stamp when this session signed in, kept as the authentication's details. */
public record SessionStamp(long credentials) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The stamp of an authentication; 0 (the stamp of a never-changed password) when it carries none. */
    public static long of(Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof SessionStamp stamp ? stamp.credentials() : 0;
    }
}
