package id.go.bnn.pasarbersinar.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.reporting.ImpactFigures;
import id.go.bnn.pasarbersinar.reporting.PublicImpact;
import id.go.bnn.pasarbersinar.shell.DescribedPage;

/**
 * {@code /dampak}: what the shop's sales did, for buyers and stakeholders — this year: paid to makers, groups and
 * provinces reached; since the shop opened: earned through the shop and the shipping passed to couriers (apart); and the provinces with their groups (links to the group pages). Plain server
 * HTML without pictures or charts, so that the first HTML already paints the whole page on a phone.
 */
@Route("dampak")
@Menu(order = 2, title = "reporting.menu.impact")
@AnonymousAllowed
class ImpactView extends Div implements HasDynamicTitle, DescribedPage {

    private final ImpactFigures figures;

    ImpactView(PublicImpact impact) {
        addClassName("pb-impact");
        figures = impact.thisYear();
        Paragraph lead = new Paragraph(getTranslation("reporting.impact.lead"));
        lead.addClassName("pb-lead");
        add(new H1(getTranslation("reporting.impact.title")), lead, figures());
        Paragraph how = new Paragraph(getTranslation("reporting.impact.how", year()));
        how.addClassName("pb-impact-how");
        add(how, provinces());
        Anchor shop = new Anchor("katalog", getTranslation("reporting.impact.shop"));
        shop.addClassName("pb-button");
        Div actions = new Div(shop);
        actions.addClassName("pb-impact-actions");
        add(actions);
    }

    /**
     * This year's figures and the all-time ones in rows of their own, each headed by its period, so that no all-time
     * figure stands beside a year's as if it were one.
     */
    private Div figures() {
        Div year = period("pb-impact-year", getTranslation("reporting.impact.this-year", year()),
                figure("pb-impact-paid", figures.paidToMakers().format(), getTranslation("reporting.impact.paid", year())),
                figure("pb-impact-groups", String.valueOf(figures.groups()), getTranslation("reporting.impact.groups", year())),
                figure("pb-impact-provinces", String.valueOf(figures.provinces()), getTranslation("reporting.impact.provinces", year())));
        Div allTime = period("pb-impact-all-time", getTranslation("reporting.impact.since-start"),
                figure("pb-impact-earned", figures.earnedThroughShop().format(), getTranslation("reporting.impact.earned")),
                figure("pb-impact-shipping", figures.shippingToCouriers().format(), getTranslation("reporting.impact.shipping")));
        Div periods = new Div(year, allTime);
        periods.addClassName("pb-impact-periods");
        return periods;
    }

    private static Div period(String className, String heading, Div... figures) {
        H2 title = new H2(heading);
        title.addClassName("pb-impact-period-title");
        Div grid = new Div(figures);
        grid.addClassName("pb-impact-figures");
        Div period = new Div(title, grid);
        period.addClassName("pb-impact-period");
        period.addClassName(className);
        return period;
    }

    private static Div figure(String className, String value, String label) {
        Span number = new Span(value);
        number.addClassName("pb-impact-value");
        Span text = new Span(label);
        text.addClassName("pb-impact-label");
        Div figure = new Div(number, text);
        figure.addClassName("pb-impact-figure");
        figure.addClassName(className);
        return figure;
    }

    private Section provinces() {
        Section section = new Section(new H2(getTranslation("reporting.impact.map", year())));
        section.addClassName("pb-section");
        section.addClassName("pb-impact-provinces");
        if (figures.byProvince().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reporting.impact.none", year()));
            none.addClassName("pb-empty");
            section.add(none);
            return section;
        }
        Div list = new Div();
        list.addClassName("pb-impact-province-list");
        for (ImpactFigures.ProvinceGroups province : figures.byProvince()) {
            int count = province.groups().size() + province.unnamedGroups();
            Span groupCount = new Span(getTranslation("reporting.impact.province-groups", count));
            groupCount.addClassName("pb-impact-count");
            H3 name = new H3(province.provinceName());
            Div heading = new Div(name, groupCount);
            heading.addClassName("pb-impact-province-heading");
            UnorderedList groups = new UnorderedList();
            for (ImpactFigures.ReachedGroup group : province.groups()) {
                Anchor link = new Anchor(group.url(), group.name());
                link.addClassName("pb-impact-group-link");
                Span place = new Span(group.regency());
                place.addClassName("pb-group-place");
                ListItem item = new ListItem(link, place);
                if (group.earned() != null) {
                    Span earned = new Span(getTranslation("reporting.impact.group-earned", group.earned().format()));
                    earned.addClassName("pb-impact-group-earned");
                    item.add(earned);
                }
                groups.add(item);
            }
            if (province.unnamedGroups() > 0) {
                ListItem more = new ListItem(getTranslation("reporting.impact.unnamed", province.unnamedGroups()));
                more.addClassName("pb-impact-unnamed");
                groups.add(more);
            }
            Div box = new Div(heading, groups);
            box.addClassName("pb-impact-province");
            list.add(box);
        }
        section.add(list);
        return section;
    }

    /** The year as a word: MessageFormat would write 2026 as "2,026". */
    private String year() {
        return String.valueOf(figures.year());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.impact.title") + " | " + getTranslation("shell.brand");
    }

    @Override
    public String getPageDescription() {
        return getTranslation("reporting.impact.description", figures.paidToMakers().format(), year(), figures.groups(),
                figures.provinces());
    }
}
