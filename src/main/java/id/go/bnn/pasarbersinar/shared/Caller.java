package id.go.bnn.pasarbersinar.shared;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling a service, as every module sees it: the signed-in person's roles, the provinces a curator answers
 * for, the producer groups a member belongs to and the one it acts for now. It is the principal of the signed-in
 * user's authentication (the identity module puts it there), so any module can check access without depending on
 * identity. Services call {@link #current()} and the {@code require…} methods; views are not the boundary.
 */
public record Caller(Long accountId, String email, Set<Role> roles, Set<String> provinces, Set<Long> groups,
        Long actingGroup, boolean system) implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Role { BUYER, PRODUCER, CURATOR, ADMIN }

    public static final Caller ANONYMOUS = new Caller(null, null, Set.of(), Set.of(), Set.of(), null, false);
    /** The shop itself: start-up data, scheduled jobs and event listeners that act on nobody's request. */
    public static final Caller SYSTEM = new Caller(null, "system", Set.of(), Set.of(), Set.of(), null, true);

    public Caller {
        roles = Set.copyOf(roles);
        provinces = Set.copyOf(provinces);
        groups = Set.copyOf(groups);
        if (actingGroup != null && !groups.contains(actingGroup)) {
            throw new IllegalArgumentException("Cannot act for a group one is not a member of");
        }
    }

    /**
     * The run of {@link #runAsSystem} on this thread: the authentication it replaced and its own. The security context
     * alone is not enough: in a signed-in visitor's Vaadin request, Vaadin's context holder answers the session's
     * context before the thread's, so the context set for the shop would not be seen and the visitor would still be the
     * caller. While a run lasts, the visitor's (or the shop's) authentication means the shop; one set inside the run
     * (a demo step acting as a member) is that caller.
     */
    private record SystemRun(Authentication outer, Authentication system) {
    }

    private static final ThreadLocal<SystemRun> AS_SYSTEM = new ThreadLocal<>();

    /** The caller of the current thread; {@link #ANONYMOUS} when nobody is signed in. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        SystemRun run = AS_SYSTEM.get();
        if (run != null && (authentication == null || authentication == run.outer() || authentication == run.system())) {
            return SYSTEM;
        }
        if (authentication != null && authentication.isAuthenticated() && authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        return ANONYMOUS;
    }

    /** Runs work as the shop itself (start-up data, jobs), restoring whoever was there before. */
    public static <T> T runAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        Authentication system = UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM"));
        context.setAuthentication(system);
        SystemRun outerRun = AS_SYSTEM.get();
        AS_SYSTEM.set(new SystemRun(previous.getAuthentication(), system));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            if (outerRun == null) {
                AS_SYSTEM.remove();
            } else {
                AS_SYSTEM.set(outerRun);
            }
        }
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }

    /** The e-mail address: what Spring Security and Vaadin call the principal's name. */
    @Override
    public String getName() {
        return email == null ? "anonymous" : email;
    }

    public boolean isSignedIn() {
        return accountId != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return system || has(Role.ADMIN);
    }

    /** Whether the caller is staff answering for this province: its curator, an administrator or the shop itself. */
    public boolean curates(String provinceCode) {
        return isAdmin() || (has(Role.CURATOR) && provinces.contains(provinceCode));
    }

    /** Whether the caller is a producer member acting for this group right now. */
    public boolean actsFor(long groupId) {
        return has(Role.PRODUCER) && actingGroup != null && actingGroup == groupId;
    }

    public boolean isAccount(long id) {
        return accountId != null && accountId == id;
    }

    /**
     * The four-eyes rule: whether this caller is a second person to the one who did the first step (recorded a transfer,
     * counted the cash). An unknown first person or a caller without an account never counts as a second person.
     */
    public boolean isSecondPersonTo(Long firstAccountId) {
        return accountId != null && firstAccountId != null && !accountId.equals(firstAccountId);
    }

    public Caller actingFor(Long groupId) {
        return new Caller(accountId, email, roles, provinces, groups, groupId, system);
    }

    public void requireSignedIn() {
        if (!isSignedIn() && !system) {
            throw new AccessDeniedException("Sign-in required");
        }
    }

    /** Refuses the call unless the check holds; {@code what} names the protected thing for the log, never the user. */
    public void require(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessDeniedException("Access denied to " + what + " for " + (accountId == null ? "anonymous" : "account " + accountId));
        }
    }

    public void requireCurator(String provinceCode, String what) {
        require(curates(provinceCode), what);
    }

    public void requireAdmin(String what) {
        require(isAdmin(), what);
    }
}
