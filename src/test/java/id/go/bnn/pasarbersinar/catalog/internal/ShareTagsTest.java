package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.catalog.CollectionSummary;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
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

    @Test
    void a_product_page_carries_title_description_open_graph_and_product_json_ld_in_the_first_response() throws Exception {
        HttpResponse<String> response = pages().get("/produk/kemeja-tenun-ikat-kupang");
        assertThat(response.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(response.body());
        assertThat(html.title()).isEqualTo("Kemeja Tenun Ikat Kupang | Pasar Bersinar");
        assertThat(html.select("meta[name=description]").attr("content")).startsWith("Kemeja lengan pendek dari tenun ikat");
        assertThat(html.select("meta[property=og:title]").attr("content")).isEqualTo("Kemeja Tenun Ikat Kupang");
        assertThat(html.select("meta[property=og:type]").attr("content")).isEqualTo("product");
        assertThat(html.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost:" + port + "/produk/kemeja-tenun-ikat-kupang");
        assertThat(html.select("meta[property=og:image]").attr("content")).matches("http://localhost:\\d+/gambar/[0-9a-f]{64}/1200");
        assertThat(html.select("link[rel=canonical]").attr("href")).endsWith("/produk/kemeja-tenun-ikat-kupang");
        String jsonLd = html.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("\"@type\":\"Product\"", "\"name\":\"Kemeja Tenun Ikat Kupang\"", "\"@type\":\"Offer\"",
                "\"price\":\"385000\"", "\"priceCurrency\":\"IDR\"", "\"availability\":\"https://schema.org/InStock\"");
    }

    @Test
    void visitors_who_chose_english_get_english_tags_at_the_same_address() throws Exception {
        Document indonesian = Jsoup.parse(pages().get("/produk/kemeja-tenun-ikat-kupang").body());
        assertThat(indonesian.select("meta[property=og:locale]").attr("content")).isEqualTo("id_ID");

        HttpResponse<String> response = pages().get("/produk/kemeja-tenun-ikat-kupang", "pb-lang=en");
        assertThat(response.statusCode()).isEqualTo(200);
        Document english = Jsoup.parse(response.body());
        assertThat(english.select("meta[property=og:locale]").attr("content")).isEqualTo("en_US");
        assertThat(english.select("meta[property=og:title]").attr("content")).isEqualTo("Kupang Ikat Woven Shirt");
        assertThat(english.select("link[rel=canonical]").attr("href")).endsWith("/produk/kemeja-tenun-ikat-kupang");
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
