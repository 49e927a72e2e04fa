package id.go.bnn.pasarbersinar.exhibition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import id.go.bnn.pasarbersinar.exhibition.BoothPayment;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionId;
import id.go.bnn.pasarbersinar.exhibition.RecordedBoothSale;
import id.go.bnn.pasarbersinar.exhibition.ShortBoothSales;
import id.go.bnn.pasarbersinar.exhibition.ShortReason;
import id.go.bnn.pasarbersinar.exhibition.ShortBoothSales.ShortSale;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The event page's booth sales kept short: each with its booth, time, payment, why it was kept short, items and total, and for an
 * open one a note of what was done and "mark resolved"; a resolved one shows its note. Every text is set as text.
 */
class ShortSalesPanel extends Div {

    private final ShortBoothSales shorts;
    private final ExhibitionId id;
    private final Notice notice = new Notice();

    ShortSalesPanel(ShortBoothSales shorts, ExhibitionId id) {
        this.shorts = shorts;
        this.id = id;
        addClassName("pb-exhibition-shorts");
        try {
            show();
        } catch (AccessDeniedException notStaffHere) {
            // A curator of another province who sells at this event sees the event, not its staff's work.
            removeAll();
            setVisible(false);
        }
    }

    private void show() {
        removeAll();
        List<ShortSale> list = shorts.of(id);
        long open = list.stream().filter(ShortSale::open).count();
        add(new H2(getTranslation("exhibition.short.heading", open)), notice);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("exhibition.short.none")));
            return;
        }
        add(new Paragraph(getTranslation("exhibition.short.help")));
        list.forEach(sale -> add(card(sale)));
    }

    private Div card(ShortSale item) {
        RecordedBoothSale sale = item.sale();
        Div card = new Div();
        card.addClassNames("pb-exhibition-short", item.open() ? "pb-exhibition-short-open" : "pb-exhibition-short-resolved");
        card.getElement().setAttribute("data-sale", sale.saleKey());
        Paragraph head = new Paragraph(new Span(item.groupName()), new Span(" · " + ShopTime.dateTime(sale.soldAt(), getLocale())),
                new Span(" · " + getTranslation(paymentKey(sale.payment()))), new Span(" · " + Money.rupiah(sale.total()).format()));
        head.addClassName("pb-exhibition-short-head");
        UnorderedList lines = new UnorderedList();
        sale.lines().forEach(line -> lines.add(new ListItem(line.title() + " × " + line.quantity() + " · " + Money.rupiah(line.unitPrice()).format())));
        ShortReason why = sale.shortReason() == null ? ShortReason.UNKNOWN : sale.shortReason();
        Paragraph reason = new Paragraph(getTranslation("exhibition.short.reason", getTranslation(why.messageKey())));
        reason.addClassName("pb-exhibition-short-reason");
        reason.getElement().setAttribute("data-reason", why.name());
        card.add(head, reason, lines);
        if (!item.open()) {
            Paragraph done = new Paragraph(getTranslation("exhibition.short.resolved", ShopTime.dateTime(item.resolvedAt(), getLocale()), item.note()));
            done.addClassName("pb-exhibition-short-note");
            card.add(done);
            return card;
        }
        TextArea note = new TextArea(getTranslation("exhibition.short.note"));
        note.setMaxLength(500);
        note.setHelperText(getTranslation("exhibition.short.note-help"));
        note.addClassName("pb-exhibition-short-note-field");
        Button resolve = new Button(getTranslation("exhibition.short.resolve"), click -> {
            if (notice.run(() -> shorts.resolve(id, sale.saleKey(), note.getValue()))) {
                show();
                notice.success("exhibition.short.resolved-done");
            }
        });
        resolve.addClassName("pb-exhibition-short-resolve");
        Div form = new Div(note, resolve);
        form.addClassName("pb-portal-actions");
        card.add(form);
        return card;
    }

    static String paymentKey(BoothPayment payment) {
        return switch (payment) {
            case CASH -> "exhibition.payment.cash";
            case QRIS_REFERENCE -> "exhibition.payment.qris-reference";
            case QRIS_PROVIDER -> "exhibition.payment.qris-provider";
            case CARD -> "exhibition.payment.card";
        };
    }
}
