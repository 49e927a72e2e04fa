package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import java.util.function.IntFunction;

/** Links to the pages of a long list: plain addresses, so crawlers follow them and each page can be shared. */
class PageLinks extends Nav {

    PageLinks(long total, int pageSize, int current, IntFunction<String> href) {
        addClassName("pb-pages");
        getElement().setAttribute("aria-label", getTranslation("catalog.pages.label"));
        int last = (int) Math.min(CatalogParameters.MAX_PAGE, Math.max(1, (total + pageSize - 1) / pageSize));
        if (last <= 1) {
            setVisible(false);
            return;
        }
        if (current > 1) {
            add(link(href.apply(current - 1), getTranslation("catalog.pages.previous"), "prev"));
        }
        int from = Math.max(1, current - 2);
        int to = Math.min(last, current + 2);
        if (from > 1) {
            add(link(href.apply(1), "1", null));
            if (from > 2) {
                add(gap());
            }
        }
        for (int page = from; page <= to; page++) {
            if (page == current) {
                Span here = new Span(String.valueOf(page));
                here.addClassName("pb-page-current");
                here.getElement().setAttribute("aria-current", "page");
                add(here);
            } else {
                add(link(href.apply(page), String.valueOf(page), null));
            }
        }
        if (to < last) {
            if (to < last - 1) {
                add(gap());
            }
            add(link(href.apply(last), String.valueOf(last), null));
        }
        if (current < last) {
            add(link(href.apply(current + 1), getTranslation("catalog.pages.next"), "next"));
        }
    }

    private static Anchor link(String href, String text, String rel) {
        Anchor anchor = new Anchor(href, text);
        anchor.addClassName("pb-page");
        if (rel != null) {
            anchor.getElement().setAttribute("rel", rel);
        }
        return anchor;
    }

    private static Span gap() {
        Span gap = new Span("…");
        gap.addClassName("pb-page-gap");
        return gap;
    }
}
