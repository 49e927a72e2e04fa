package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.GuestCart;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/** What the order pages share: the browser's guest cart, messages, parcel states and dates. */
final class OrderPages {

    private OrderPages() {
    }

    /** The browser keeps the cart's key this long after its last change (the shop deletes the cart sooner: OrderJobs). */
    private static final Duration CART_COOKIE_AGE = Duration.ofDays(90);

    /**
     * The guest cart of this browser: the one its session already uses, else the one its cookie names (a session
     * that began on another node), else a new one, which gets its cookie with the first change ({@link #keep}).
     */
    static GuestCart guestCart() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin == null) {
            return new GuestCart();
        }
        GuestCart existing = existingGuestCart();
        GuestCart cart = existing != null ? existing : new GuestCart();
        vaadin.getSession().setAttribute(GuestCart.SESSION_ATTRIBUTE, cart);
        return cart;
    }

    /** The guest cart this session uses or its cookie names; null when the browser has none yet. */
    static GuestCart existingGuestCart() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession().getAttribute(GuestCart.SESSION_ATTRIBUTE) instanceof GuestCart cart) {
            return cart;
        }
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return GuestCart.fromCookies(request.getCookies()).orElse(null);
        }
        return null;
    }

    /**
     * The shop's address as this visitor reached it (scheme, host, port, context path; behind a proxy as its trusted
     * forwarded headers say), for the way back from the payment page; null outside a request.
     */
    static String visitorAddress() {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)) {
            return null;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443) || port <= 0;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    /**
     * After a change: the browser (re)gets the cart's cookie, so that another node finds the cart if this one goes, and
     * the session keeps using it.
     */
    static void keep(GuestCart cart) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null) {
            vaadin.getSession().setAttribute(GuestCart.SESSION_ATTRIBUTE, cart);
        }
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && VaadinResponse.getCurrent() instanceof VaadinServletResponse response) {
            String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(GuestCart.COOKIE, cart.key()).path(path).httpOnly(true)
                    .secure(request.isSecure()).sameSite("Lax").maxAge(CART_COOKIE_AGE).build().toString());
        }
    }

    static Paragraph problem(Component source, OrderException e) {
        Paragraph message = new Paragraph(source.getTranslation(e.key(), e.arguments()));
        message.addClassName("pb-order-error");
        message.getElement().setAttribute("role", "alert");
        return message;
    }

    static Span status(Component source, FulfilmentStatus status) {
        Span badge = new Span(source.getTranslation(switch (status) {
            case AWAITING_PAYMENT -> "order.status.awaiting_payment";
            case PAID -> "order.status.paid";
            case PROCESSING -> "order.status.processing";
            case SHIPPED -> "order.status.shipped";
            case DELIVERED -> "order.status.delivered";
            case CANCELLED -> "order.status.cancelled";
            case REFUNDED -> "order.status.refunded";
        }));
        badge.addClassNames("pb-parcel-status", "pb-parcel-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** The language of the page {@code source} is on (or is being built for). */
    static Locale locale(Component source) {
        return source.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(LocalizedText.INDONESIAN);
    }

    /** When something happened, in the page's language ("2 Des 2026, 23:23 WIB"): {@link ShopTime}, as everywhere. */
    static String dateTime(Component source, Instant instant) {
        return ShopTime.dateTime(instant, locale(source));
    }
}
