package id.go.bnn.pasarbersinar.identity;

import id.go.bnn.pasarbersinar.shared.Caller.Role;

/** What an invitation link offers, shown before it is accepted: a curator's province or a producer group. */
public record Invitation(String email, Role role, String provinceCode, Long groupId, String groupName, boolean accountExists) {
}
