package id.go.bnn.pasarbersinar.identity;

import id.go.bnn.pasarbersinar.identity.internal.SecurityEvents;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.List;
import org.springframework.stereotype.Service;

/** The security audit log (sign-ins, failures, lockouts, password and role changes, invitations), for administrators. */
@Service
public class SecurityLog {

    private final SecurityEvents events;

    SecurityLog(SecurityEvents events) {
        this.events = events;
    }

    /** The newest entries, optionally of one type or about one e-mail address. */
    public List<SecurityEvent> newest(int limit, SecurityEvent.Type type, String subject) {
        Caller caller = Caller.current();
        caller.require(caller.has(Caller.Role.ADMIN), "the security log");
        return events.newest(limit, type, subject);
    }
}
