package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.server.VaadinService;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import java.util.Locale;

/**
 * A product as a card: photo, name, price, group and province; the whole card links to the product page.
 *
 * <p>The card is one server-side node holding its markup, not a tree of eight components: a catalog page shows 48
 * cards, and every component would be kept in each visitor's session. Every text is escaped.
 */
class ProductCardComponent extends Html {

    static final int IMAGE_SIZE = 480;

    /** How soon the card's picture is fetched. */
    enum Loading {
        /** Above the fold on a phone: fetched first ({@code fetchpriority=high}). */
        URGENT,
        /** Visible without scrolling on a wide screen. */
        EAGER,
        /** Fetched when scrolled near ({@code loading=lazy}). */
        LAZY
    }

    ProductCardComponent(ProductCard card, Locale locale) {
        this(card, locale, Loading.LAZY);
    }

    /** {@code lazy}: false for the cards a visitor sees without scrolling, so their pictures are not held back. */
    ProductCardComponent(ProductCard card, Locale locale, boolean lazy) {
        this(card, locale, lazy ? Loading.LAZY : Loading.EAGER);
    }

    ProductCardComponent(ProductCard card, Locale locale, Loading loading) {
        super(markup(card, locale, loading));
    }

    String getHref() {
        return getElement().getAttribute("href");
    }

    private static String markup(ProductCard card, Locale locale, Loading loading) {
        String title = escape(card.title().in(locale));
        StringBuilder html = new StringBuilder(900);
        html.append("<a class=\"pb-card\" href=\"").append(escape(card.url())).append("\">");
        html.append("<div class=\"pb-card-photo\">");
        if (card.coverImage() != null) {
            String small = ImageRef.url(card.coverImage(), ImageRef.SMALL);
            String medium = ImageRef.url(card.coverImage(), ImageRef.MEDIUM);
            // Intrinsic size as attributes (not styles) so the page does not jump while CSS scales the picture.
            html.append("<img src=\"").append(medium).append("\" srcset=\"").append(small).append(' ').append(ImageRef.SMALL)
                    .append("w, ").append(medium).append(' ').append(ImageRef.MEDIUM).append("w\" sizes=\"(max-width: 699px) 46vw, (max-width: 999px) 31vw, 290px\"")
                    .append(" alt=\"").append(title).append("\" width=\"").append(IMAGE_SIZE).append("\" height=\"").append(IMAGE_SIZE)
                    .append("\" decoding=\"async\"")
                    .append(switch (loading) {
                        case URGENT -> " fetchpriority=\"high\"";
                        case EAGER -> "";
                        case LAZY -> " loading=\"lazy\"";
                    }).append('>');
        }
        if (card.demo()) {
            html.append("<span class=\"pb-badge-demo\">").append(escape(translate("catalog.card.demo", locale))).append("</span>");
        }
        if (!card.inStock()) {
            html.append("<span class=\"pb-badge-soldout\">").append(escape(translate("catalog.card.sold-out", locale))).append("</span>");
        }
        html.append("</div><div class=\"pb-card-body\">");
        html.append("<span class=\"pb-card-title\">").append(title).append("</span>");
        html.append("<span class=\"pb-card-price\">").append(escape(card.price().format())).append("</span>");
        if (card.rated()) {
            String stars = stars(card.ratingTenths(), locale);
            html.append("<span class=\"pb-card-rating\" title=\"")
                    .append(escape(translate("catalog.card.rating", locale, stars, card.ratingCount()))).append("\">★ ")
                    .append(stars).append(" <span class=\"pb-card-rating-count\">(").append(card.ratingCount()).append(")</span></span>");
        }
        html.append("<span class=\"pb-card-group\">").append(escape(card.groupName())).append("</span>");
        html.append("<span class=\"pb-card-province\">").append(escape(card.provinceName())).append("</span>");
        html.append("</div></a>");
        return html.toString();
    }

    private static String translate(String key, Locale locale, Object... parameters) {
        return VaadinService.getCurrent().getInstantiator().getI18NProvider().getTranslation(key, locale, parameters);
    }

    /** 4,5 (Indonesian) or 4.5 (English) from tenths of a star. */
    static String stars(int tenths, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(tenths / 10.0);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
