package id.go.bnn.pasarbersinar.demo;

import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The people of the demo history at work: each step runs signed in as the one who would take it. */
final class DemoCallers {

    private DemoCallers() {
    }

    /** An administrator account made on this start, as the history signs in with it. */
    static Caller staff(Map<String, AccountId> accounts, String email) {
        AccountId id = accounts.get(email);
        if (id == null) {
            throw new IllegalStateException("Demo account " + email + " was not made on this start");
        }
        return new Caller(id.value(), email, Set.of(Role.ADMIN), Set.of(), Set.of(), null, false);
    }

    /** Runs {@code work} signed in as {@code caller}, as if that person did it in the shop. */
    static void as(Caller caller, Runnable work) {
        as(caller, () -> {
            work.run();
            return null;
        });
    }

    static <T> T as(Caller caller, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
