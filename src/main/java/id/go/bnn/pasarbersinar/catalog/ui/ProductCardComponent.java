package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import java.util.Locale;

/** A product as a card: photo, name, price, group and province. The whole card links to the product page. */
class ProductCardComponent extends Anchor {

    static final int IMAGE_SIZE = 480;

    ProductCardComponent(ProductCard card, Locale locale) {
        this(card, locale, true);
    }

    /** {@code lazy}: false for the cards a visitor sees without scrolling, so they are not held back. */
    ProductCardComponent(ProductCard card, Locale locale, boolean lazy) {
        setHref(card.url());
        addClassName("pb-card");
        String title = card.title().in(locale);

        Div photo = new Div();
        photo.addClassName("pb-card-photo");
        if (card.coverImage() != null) {
            Image image = new Image(ImageRef.url(card.coverImage(), ImageRef.MEDIUM), title);
            image.getElement().setAttribute("srcset", ImageRef.url(card.coverImage(), ImageRef.SMALL) + " " + ImageRef.SMALL + "w, "
                    + ImageRef.url(card.coverImage(), ImageRef.MEDIUM) + " " + ImageRef.MEDIUM + "w");
            image.getElement().setAttribute("sizes", "(max-width: 520px) 50vw, 240px");
            // Intrinsic size as attributes (not styles) so the page does not jump while CSS scales the picture.
            image.getElement().setAttribute("width", String.valueOf(IMAGE_SIZE));
            image.getElement().setAttribute("height", String.valueOf(IMAGE_SIZE));
            if (lazy) {
                image.getElement().setAttribute("loading", "lazy");
            }
            image.getElement().setAttribute("decoding", "async");
            photo.add(image);
        }
        if (card.demo()) {
            Span demo = new Span(getTranslation("catalog.card.demo"));
            demo.addClassName("pb-badge-demo");
            photo.add(demo);
        }
        if (!card.inStock()) {
            Span soldOut = new Span(getTranslation("catalog.card.sold-out"));
            soldOut.addClassName("pb-badge-soldout");
            photo.add(soldOut);
        }

        Span name = new Span(title);
        name.addClassName("pb-card-title");
        Span price = new Span(card.price().format());
        price.addClassName("pb-card-price");
        Span group = new Span(card.groupName());
        group.addClassName("pb-card-group");
        Span province = new Span(card.provinceName());
        province.addClassName("pb-card-province");
        Div body = new Div(name, price, group, province);
        body.addClassName("pb-card-body");
        add(photo, body);
    }
}
