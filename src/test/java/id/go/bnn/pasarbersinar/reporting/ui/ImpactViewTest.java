package id.go.bnn.pasarbersinar.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.reporting.ImpactDataSet;
import id.go.bnn.pasarbersinar.reporting.ImpactFigures;
import id.go.bnn.pasarbersinar.reporting.PublicImpact;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * /dampak, the home page's headline and a group's page, browserless, on the fixed data set whose first group is named
 * like an attack: every text shows as text, group A agreed to show its earnings, group B did not.
 */
@SpringBootTest
class ImpactViewTest extends SpringBrowserlessTest {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";

    private static ImpactDataSet.Built built;

    @Autowired
    ImpactDataSet dataSet;
    @Autowired
    PublicImpact impact;
    @Autowired
    ProducerGroups groups;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private ImpactDataSet.Built data() {
        if (built == null) {
            built = dataSet.build(ATTACK + " " + System.nanoTime() % 1_000_000, "63", "76");
            Callers.as(built.memberOfA(), () -> groups.setImpactConsent(built.a(), true));
            Callers.signOut();
        }
        return built;
    }

    private String slug(long groupId) {
        return jdbc.sql("SELECT slug FROM producer_group WHERE id = ?").param(groupId).query(String.class).single();
    }

    private String name(long groupId) {
        return jdbc.sql("SELECT name FROM producer_group WHERE id = ?").param(groupId).query(String.class).single();
    }

