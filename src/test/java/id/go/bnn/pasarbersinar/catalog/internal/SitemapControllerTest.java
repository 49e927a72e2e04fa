package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sitemap lists exactly the public pages: approved products of verified groups, verified groups, collections. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SitemapControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    Catalog catalog;
    @Autowired
    Collections collections;
    @Autowired
    ProducerGroups groups;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;

    @Test
    void lists_exactly_the_public_products_groups_and_collections() throws Exception {
        // Written as the shop itself: the services check their caller, this test is about what the public sees.
        ProductId approved = Caller.runAsSystem(() -> {
            GroupId verified = group("Kelompok Peta Situs Terverifikasi");
            groups.verify(verified);
            GroupId pending = group("Kelompok Peta Situs Tertunda");
            ProductId published = listing(verified, "Tikar Peta Situs Terbit");
            reviews.approve(published);
            listing(verified, "Tikar Peta Situs Draf");
            reviews.approve(listing(pending, "Tikar Peta Situs Tersembunyi"));
            return published;
        });

        Set<String> urls = new HashSet<>();
        Document index = xml("/sitemap.xml");
        for (String child : index.select("sitemap > loc").eachText()) {
            urls.addAll(xml(child.substring(child.indexOf("/sitemap/"))).select("url > loc").eachText());
        }
        String base = "http://localhost:" + port;
        Set<String> products = urls.stream().filter(url -> url.startsWith(base + "/produk/")).collect(Collectors.toSet());
        Set<String> expectedProducts = catalog.publicPages(0, 1_000_000).stream().map(page -> base + "/produk/" + page.slug())
                .collect(Collectors.toSet());
        assertThat(products).isEqualTo(expectedProducts).contains(base + "/produk/tikar-peta-situs-terbit")
                .doesNotContain(base + "/produk/tikar-peta-situs-draf", base + "/produk/tikar-peta-situs-tersembunyi");

        Set<String> groupUrls = urls.stream().filter(url -> url.startsWith(base + "/kelompok/")).collect(Collectors.toSet());
        assertThat(groupUrls).isEqualTo(groups.listPublic().stream().map(GroupSummary::slug).map(slug -> base + "/kelompok/" + slug)
                .collect(Collectors.toSet()));
        assertThat(groupUrls).doesNotContain(base + "/kelompok/kelompok-peta-situs-tertunda");
        assertThat(urls).containsAll(collections.all().stream().map(c -> base + c.url()).toList()).contains(base + "/");
    }

    @Test
    void robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_search_results() throws Exception {
        HttpResponse<String> robots = new HttpPages(port).get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("Sitemap: http://localhost:" + port + "/sitemap.xml", "Disallow: /cari");
    }

    @Test
    void a_product_sitemap_beyond_the_last_answers_404() throws Exception {
        assertThat(new HttpPages(port).get("/sitemap/produk-999.xml").statusCode()).isEqualTo(404);
    }

    private Document xml(String path) throws Exception {
        HttpResponse<String> response = new HttpPages(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        return Jsoup.parse(response.body(), "", Parser.xmlParser());
    }

    private GroupId group(String name) {
        return groups.register(new NewGroup(name, new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", "73", "Kota Makassar",
                null, null, null, null, null, null, null, 5, 2024), false);
    }

    private ProductId listing(GroupId group, String title) {
        return listings.create(group, new NewListing(new LocalizedText(title, title), new LocalizedText("Deskripsi.", "Description."),
                "anyaman", 80_000, 300, NewListing.single(2), List.of()), false);
    }
}
