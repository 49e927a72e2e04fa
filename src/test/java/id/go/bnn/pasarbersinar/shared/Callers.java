package id.go.bnn.pasarbersinar.shared;

import id.go.bnn.pasarbersinar.shared.Caller.Role;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Callers for tests: who runs a piece of test code, as the services see them. */
public final class Callers {

    private Callers() {
    }

    public static Caller admin(long accountId) {
        return new Caller(accountId, "admin-" + accountId + "@test.id", Set.of(Role.ADMIN), Set.of(), Set.of(), null, false);
    }

    public static Caller curator(long accountId, String... provinces) {
        return new Caller(accountId, "curator-" + accountId + "@test.id", Set.of(Role.CURATOR), Set.of(provinces), Set.of(), null, false);
    }

    public static Caller producer(long accountId, long groupId) {
        return new Caller(accountId, "producer-" + accountId + "@test.id", Set.of(Role.BUYER, Role.PRODUCER), Set.of(), Set.of(groupId),
                groupId, false);
    }

    public static Caller buyer(long accountId) {
        return new Caller(accountId, "buyer-" + accountId + "@test.id", Set.of(Role.BUYER), Set.of(), Set.of(), null, false);
    }

    /** Signs the caller in on this thread until {@link #signOut()}. */
    public static void signIn(Caller caller) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
                AuthorityUtils.createAuthorityList(caller.roles().stream().map(role -> "ROLE_" + role.name()).toArray(String[]::new))));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public static <T> T as(Caller caller, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        signIn(caller);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(Caller caller, Runnable work) {
        as(caller, () -> {
            work.run();
            return null;
        });
    }
}
