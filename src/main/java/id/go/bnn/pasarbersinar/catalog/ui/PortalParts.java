package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.ListingRow;
import id.go.bnn.pasarbersinar.catalog.ListingStatus;
import id.go.bnn.pasarbersinar.shared.Caller;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

/** Pieces the producer portal's pages share: status badges, thumbnails, notices. */
final class PortalParts {

    /** A listing with at most this much stock is "running low" on the portal's first page. */
    static final int LOW_STOCK = 3;

    private PortalParts() {
    }

    static Span statusBadge(Component source, ListingStatus status, String revisionState) {
        Span badge = new Span(source.getTranslation(ListingWords.status(status)));
        badge.addClassNames("pb-status", "pb-status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        if (revisionState != null) {
            Span revision = new Span(source.getTranslation(ListingWords.revision(revisionState)));
            revision.addClassNames("pb-status", "pb-status-revision");
            Span both = new Span(badge, revision);
            both.addClassName("pb-status-pair");
            return both;
        }
        return badge;
    }

    static Component thumbnail(String hash, String alt) {
        if (hash == null) {
            Div empty = new Div();
            empty.addClassName("pb-thumb-empty");
            return empty;
        }
        Image image = new Image(ImageRef.url(hash, ImageRef.SMALL), alt == null ? "" : alt);
        image.addClassName("pb-thumb");
        image.getElement().setAttribute("loading", "lazy");
        return image;
    }

    static boolean needsChanges(ListingRow row) {
        return row.status() == ListingStatus.CHANGES_REQUESTED || "CHANGES_REQUESTED".equals(row.revisionState());
    }

    static void success(Component source, String key) {
        Notification notification = Notification.show(source.getTranslation(key), 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(Component source, String key) {
        Notification notification = Notification.show(source.getTranslation(key), 7000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Keeps the caller acting for another of its groups in the session, as the identity module's account page does. */
    static void replaceCaller(Caller caller) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, current.getAuthorities()));
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            new HttpSessionSecurityContextRepository().saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }
}
