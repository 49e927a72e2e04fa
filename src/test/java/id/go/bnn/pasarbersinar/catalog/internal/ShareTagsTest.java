package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.catalog.CollectionSummary;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.ImagesTest;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What crawlers and chat apps get in the first HTML response, without running scripts; and real 404s. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShareTagsTest {

    @LocalServerPort
    int port;
    @Autowired
    Collections collections;
    @Autowired
    ProducerGroups groups;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    Images images;
    @Autowired
    id.go.bnn.pasarbersinar.review.ReviewFixture reviewFixture;
    @Autowired
    id.go.bnn.pasarbersinar.review.Reviews productReviews;

    private static volatile String shirtSlug;

    /** A shirt of the test's own with a photo, approved once for the class (Sumatera Selatan: no other test lists there). */
    private String shirt() throws IOException {
        if (shirtSlug == null) {
            byte[] photo = ImagesTest.jpeg(800, 600);
            Caller.runAsSystem(() -> {
                GroupId group = groups.register(new NewGroup("Penenun Tag Bagikan Uji", new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN",
                        "16", "Kota Palembang", null, null, null, null, null, null, null, 5, 2024), false);
                groups.verify(group);
                ProductId id = listings.create(group, new NewListing(new LocalizedText("Kemeja Songket Tag Uji", "Songket Tag Test Shirt"),
                        new LocalizedText("Kemeja lengan pendek dari songket Palembang, dijahit oleh kelompok.", "A short-sleeved songket shirt."),
                        "tenun", 385_000, 300, NewListing.single(3), List.of(images.store(photo).hash())), false);
                reviews.approve(id);
            });
            shirtSlug = "kemeja-songket-tag-uji";
        }
        return shirtSlug;
    }

    @Test
    void a_product_page_carries_title_description_open_graph_and_product_json_ld_in_the_first_response() throws Exception {
        HttpResponse<String> response = pages().get("/produk/" + shirt());
        assertThat(response.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(response.body());
        assertThat(html.title()).isEqualTo("Kemeja Songket Tag Uji | Pasar Bersinar");
        assertThat(html.select("meta[name=description]").attr("content")).startsWith("Kemeja lengan pendek dari songket");
        assertThat(html.select("meta[property=og:title]").attr("content")).isEqualTo("Kemeja Songket Tag Uji");
        assertThat(html.select("meta[property=og:type]").attr("content")).isEqualTo("product");
        assertThat(html.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost:" + port + "/produk/" + shirt());
        assertThat(html.select("meta[property=og:image]").attr("content")).matches("http://localhost:\\d+/gambar/[0-9a-f]{64}/1200");
        assertThat(html.select("link[rel=canonical]").attr("href")).endsWith("/produk/" + shirt());
        String jsonLd = html.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("\"@type\":\"Product\"", "\"name\":\"Kemeja Songket Tag Uji\"", "\"@type\":\"Offer\"",
                "\"price\":\"385000\"", "\"priceCurrency\":\"IDR\"", "\"availability\":\"https://schema.org/InStock\"");
    }

    @Test
    void a_reviewed_product_carries_its_aggregate_rating_and_reviews_in_the_json_ld_and_a_typed_script_stays_text() throws Exception {
        String attack = "</script><img src=x onerror=alert(1)>";
        id.go.bnn.pasarbersinar.review.ReviewFixture.Bought bought = reviewFixture.delivered(reviewFixture.orders().ntt(),
                "Tas ulasan JSON-LD " + System.nanoTime(), "Maria Bete", 150_000);
        productReviews.write(bought.number(), bought.token(), bought.lineId(),
                new id.go.bnn.pasarbersinar.review.ReviewDraft(4, "Rapi sekali " + attack, java.util.List.of()));
        String slug = reviewFixture.slug(bought.productId());

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            String body = pages().get("/produk/" + slug).body();
            String jsonLd = Jsoup.parse(body).select("script[type=application/ld+json]").html();
            assertThat(jsonLd).contains("\"aggregateRating\":{\"@type\":\"AggregateRating\",\"ratingValue\":\"4.0\",\"reviewCount\":1",
                    "\"review\":[{\"@type\":\"Review\",\"author\":", "\"name\":\"Maria B.\"", "\"ratingValue\":4");
            assertThat(jsonLd).contains("Rapi sekali \\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e");
            assertThat(body).doesNotContain("<img src=x").doesNotContain("Bete");
        });
    }

    @Test
    void visitors_who_chose_english_get_english_tags_at_the_same_address() throws Exception {
        Document indonesian = Jsoup.parse(pages().get("/produk/" + shirt()).body());
        assertThat(indonesian.select("meta[property=og:locale]").attr("content")).isEqualTo("id_ID");

        HttpResponse<String> response = pages().get("/produk/" + shirt(), "pb-lang=en");
        assertThat(response.statusCode()).isEqualTo(200);
        Document english = Jsoup.parse(response.body());
        assertThat(english.select("meta[property=og:locale]").attr("content")).isEqualTo("en_US");
        assertThat(english.select("meta[property=og:title]").attr("content")).isEqualTo("Songket Tag Test Shirt");
        assertThat(english.select("link[rel=canonical]").attr("href")).endsWith("/produk/" + shirt());
    }

    @Test
    void group_and_collection_pages_describe_themselves() throws Exception {
        String group = groups.listPublic().getFirst().slug();
        Document groupPage = Jsoup.parse(pages().get("/kelompok/" + group).body());
        assertThat(groupPage.select("meta[property=og:title]").attr("content")).isEqualTo(groups.listPublic().getFirst().name());
        assertThat(groupPage.select("script[type=application/ld+json]").html()).contains("\"@type\":\"Organization\"", "\"addressCountry\":\"ID\"");

        CollectionSummary collection = collections.featured().getFirst();
        Document collectionPage = Jsoup.parse(pages().get(collection.url()).body());
        assertThat(collectionPage.select("meta[name=description]").attr("content")).isNotBlank();
        assertThat(collectionPage.select("script[type=application/ld+json]").html()).contains("\"@type\":\"CollectionPage\"", "\"ItemList\"");
    }

    @Test
    void unknown_slugs_answer_a_real_404() throws Exception {
        assertThat(pages().get("/produk/tidak-ada-produk-ini").statusCode()).isEqualTo(404);
        assertThat(pages().get("/kelompok/tidak-ada-kelompok-ini").statusCode()).isEqualTo(404);
        assertThat(pages().get("/koleksi/tidak-ada-koleksi-ini").statusCode()).isEqualTo(404);
        assertThat(pages().get("/produk/BUKAN%20slug").statusCode()).isEqualTo(404);
    }

    @Test
    void an_unapproved_product_answers_404_and_tells_crawlers_nothing() throws Exception {
        ProductId draft = Caller.runAsSystem(() -> {
            GroupId group = groups.register(new NewGroup("Kelompok Uji Tag", new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN",
                    "71", "Kota Manado", null, null, null, null, null, null, null, 5, 2024), false);
            groups.verify(group);
            return listings.create(group, new NewListing(new LocalizedText("Kain Bentenan Draf Uji", "Draft"),
                    new LocalizedText("Rahasia.", "Secret."), "tenun", 100_000, 300, NewListing.single(1), List.of()), false);
        });
        HttpResponse<String> response = pages().get("/produk/kain-bentenan-draf-uji");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Kain Bentenan Draf Uji", "og:title");
        assertThat(draft).isNotNull();
    }

    private HttpPages pages() {
        return new HttpPages(port);
    }
}
