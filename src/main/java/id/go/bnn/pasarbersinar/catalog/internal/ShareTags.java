package id.go.bnn.pasarbersinar.catalog.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.CollectionSummary;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import id.go.bnn.pasarbersinar.catalog.ProductDetails;
import id.go.bnn.pasarbersinar.catalog.StorefrontReviews;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shell.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the title, description, canonical address, Open Graph tags and schema.org JSON-LD of product, group and
 * collection pages into the first HTML response, so that search engines and chat apps see them without running
 * scripts. Other pages keep the shop's defaults.
 */
@Component
class ShareTags implements VaadinServiceInitListener {

    static final int DESCRIPTION_LENGTH = 160;
    private static final String BRAND = "Pasar Bersinar";

    private final Catalog catalog;
    private final ProducerGroups groups;
    private final Collections collections;
    private final Regions regions;
    private final org.springframework.beans.factory.ObjectProvider<StorefrontReviews> reviews;

    ShareTags(Catalog catalog, ProducerGroups groups, Collections collections, Regions regions,
            org.springframework.beans.factory.ObjectProvider<StorefrontReviews> reviews) {
        this.reviews = reviews;
        this.catalog = catalog;
        this.groups = groups;
        this.collections = collections;
        this.regions = regions;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addTags);
    }

    private void addTags(IndexHtmlResponse response) {
        if (!(response.getVaadinRequest() instanceof VaadinServletRequest servletRequest)) {
            return;
        }
        HttpServletRequest request = servletRequest.getHttpServletRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Locale locale = Languages.fromCookies(request.getCookies());
        String base = PublicAddress.base(request);
        Optional<Tags> tags = Optional.empty();
        if (path.startsWith("/produk/")) {
            tags = catalog.findPublic(path.substring("/produk/".length())).map(product -> product(product, locale, base));
        } else if (path.startsWith("/kelompok/")) {
            tags = groups.findPublic(path.substring("/kelompok/".length())).map(group -> group(group, locale, base));
        } else if (path.startsWith("/koleksi/")) {
            tags = collections.find(path.substring("/koleksi/".length())).map(collection -> collection(collection, locale, base));
        }
        tags.ifPresent(found -> found.writeTo(response.getDocument(), locale));
    }

    /** What a page says about itself to crawlers. */
    record Tags(String title, String description, String url, String type, String image, Integer imageWidth,
            Integer imageHeight, Map<String, String> extra, Map<String, Object> jsonLd) {

        void writeTo(Document document, Locale locale) {
            Element head = document.head();
            document.title(title + " | " + BRAND);
            head.select("meta[name=description], link[rel=canonical], meta[property^=og:], meta[name^=twitter:]").remove();
            meta(head, "name", "description", description);
            head.appendElement("link").attr("rel", "canonical").attr("href", url);
            meta(head, "property", "og:site_name", BRAND);
            meta(head, "property", "og:locale", "en".equals(locale.getLanguage()) ? "en_US" : "id_ID");
            meta(head, "property", "og:type", type);
            meta(head, "property", "og:title", title);
            meta(head, "property", "og:description", description);
            meta(head, "property", "og:url", url);
            if (image != null) {
                meta(head, "property", "og:image", image);
                if (imageWidth != null && imageHeight != null) {
                    meta(head, "property", "og:image:width", String.valueOf(imageWidth));
                    meta(head, "property", "og:image:height", String.valueOf(imageHeight));
                }
            }
            meta(head, "name", "twitter:card", image != null ? "summary_large_image" : "summary");
            extra.forEach((property, content) -> meta(head, "property", property, content));
            head.appendElement("script").attr("type", "application/ld+json").appendChild(
                    new org.jsoup.nodes.DataNode(Json.write(jsonLd)));
        }

        private static void meta(Element head, String attribute, String name, String content) {
            head.appendElement("meta").attr(attribute, name).attr("content", content == null ? "" : content);
        }
    }

    private Tags product(ProductDetails product, Locale locale, String base) {
        String url = base + "/produk/" + product.slug();
        String title = product.title().in(locale);
        String description = shorten(product.description().in(locale));
        List<String> images = product.photos().stream().map(photo -> base + photo.image().url(ImageRef.LARGE)).toList();
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("price", String.valueOf(product.price().rupiah()));
        offer.put("priceCurrency", "IDR");
        offer.put("availability", product.inStock() ? "https://schema.org/InStock" : "https://schema.org/OutOfStock");
        offer.put("itemCondition", "https://schema.org/NewCondition");
        offer.put("url", url);
        offer.put("seller", Map.of("@type", "Organization", "name", product.group().name()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "Product");
        json.put("name", title);
        json.put("description", product.description().in(locale));
        json.put("url", url);
        json.put("sku", "PB-" + product.id().value());
        json.put("category", product.category().name().in(locale));
        json.put("image", images.isEmpty() ? null : images);
        json.put("brand", Map.of("@type", "Brand", "name", product.group().name()));
        json.put("countryOfOrigin", Map.of("@type", "Country", "name", "Indonesia"));
        json.put("offers", offer);
        StorefrontReviews said = reviews.getIfAvailable();
        if (said != null) {
            said.digest(product.id(), 5).ifPresent(digest -> reviewsTo(json, digest));
        }
        ImageRef cover = product.photos().isEmpty() ? null : product.photos().getFirst().image();
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("product:price:amount", String.valueOf(product.price().rupiah()));
        extra.put("product:price:currency", "IDR");
        return new Tags(title, description, url, "product", images.isEmpty() ? null : images.getFirst(),
                cover == null ? null : cover.widthAt(ImageRef.LARGE), cover == null ? null : cover.heightAt(ImageRef.LARGE), extra, json);
    }

    /** schema.org's aggregateRating and the newest reviews (the author as shown on the page: first name and initial). */
    private static void reviewsTo(Map<String, Object> json, StorefrontReviews.Digest digest) {
        Map<String, Object> aggregate = new LinkedHashMap<>();
        aggregate.put("@type", "AggregateRating");
        aggregate.put("ratingValue", String.valueOf(digest.tenths() / 10.0));
        aggregate.put("reviewCount", digest.count());
        aggregate.put("bestRating", 5);
        aggregate.put("worstRating", 1);
        json.put("aggregateRating", aggregate);
        List<Object> list = new ArrayList<>();
        for (StorefrontReviews.Quote quote : digest.newest()) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("@type", "Review");
            review.put("author", Map.of("@type", "Person", "name", quote.author()));
            review.put("datePublished", quote.at().atZone(id.go.bnn.pasarbersinar.shared.ShopTime.ZONE).toLocalDate().toString());
            review.put("reviewBody", quote.body());
            review.put("reviewRating", Map.of("@type", "Rating", "ratingValue", quote.rating(), "bestRating", 5, "worstRating", 1));
            list.add(review);
        }
        json.put("review", list);
    }

    private Tags group(GroupSummary group, Locale locale, String base) {
        String url = base + "/kelompok/" + group.slug();
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("addressLocality", group.regency());
        address.put("addressRegion", group.provinceName());
        address.put("addressCountry", "ID");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "Organization");
        json.put("name", group.name());
        json.put("description", group.story().in(locale));
        json.put("url", url);
        json.put("address", address);
        regions.programme(group.programmeCode()).ifPresent(programme -> json.put("memberOf",
                Map.of("@type", "Organization", "name", programme.name().in(locale))));
        String description = shorten(group.story().in(locale).isBlank() ? group.name() + ", " + group.place() : group.story().in(locale));
        return new Tags(group.name(), description, url, "website", null, null, null, Map.of(), json);
    }

    private Tags collection(CollectionSummary collection, Locale locale, String base) {
        String url = base + collection.url();
        List<ProductCard> cards = catalog.cards(collection.products().stream().limit(50).toList());
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            items.add(Map.of("@type", "ListItem", "position", i + 1, "url", base + cards.get(i).url(),
                    "name", cards.get(i).title().in(locale)));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "CollectionPage");
        json.put("name", collection.title().in(locale));
        json.put("description", collection.description().in(locale));
        json.put("url", url);
        json.put("mainEntity", Map.of("@type", "ItemList", "numberOfItems", cards.size(), "itemListElement", items));
        String image = cards.isEmpty() || cards.getFirst().coverImage() == null ? null
                : base + ImageRef.url(cards.getFirst().coverImage(), ImageRef.LARGE);
        LocalizedText description = collection.description();
        return new Tags(collection.title().in(locale), shorten(description.in(locale)), url, "website", image,
                null, null, Map.of(), json);
    }

    /** The first sentences up to 160 characters, cut at a word. */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= DESCRIPTION_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return flat.substring(0, cut > 80 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }
}
