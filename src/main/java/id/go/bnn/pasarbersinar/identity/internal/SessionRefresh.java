package id.go.bnn.pasarbersinar.identity.internal;

import id.go.bnn.pasarbersinar.identity.SecurityEvent;
import id.go.bnn.pasarbersinar.shared.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every signed-in session in step with the database, whoever changed it. On each request of a signed-in session
 * the account's standing (credentials stamp, roles, curated provinces, group memberships, second factor) is read in
 * one indexed query and compared with the session's {@link Caller}: a password changed or reset since the session
 * signed in (or a deleted account) ends the session; changed roles, provinces or memberships replace its caller
 * (a removed member stops acting for that group at once). Writers need not cooperate: a plain UPDATE or DELETE on
 * {@code account_role}, {@code curator_province} or {@code group_membership} is enough. Anonymous requests cost nothing.
 */
class SessionRefresh extends OncePerRequestFilter {

    private final AccountStore accounts;
    private final SecurityEvents events;

    SessionRefresh(AccountStore accounts, SecurityEvents events) {
        this.accounts = accounts;
        this.events = events;
    }

    /** Public files (pictures, stylesheets, Vaadin's built scripts) never read the caller: no query for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/build/") || path.startsWith("/gambar/") || path.startsWith("/images/") || path.startsWith("/styles/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        // Read straight from the session (where the chain's deferred context comes from), whatever holder strategy is set.
        Object stored = session == null ? null : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication authentication = stored instanceof SecurityContext context ? context.getAuthentication() : null;
        if (session != null && authentication != null && authentication.getPrincipal() instanceof Caller caller
                && caller.accountId() != null && !caller.system()) {
            long signedInWith = SessionStamp.of(authentication);
            Optional<AccountStore.Standing> standing = accounts.standing(caller.accountId());
            if (standing.isEmpty() || standing.get().credentialsStamp() != signedInWith) {
                events.record(SecurityEvent.Type.SESSION_ENDED, caller.accountId(), caller.email(), request.getRemoteAddr(),
                        standing.isEmpty() ? "account removed" : "password changed");
                SecurityContextHolder.clearContext();
                session.invalidate();
            } else {
                Caller fresh = standing.get().caller(caller.accountId(), caller.actingGroup());
                if (!fresh.equals(caller)) {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(AccountAuthenticationProvider.signedIn(fresh, signedInWith));
                    session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
                    SecurityContextHolder.setContext(context);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
