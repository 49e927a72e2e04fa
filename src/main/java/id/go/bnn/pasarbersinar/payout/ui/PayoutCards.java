package id.go.bnn.pasarbersinar.payout.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Pieces of the payout cards that the staff payout page and the group's finances page share. */
final class PayoutCards {

    private PayoutCards() {
    }

    /** One "label: value" line of a card; the value is plain text (escaped), empty when unknown. */
    static Div line(String label, String value) {
        Span term = new Span(label);
        term.addClassName("pb-payout-label");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("pb-payout-value");
        Div line = new Div(term, text);
        line.addClassName("pb-payout-line");
        return line;
    }
}
