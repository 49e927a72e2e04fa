package id.go.bnn.pasarbersinar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first HTML of /dampak, the home page and a group page as a crawler or a phone gets it before any script: title,
 * description and share tags, the figures painted as plain HTML, and a group named like an attack written as text
 * (no element of it in the page, neither in the painted copy nor in Vaadin's inline start-up script).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImpactFirstHtmlTest {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;
    @Autowired
    ImpactDataSet dataSet;
    @Autowired
    ProducerGroups groups;
    @Autowired
    PublicImpact impact;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void impact_home_and_group_pages_paint_the_figures_and_show_a_hostile_group_name_as_text() throws Exception {
        ImpactDataSet.Built built = dataSet.build(ATTACK + " " + System.nanoTime() % 1_000_000, "61", "61");
        Callers.as(built.memberOfA(), () -> groups.setImpactConsent(built.a(), true));
        Callers.signOut();
        String slug = jdbc.sql("SELECT slug FROM producer_group WHERE id = ?").param(built.a().value()).query(String.class).single();
        ImpactFigures figures = impact.thisYear();

        Document dampak = page("/dampak");
        assertThat(dampak.title()).isEqualTo("Ke mana uang belanja Anda pergi | Pasar Bersinar");
        assertThat(dampak.select("meta[name=description]").attr("content")).contains(figures.paidToMakers().format());
        assertThat(dampak.select("meta[property=og:title]").attr("content")).isEqualTo(dampak.title());
        assertThat(dampak.select("meta[property=og:url]").attr("content")).endsWith("/dampak");
        Element first = dampak.selectFirst(".pb-first-view");
        assertThat(first).isNotNull();
        assertThat(first.select(".pb-impact-paid .pb-impact-value").text()).isEqualTo(figures.paidToMakers().format());
        assertThat(first.select("a[href=kelompok/" + slug + "]").text()).startsWith(ATTACK);

        Document home = page("/");
        assertThat(home.selectFirst(".pb-first-view .pb-impact-headline a[href=dampak]")).isNotNull();

        Document group = page("/kelompok/" + slug);
        assertThat(group.select(".pb-first-view h1").text()).startsWith(ATTACK);
        assertThat(group.select(".pb-first-view .pb-group-earned").text().replace('\u00a0', ' ')).contains(Money.rupiah(ImpactDataSet.EARNED_A).format());

        for (Document page : List.of(dampak, group)) {
            assertThat(page.select("img[src=x], [onerror]")).isEmpty();
            assertThat(page.select("script").stream().map(Element::data)).noneMatch(script -> script.contains("</script><img"));
        }
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