    @Test
    void the_impact_page_shows_the_figures_and_the_provinces_with_links_to_their_groups() {
        ImpactDataSet.Built data = data();
        ImpactFigures figures = impact.thisYear();
        navigate(ImpactView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Ke mana uang belanja Anda pergi");
        assertThat(value("pb-impact-paid")).isEqualTo(figures.paidToMakers().format());
        assertThat(value("pb-impact-earned")).isEqualTo(figures.earnedThroughShop().format());
        assertThat(value("pb-impact-shipping")).isEqualTo(figures.shippingToCouriers().format());
        assertThat(value("pb-impact-groups")).isEqualTo(String.valueOf(figures.groups()));
        assertThat(value("pb-impact-provinces")).isEqualTo(String.valueOf(figures.provinces()));
        assertThat(figures.paidToMakers().rupiah()).isGreaterThanOrEqualTo(ImpactDataSet.PAID_TO_MAKERS);

        Anchor attack = $(Anchor.class).withClassName("pb-impact-group-link").all().stream()
                .filter(link -> link.getHref().equals("kelompok/" + slug(data.a().value()))).findFirst().orElseThrow();
        assertThat(attack.getText()).isEqualTo(name(data.a().value())).startsWith(ATTACK);
        assertThat($(Image.class).all()).noneMatch(image -> "x".equals(image.getSrc()));
        // A agreed: its earnings beside its name; B did not: nothing beside its name.
        List<String> itemTexts = $(com.vaadin.flow.component.html.ListItem.class).all().stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(itemTexts).anySatisfy(text -> assertThat(text).startsWith(name(data.a().value()))
                .contains("memperoleh " + Money.rupiah(ImpactDataSet.EARNED_A).format() + " lewat toko"));
        assertThat(itemTexts).anySatisfy(text -> assertThat(text).startsWith(name(data.b().value())).doesNotContain("memperoleh"));
        assertThat($(Div.class).withClassName("pb-impact-province").all().stream().map(box -> box.getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).startsWith("Kalimantan Selatan"))
                .anySatisfy(text -> assertThat(text).startsWith("Sulawesi Barat"));
    }

    @Test
    void this_years_figures_and_the_all_time_ones_stand_in_rows_of_their_own_each_naming_its_period() {
        data();
        ImpactFigures figures = impact.thisYear();
        navigate(ImpactView.class);
        Div year = $(Div.class).withClassName("pb-impact-year").single();
        Div allTime = $(Div.class).withClassName("pb-impact-all-time").single();
        assertThat($(H2.class, year).single().getText()).isEqualTo("Tahun ini (" + figures.year() + ")");
        assertThat($(H2.class, allTime).single().getText()).isEqualTo("Sejak toko dibuka");
        assertThat(figureClasses(year)).containsExactly("pb-impact-paid", "pb-impact-groups", "pb-impact-provinces");
        assertThat(figureClasses(allTime)).containsExactly("pb-impact-earned", "pb-impact-shipping");
        // Each label says its period too: the year's name the year, the all-time ones since the shop opened.
        assertThat(labels(year)).allSatisfy(label -> assertThat(label).contains(String.valueOf(figures.year())));
        assertThat(labels(allTime)).allSatisfy(label -> assertThat(label).contains("sejak toko dibuka"));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        // Away and back: the view reads its language when it is built.
        UI.getCurrent().navigate("");
        navigate(ImpactView.class);
        assertThat($(H2.class, $(Div.class).withClassName("pb-impact-year").single()).single().getText()).isEqualTo("This year (" + figures.year() + ")");
        Div allTimeEn = $(Div.class).withClassName("pb-impact-all-time").single();
        assertThat($(H2.class, allTimeEn).single().getText()).isEqualTo("Since the shop opened");
        assertThat(labels(allTimeEn)).allSatisfy(label -> assertThat(label).contains("since the shop opened"));
    }

    private List<String> figureClasses(Div row) {
        return $(Div.class, row).withClassName("pb-impact-figure").all().stream()
                .map(figure -> figure.getClassNames().stream().filter(name -> !name.equals("pb-impact-figure")).findFirst().orElseThrow()).toList();
    }

    private List<String> labels(Div row) {
        return $(Span.class, row).withClassName("pb-impact-label").all().stream().map(Span::getText).toList();
    }

    @Test
    void the_home_page_carries_the_same_headline_with_a_link_to_the_impact_page() {
        data();
        ImpactFigures figures = impact.thisYear();
        UI.getCurrent().navigate("");
        Section headline = $(Section.class).withClassName("pb-impact-headline").single();
        List<String> values = $(Span.class, headline).withClassName("pb-impact-value").all().stream().map(Span::getText).toList();
        assertThat(values).containsExactly(figures.paidToMakers().format(), String.valueOf(figures.groups()), String.valueOf(figures.provinces()));
        assertThat($(Anchor.class, headline).single().getHref()).isEqualTo("dampak");
    }

    @Test
    void a_group_page_shows_what_the_group_earned_only_if_it_agreed_and_its_name_as_text() {
        ImpactDataSet.Built data = data();
        UI.getCurrent().navigate("kelompok/" + slug(data.a().value()));
        assertThat($(H1.class).first().getText()).isEqualTo(name(data.a().value()));
        assertThat($(Image.class).all()).noneMatch(image -> "x".equals(image.getSrc()));
        assertThat($(Paragraph.class).withClassName("pb-group-earned").single().getText().replace('\u00a0', ' '))
                .startsWith("Kelompok ini sudah memperoleh " + Money.rupiah(ImpactDataSet.EARNED_A).format() + " lewat Pasar Bersinar");

        UI.getCurrent().navigate("kelompok/" + slug(data.b().value()));
        assertThat($(H1.class).first().getText()).isEqualTo(name(data.b().value()));
        assertThat($(Div.class).withClassName("pb-group-impact").all()).isEmpty();
        assertThat($(Paragraph.class).withClassName("pb-group-earned").all()).isEmpty();
    }

    @Test
    void the_page_has_its_own_title_and_description_and_is_in_the_menu() {
        data();
        ImpactView view = navigate(ImpactView.class);
        assertThat(view.getPageTitle()).isEqualTo("Ke mana uang belanja Anda pergi | Pasar Bersinar");
        assertThat(view.getPageDescription()).contains(impact.thisYear().paidToMakers().format()).contains("Pasar Bersinar");
        assertThat($(Anchor.class).withClassName("pb-menu-link").all()).anySatisfy(link -> {
            assertThat(link.getHref()).endsWith("dampak");
            assertThat(link.getText()).isEqualTo("Dampak");
        });
    }

    private String value(String figureClass) {
        Div figure = $(Div.class).withClassName(figureClass).single();
        return $(Span.class, figure).withClassName("pb-impact-value").single().getText();
    }
}
