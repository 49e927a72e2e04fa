package id.go.bnn.pasarbersinar.identity.internal;

import id.go.bnn.pasarbersinar.identity.SecurityEvent;
import id.go.bnn.pasarbersinar.identity.SecurityEvent.Type;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security audit log (its table is {@link SecurityEventStore}'s). Entries are written in their own transaction: a
 * refused action is still logged.
 */
@Component
public class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("security");

    private final SecurityEventStore store;
    private final Clock clock;

    SecurityEvents(SecurityEventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Type type, Long actorId, String subject, String address, String detail) {
        log.info("{} actor={} subject={} address={} {}", type, actorId, oneLine(subject), oneLine(address), detail == null ? "" : oneLine(detail));
        store.insert(clock.instant(), type, actorId, truncate(subject, 254), truncate(address, 64), truncate(detail, 500));
    }

    public List<SecurityEvent> newest(int limit, Type type, String subject) {
        return store.newest(Math.max(1, Math.min(limit, 1000)), type,
                subject != null && !subject.isBlank() ? AccountStore.normalizeEmail(subject) : null);
    }

    /** How often this happened to this subject since then: limits mails one can make the shop send to an address. */
    public long count(Type type, String subject, java.time.Instant since) {
        return store.count(type, AccountStore.normalizeEmail(subject), since);
    }

    /** Typed text on one log line: line breaks and other control characters shown escaped, so nobody forges a line. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(Math.min(text.length(), 300));
        for (int i = 0; i < text.length() && line.length() < 300; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.toString();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
