package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import id.go.bnn.pasarbersinar.identity.internal.AccountAuthenticationProvider;
import id.go.bnn.pasarbersinar.shared.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Puts a signed-in person (or a changed caller, acting for another group) into the request's and session's security context. */
final class Signing {

    private Signing() {
    }

    static void replaceCaller(Caller caller) {
        establish(AccountAuthenticationProvider.signedIn(caller));
    }

    /** Signs in after the second factor: a new session id first (fixation), then the context where Spring Security reads it. */
    static void signIn(Authentication authentication) {
        VaadinService.reinitializeSession(VaadinServletRequest.getCurrent());
        establish(authentication);
    }

    /** Stores the current security context in the session again (after a service replaced its authentication). */
    static void keep() {
        establish(SecurityContextHolder.getContext().getAuthentication());
    }

    private static void establish(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        new HttpSessionSecurityContextRepository().saveContext(context, request.getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
    }
}
