package id.go.bnn.pasarbersinar.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import id.go.bnn.pasarbersinar.shared.ShopAddress;


/**
 * Makes the first HTML response a page a phone can paint and a crawler can read before any script has run.
 *
 * <ul>
 * <li>{@code <html lang>} is the page's language, the {@code <title>} the view's title, and a description and share
 * tags are there for every page (feature modules may write more specific ones; those are kept).</li>
 * <li>A favicon and the web manifest are linked.</li>
 * <li>The page as the server has already built it (eager server load) is written once more as plain HTML, the
 * "first view": the browser paints it as soon as the HTML and the two stylesheets have arrived, while Vaadin's
 * 880 kB of JavaScript is still loading. When Vaadin has rendered the real page, a CSS rule hides the copy (no
 * script in the page is involved, so the content security policy stays strict), and Vaadin's first UI update removes
 * it. Custom elements become inert {@code span}s so that the copy is never upgraded into live components and no
 * tap lands on a dead control; its links work as plain links.</li>
 * <li>The picture the view marked {@code fetchpriority="high"} (the largest one a phone sees first) is preloaded.</li>
 * </ul>
 */
@org.springframework.stereotype.Component
class FirstHtml implements VaadinServiceInitListener {

    static final String FIRST_VIEW_CLASS = "pb-first-view";

    private final ShopAddress address;

    FirstHtml(ShopAddress address) {
        this.address = address;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::write);
        // Once Vaadin has built the live page (the call travels in the first response's UI state, run right after the
        // render), the copy leaves the DOM: no doubled links for screen readers, scripts or tests. Until then the
        // CSS rule below hides it as soon as the live page exists.
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(
                "const copy = document.querySelector('#outlet > ." + FIRST_VIEW_CLASS + "'); if (copy) { copy.remove(); }"));
    }

    void write(IndexHtmlResponse response) {
        Document document = response.getDocument();
        Optional<UI> ui = response.getUI();
        Locale locale = ui.map(UI::getLocale).orElse(Languages.DEFAULT);
        document.selectFirst("html").attr("lang", locale.getLanguage());
        Element head = document.head();
        head.appendElement("link").attr("rel", "icon").attr("type", "image/svg+xml").attr("href", "/favicon.svg");
        head.appendElement("link").attr("rel", "manifest").attr("href", "/manifest.webmanifest");
        head.appendElement("link").attr("rel", "apple-touch-icon").attr("href", "/images/icon-192.png");
        ui.ifPresent(present -> {
            describe(document, present, locale, path(response));
            firstView(document, present);
        });
    }

    private void describe(Document document, UI ui, Locale locale, String path) {
        Element head = document.head();
        String title = ui.getInternals().getTitle();
        if (title != null && !title.isBlank() && document.title().isBlank()) {
            document.title(title);
        }
        if (head.selectFirst("meta[name=description]") != null) {
            return; // a feature module wrote the page's own tags
        }
        if (activeView(ui).filter(HasErrorParameter.class::isInstance).isPresent()) {
            return; // an error page (404, 500) is nothing to share or to describe to crawlers
        }
        String description = activeView(ui).filter(DescribedPage.class::isInstance).map(DescribedPage.class::cast)
                .map(DescribedPage::getPageDescription).filter(text -> !text.isBlank())
                .orElseGet(() -> ui.getTranslation(locale, "shell.meta.description"));
        String shownTitle = document.title().isBlank() ? ui.getTranslation(locale, "shell.brand") : document.title();
        meta(head, "name", "description", description);
        meta(head, "property", "og:site_name", ui.getTranslation(locale, "shell.brand"));
        meta(head, "property", "og:locale", "en".equals(locale.getLanguage()) ? "en_US" : "id_ID");
        meta(head, "property", "og:type", "website");
        meta(head, "property", "og:title", shownTitle);
        meta(head, "property", "og:description", description);
        meta(head, "property", "og:url", address.resolve(path));
        meta(head, "property", "og:image", address.resolve("/images/share.png"));
        meta(head, "property", "og:image:width", "1200");
        meta(head, "property", "og:image:height", "630");
        meta(head, "name", "twitter:card", "summary_large_image");
    }

    private static Optional<HasElement> activeView(UI ui) {
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.getFirst());
    }

    private void firstView(Document document, UI ui) {
        Element outlet = document.getElementById("outlet");
        Optional<Component> root = ui.getChildren().findFirst();
        if (outlet == null || root.isEmpty()) {
            return;
        }
        Element copy = new Element("div").addClass(FIRST_VIEW_CLASS);
        StaticCopy.append(copy, root.get().getElement());
        outlet.prependChild(copy);
        Element lcp = copy.selectFirst("img[fetchpriority=high]");
        if (lcp != null) {
            Element preload = new Element("link").attr("rel", "preload").attr("as", "image").attr("fetchpriority", "high")
                    .attr("href", lcp.attr("src"));
            if (lcp.hasAttr("srcset")) {
                preload.attr("imagesrcset", lcp.attr("srcset")).attr("imagesizes", lcp.attr("sizes"));
            }
            document.head().prependChild(preload);
        }
    }

    private static String path(IndexHtmlResponse response) {
        if (response.getVaadinRequest() instanceof VaadinServletRequest request) {
            String uri = request.getHttpServletRequest().getRequestURI();
            return uri.substring(request.getHttpServletRequest().getContextPath().length());
        }
        return "/";
    }

    private static void meta(Element head, String attribute, String name, String content) {
        head.appendElement("meta").attr(attribute, name).attr("content", content == null ? "" : content);
    }
}
