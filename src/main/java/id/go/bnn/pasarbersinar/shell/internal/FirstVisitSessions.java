package id.go.bnn.pasarbersinar.shell.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A crawler or a visitor who opens one page and leaves should not cost a session for half an hour. Every new
 * session starts with the short {@code pasar.session.first-visit-timeout} (longer than Vaadin's heartbeat, so an
 * open tab stays alive); the first interaction (a POST: Vaadin's UIDL request for a click, typing or navigation in the
 * page, or the sign-in form) gives it the normal {@code server.servlet.session.timeout}. Vaadin's heartbeat (not an
 * interaction) keeps an open tab's session alive.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class FirstVisitSessions extends OncePerRequestFilter implements HttpSessionListener {

    private final int firstVisitSeconds;
    private final int normalSeconds;

    FirstVisitSessions(@Value("${pasar.session.first-visit-timeout:6m}") Duration firstVisit,
            @Value("${server.servlet.session.timeout:30m}") Duration normal) {
        this.firstVisitSeconds = (int) firstVisit.toSeconds();
        this.normalSeconds = (int) normal.toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        if (firstVisitSeconds < normalSeconds) {
            event.getSession().setMaxInactiveInterval(firstVisitSeconds);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null && session.getMaxInactiveInterval() < normalSeconds && interacted(request)) {
                try {
                    session.setMaxInactiveInterval(normalSeconds);
                } catch (IllegalStateException invalidated) {
                    // Signed out during this request: nothing to keep.
                }
            }
        }
    }

    static boolean interacted(HttpServletRequest request) {
        // A UIDL request or any other POST (the sign-in form): a person doing something, not a page fetched.
        return "POST".equals(request.getMethod()) && !"heartbeat".equals(request.getParameter("v-r"));
    }
}
