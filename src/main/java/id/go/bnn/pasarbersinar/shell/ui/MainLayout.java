package id.go.bnn.pasarbersinar.shell.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.go.bnn.pasarbersinar.shell.CartBadge;
import id.go.bnn.pasarbersinar.shell.MessageBadge;
import id.go.bnn.pasarbersinar.shell.Languages;
import id.go.bnn.pasarbersinar.shell.ShopStatus;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every page: header with the shop's name, search, menu, cart, account and language switch; the page;
 * a footer. It builds its menu from {@code @Menu} entries and knows no feature.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    static final java.util.List<String> PORTALS = java.util.List.of("staf", "mitra");
    private static final Map<String, String> PORTAL_TITLES = Map.of("staf", "shell.menu.staf", "mitra", "shell.menu.mitra");

    private final Main content = new Main();

    private final java.util.List<NativeDetails> portalMenus = new java.util.ArrayList<>();

    private final AuthenticationContext authentication;
    private final ObjectProvider<CartBadge> cartBadge;
    private final Span cartCount = new Span();
    private final Span messageCount = new Span();
    private final ObjectProvider<MessageBadge> messageBadge;

    public MainLayout(ShopStatus status, AuthenticationContext authentication, ObjectProvider<CartBadge> cartBadge,
            ObjectProvider<MessageBadge> messageBadge) {
        this.messageBadge = messageBadge;
        this.authentication = authentication;
        this.cartBadge = cartBadge;
        addClassName("pb-shell");
        content.addClassName("pb-content");
        add(header());
        if (status.demoData()) {
            // One line on a phone: the short sentence there, the full one on wider screens.
            Span full = new Span(getTranslation("shell.demo.banner"));
            full.addClassName("pb-demo-full");
            Span brief = new Span(getTranslation("shell.demo.banner.short"));
            brief.addClassName("pb-demo-short");
            Div banner = new Div(full, brief);
            banner.addClassName("pb-demo-banner");
            banner.getElement().setAttribute("role", "note");
            add(banner);
        }
        add(content, footer());
    }

    private Header header() {
        Anchor brand = new Anchor("/", "");
        brand.addClassName("pb-brand");
        Image logo = new Image("images/logo.svg", "");
        // Size attributes (no inline style), so that the phone layout in pasar.css can make it smaller.
        logo.getElement().setAttribute("width", "36");
        logo.getElement().setAttribute("height", "36");
        Span name = new Span(getTranslation("shell.brand"));
        name.addClassName("pb-brand-name");
        brand.add(logo, name);
        brand.getElement().setAttribute("aria-label", getTranslation("shell.home"));

        TextField search = new TextField();
        search.addClassName("pb-search");
        search.setPlaceholder(getTranslation("shell.search.placeholder"));
        search.setAriaLabel(getTranslation("shell.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.getElement().setAttribute("enterkeyhint", "search");
        search.addKeyDownListener(Key.ENTER, event -> {
            String query = search.getValue().strip();
            if (!query.isEmpty()) {
                UI.getCurrent().navigate("cari", QueryParameters.simple(Map.of("q", query)));
            }
        });

        Nav menu = new Nav();
        menu.addClassName("pb-menu");
        menu.setAriaLabel(getTranslation("shell.menu.label"));
        // Pages for the shop's staff and its partner groups go into their own fold-out menus, so that a buyer's
        // header on a phone stays two rows.
        Map<String, Div> portals = new java.util.LinkedHashMap<>();
        java.util.List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        for (MenuEntry entry : entries) {
            String portal = portalFor(entry);
            if (portal.isEmpty()) {
                menu.add(menuLink(entry, getTranslation(entry.title())));
            } else {
                portals.computeIfAbsent(portal, key -> new Div()).add(menuLink(entry, getTranslation(entry.title())));
            }
        }
        portals.forEach((portal, links) -> {
            links.addClassName("pb-portal-links");
            NativeDetails details = new NativeDetails(getTranslation(PORTAL_TITLES.get(portal)), links);
            details.addClassName("pb-portal-menu");
            details.addClassName("pb-portal-" + portal);
            portalMenus.add(details);
            menu.add(details);
        });
        // On a phone the staff and partner menus would push the header to four rows; there one "Menu" folds out
        // every link instead (pasar.css shows either this or the full menu by screen width).
        NativeDetails compact = portals.isEmpty() ? null : compactMenu(entries);

        Anchor cart = new Anchor("keranjang", "");
        cartCount.addClassName("pb-cart-count");
        cartCount.setVisible(false);
        cart.add(VaadinIcon.CART.create(), linkText(getTranslation("shell.cart")), cartCount);
        cart.addClassName("pb-header-link");
        // Signed in, the account link leads to the person's own page (route "akun") and a sign-out button follows it.
        boolean signedIn = authentication.isAuthenticated();
        Anchor account = new Anchor(signedIn ? "akun" : "masuk", "");
        account.add(VaadinIcon.USER.create(), linkText(getTranslation(signedIn ? "shell.account.mine" : "shell.account")));
        account.addClassName("pb-header-link");
        Button signOut = new Button(VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        Span signOutText = new Span(getTranslation("shell.sign-out"));
        signOutText.addClassName("pb-header-link-text");
        signOut.getElement().appendChild(signOutText.getElement());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("pb-sign-out");
        signOut.setVisible(signedIn);

        Locale other = Languages.other(currentLocale());
        Button language = new Button(other.getLanguage().toUpperCase(Locale.ROOT), click -> switchTo(other));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.addClassName("pb-language");
        // The accessible name starts with the visible label ("EN"), so that voice control finds the button by what it shows.
        language.setAriaLabel(other.getLanguage().toUpperCase(Locale.ROOT) + ": " + getTranslation("shell.language.switch"));
        language.setTooltipText(getTranslation("shell.language.switch"));

        Anchor inbox = new Anchor("pesan", "");
        messageCount.addClassNames("pb-cart-count", "pb-message-count");
        messageCount.setVisible(false);
        inbox.add(VaadinIcon.ENVELOPE.create(), linkText(getTranslation("shell.messages")), messageCount);
        inbox.addClassNames("pb-header-link", "pb-header-messages");
        inbox.setVisible(signedIn);

        Div actions = new Div(cart, inbox, account, signOut, language);
        actions.addClassName("pb-header-actions");
        Header header = new Header(brand, search, menu, actions);
        header.addClassName("pb-header");
        if (compact != null) {
            header.addComponentAtIndex(3, compact);
            header.addClassName("pb-header-portals");
        }
        return header;
    }

    /** A link's words: shown on wide screens, read out (but not shown) on a phone where the icon stands alone. */
    private static Span linkText(String text) {
        Span span = new Span(text);
        span.addClassName("pb-header-link-text");
        return span;
    }

    /**
     * The fold-out menu an entry belongs in for this visitor: "staf", "mitra" or "" (the public shop). A group's member
     * reaches a few staff pages (inviting members to the group): for them these belong to their group's portal, and a
     * "Staff" menu would tell them they are staff.
     */
    private String portalFor(MenuEntry entry) {
        String portal = portalOf(entry.path());
        if (portal == null) {
            return "";
        }
        return portal.equals("staf") && !authentication.hasAnyRole("ADMIN", "CURATOR") ? "mitra" : portal;
    }

    /** "staf" for the shop's staff pages, "mitra" for a partner group's portal, null for the public shop. */
    static String portalOf(String path) {
        String clean = path == null ? "" : path.replaceFirst("^/+", "");
        for (String portal : PORTALS) {
            if (clean.equals(portal) || clean.startsWith(portal + "/")) {
                return portal;
            }
        }
        return null;
    }

    /** The cart's item count, read again after every navigation (adding to the cart navigates to it). */
    private void showCartCount() {
        CartBadge badge = cartBadge.getIfAvailable();
        int count = badge == null ? 0 : badge.itemCount();
        cartCount.setText(String.valueOf(count));
        cartCount.setVisible(count > 0);
        cartCount.getElement().setAttribute("aria-label", getTranslation("shell.cart.count", count));
    }

    /** The unread messages, read again after every navigation, like the cart's count. */
    private void showMessageCount() {
        MessageBadge badge = messageBadge.getIfAvailable();
        int count = badge == null || !authentication.isAuthenticated() ? 0 : badge.unreadCount();
        messageCount.setText(String.valueOf(count));
        messageCount.setVisible(count > 0);
        messageCount.getElement().setAttribute("aria-label", getTranslation("shell.messages.count", count));
    }

    /** Every menu link in one fold-out, under a heading per portal: the header's menu on a phone. */
    private NativeDetails compactMenu(java.util.List<MenuEntry> entries) {
        Div links = new Div();
        links.addClassName("pb-portal-links");
        // Each portal's links under one heading, in the order the portals first appear.
        Map<String, java.util.List<MenuEntry>> byPortal = new java.util.LinkedHashMap<>();
        for (MenuEntry entry : entries) {
            byPortal.computeIfAbsent(portalFor(entry), key -> new java.util.ArrayList<>()).add(entry);
        }
        byPortal.forEach((portal, portalEntries) -> {
            if (!portal.isEmpty()) {
                Span heading = new Span(getTranslation(PORTAL_TITLES.get(portal)));
                heading.addClassName("pb-compact-heading");
                links.add(heading);
            }
            portalEntries.forEach(entry -> links.add(menuLink(entry, getTranslation(entry.title()))));
        });
        NativeDetails details = new NativeDetails(getTranslation("shell.menu.compact"), links);
        details.addClassNames("pb-portal-menu", "pb-compact-menu");
        portalMenus.add(details);
        return details;
    }

    /** Menu titles are translation keys, so the menu speaks the visitor's language. */
    private static Anchor menuLink(MenuEntry entry, String title) {
        Anchor link = new Anchor(entry.path(), title);
        link.addClassName("pb-menu-link");
        return link;
    }

    private Footer footer() {
        Paragraph about = new Paragraph(getTranslation("shell.footer.about"));
        Paragraph credit = new Paragraph(getTranslation("shell.footer.credit"));
        credit.addClassName("pb-footer-credit");
        Footer footer = new Footer(about, credit);
        footer.addClassName("pb-footer");
        return footer;
    }

    private Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.DEFAULT : ui.getLocale();
    }

    private void switchTo(Locale locale) {
        Cookie cookie = new Cookie(Languages.COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        VaadinService.getCurrentResponse().addCookie(cookie);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    /** A fold-out menu closes once the visitor has picked a page from it. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        portalMenus.forEach(details -> details.setOpen(false));
        showCartCount();
        showMessageCount();
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.removeAll();
    }
}
