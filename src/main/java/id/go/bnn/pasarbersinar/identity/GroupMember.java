package id.go.bnn.pasarbersinar.identity;

import java.time.Instant;

/** A member of a producer group as its owner and staff see it (never shown on public pages). */
public record GroupMember(AccountId account, String name, String email, boolean owner, Instant joinedAt, String publicName) {
}
