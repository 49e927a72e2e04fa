package id.go.bnn.pasarbersinar.identity;

import id.go.bnn.pasarbersinar.shared.Caller.Role;
import java.util.Set;

/** What a person sees and edits of their own account. */
public record Profile(AccountId id, String email, String name, String phone, boolean emailVerified, boolean twoFactorEnabled,
        Set<Role> roles, Set<String> provinces) {
}
