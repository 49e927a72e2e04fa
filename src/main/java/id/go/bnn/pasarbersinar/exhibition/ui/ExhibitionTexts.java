package id.go.bnn.pasarbersinar.exhibition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.go.bnn.pasarbersinar.exhibition.Exhibition;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionId;
import id.go.bnn.pasarbersinar.exhibition.PriceTags;
import id.go.bnn.pasarbersinar.exhibition.StockLine;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/** What the staff and group pages show alike: an event's status and days, its stock table and the tags' download. */
final class ExhibitionTexts {

    private ExhibitionTexts() {
    }

    static Span status(Component page, Exhibition event) {
        Span status = new Span(page.getTranslation(switch (event.status()) {
            case PLANNED -> "exhibition.status.planned";
            case OPEN -> "exhibition.status.open";
            case ENDED -> "exhibition.status.ended";
        }));
        status.addClassNames("pb-status", "pb-exhibition-status-" + event.status().name().toLowerCase(Locale.ROOT));
        return status;
    }

    /** "Lapangan Banteng · 26 Jun 2026 – 28 Jun 2026". */
    static String placeAndDays(Exhibition event, Locale locale) {
        return event.place() + " · " + ShopTime.date(event.startsOn(), locale) + " – " + ShopTime.date(event.endsOn(), locale);
    }

    /** One row a variant: product, group, price, and moved / sold / returned / at the booth / online. */
    static Div stockTable(Component page, Locale locale, List<StockLine> lines, boolean showGroup) {
        Div table = new Div();
        table.addClassName("pb-exhibition-stock");
        if (lines.isEmpty()) {
            table.add(new Span(page.getTranslation("exhibition.stock.empty")));
            return table;
        }
        for (StockLine line : lines) {
            Div row = new Div();
            row.addClassName("pb-exhibition-stock-row");
            Span title = new Span(line.label(locale));
            title.addClassName("pb-listing-title");
            Span facts = new Span((showGroup ? line.groupName() + " · " : "") + line.price().format());
            facts.addClassName("pb-listing-facts");
            Span figures = new Span(page.getTranslation("exhibition.stock.figures", line.allocated(), line.sold(), line.returned(),
                    line.onHand(), line.online()));
            figures.addClassName("pb-exhibition-figures");
            row.add(title, facts, figures);
            table.add(row);
        }
        return table;
    }

    static Anchor tagsDownload(Component page, Locale locale, PriceTags tags, ExhibitionId id) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = tags.sheet(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "label-pameran-" + id.value() + ".pdf", "application/pdf", pdf.length);
        }), page.getTranslation("exhibition.tags.download"));
        link.addClassName("pb-exhibition-tags");
        return link;
    }
}
