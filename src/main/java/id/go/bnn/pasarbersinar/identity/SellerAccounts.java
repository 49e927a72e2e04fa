package id.go.bnn.pasarbersinar.identity;

import id.go.bnn.pasarbersinar.identity.internal.AccountStore;
import id.go.bnn.pasarbersinar.identity.internal.AccountStore.AccountRow;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts that may sell at a group's booth at an exhibition: the group's members and staff (curators,
 * administrators). Staff organising an exhibition look them up by e-mail; the exhibition views show their names.
 */
@Service
@Transactional(readOnly = true)
public class SellerAccounts {

    /** An account as the exhibition views show it. */
    public record SellerAccount(AccountId id, String name, String email, boolean staff) {
    }

    private final AccountStore accounts;

    SellerAccounts(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** The account with this address if it is a member of the group or staff; empty otherwise. Staff only. */
    public Optional<SellerAccount> eligible(GroupId group, String email) {
        requireStaff();
        return accounts.findByEmail(email).map(this::seller)
                .filter(seller -> seller.staff() || accounts.groups(seller.id().value()).contains(group.value()));
    }

    /** These accounts (unknown ids left out), for staff and for producers seeing who sells at their booth. */
    public Map<Long, SellerAccount> describe(Collection<Long> ids) {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Role.CURATOR) || caller.has(Role.PRODUCER), "seller accounts");
        Map<Long, SellerAccount> found = new LinkedHashMap<>();
        for (long id : Set.copyOf(ids)) {
            accounts.find(id).map(this::seller).ifPresent(seller -> found.put(id, seller));
        }
        return found;
    }

    private SellerAccount seller(AccountRow row) {
        Set<Role> roles = accounts.roles(row.id());
        return new SellerAccount(new AccountId(row.id()), row.name(), row.email(), roles.contains(Role.CURATOR) || roles.contains(Role.ADMIN));
    }

    private static void requireStaff() {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Role.CURATOR), "looking up sellers");
    }
}
