package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.go.bnn.pasarbersinar.order.ReturnCase;
import id.go.bnn.pasarbersinar.order.Returns;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list of return cards with the notice of the last step taken above it, read again after every step: the body of
 * the group's returns page and the curator's disputes page, which differ only in which returns they list.
 */
class ReturnList extends Div {

    private final Returns returns;
    private final Supplier<List<ReturnCase>> cases;
    private final String emptyKey;
    private final Div messages = new Div();
    private final Div list = new Div();

    ReturnList(Returns returns, Supplier<List<ReturnCase>> cases, String emptyKey) {
        this.returns = returns;
        this.cases = cases;
        this.emptyKey = emptyKey;
        add(messages, list);
        show();
    }

    private void show() {
        list.removeAll();
        List<ReturnCase> shown = cases.get();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation(emptyKey)));
        }
        shown.forEach(item -> list.add(new ReturnCard(returns, item, false, null, true, this::done)));
    }

    private void done(String message) {
        show();
        messages.removeAll();
        Paragraph notice = new Paragraph(message);
        notice.addClassName("pb-order-saved");
        notice.getElement().setAttribute("role", "status");
        messages.add(notice);
    }
}
