package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import id.go.bnn.pasarbersinar.order.OrderDetails;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Refunding a parcel: everything still refundable (the items not yet refunded and the shipping unless an earlier refund
 * took it) or some items, with the quantity per line, restocking if ticked. It opens with nothing chosen and the
 * confirm button off; the amount to refund is shown before the person confirms, and it is what the service refunds.
 */
final class RefundDialog extends ParcelDialog {

    private final OrderDetails.Parcel parcel;
    private final BiFunction<Map<Long, Integer>, Boolean, Money> refund;
    private final Checkbox whole = new Checkbox();
    private final Checkbox restock = new Checkbox();
    private final Map<OrderDetails.Line, IntegerField> quantities = new LinkedHashMap<>();
    private final Paragraph amount = new Paragraph();

    RefundDialog(OrderDetails.Parcel parcel, BiFunction<Map<Long, Integer>, Boolean, Money> refund, Consumer<String> done, Runnable refresh) {
        super(parcel.groupName(), "", done, refresh);
        this.parcel = parcel;
        this.refund = refund;
        setHeaderTitle(getTranslation("order.refund.title", parcel.groupName()));
        whole.setLabel(parcel.shippingLeft().rupiah() > 0
                ? getTranslation("order.refund.whole", parcel.itemsLeft().format(), parcel.shippingLeft().format(), parcel.refundable().format())
                : getTranslation("order.refund.rest-items", parcel.itemsLeft().format()));
        whole.addClassName("pb-refund-whole");
        whole.setValue(false);
        whole.setEnabled(parcel.refundable().rupiah() > 0);
        Div lines = new Div();
        lines.addClassName("pb-refund-lines");
        for (OrderDetails.Line line : parcel.lines()) {
            int left = line.quantityLeft();
            if (left <= 0) {
                continue;
            }
            Span title = new Span(line.label().in(getLocale()));
            title.addClassName("pb-line-name");
            Span price = new Span(getTranslation("order.refund.line", line.unitPrice().format(), left));
            IntegerField quantity = new IntegerField(getTranslation("order.refund.quantity"));
            quantity.setMin(0);
            quantity.setMax(left);
            quantity.setStepButtonsVisible(true);
            quantity.setValue(0);
            quantity.addClassName("pb-refund-quantity");
            quantity.addValueChangeListener(change -> update());
            quantities.put(line, quantity);
            Div row = new Div(title, price, quantity);
            row.addClassName("pb-refund-line");
            lines.add(row);
        }
        restock.setLabel(getTranslation("order.order.restock"));
        restock.addClassName("pb-refund-restock");
        amount.addClassName("pb-refund-amount");
        whole.addValueChangeListener(change -> update());
        addComponentAsFirst(new Div(whole, lines, restock, amount));
        update();
    }

    private Money total() {
        if (whole.getValue()) {
            return parcel.refundable();
        }
        Money sum = Money.ZERO;
        for (Map.Entry<OrderDetails.Line, IntegerField> entry : quantities.entrySet()) {
            Integer quantity = entry.getValue().getValue();
            if (quantity != null && quantity > 0) {
                sum = sum.plus(entry.getKey().unitPrice().times(quantity));
            }
        }
        return sum;
    }

    private void update() {
        quantities.values().forEach(field -> field.setEnabled(!whole.getValue()));
        Money total = total();
        String text = total.format();
        amount.setText(getTranslation("order.refund.amount", text));
        confirm.setText(getTranslation("order.refund.confirm", text));
        // Nothing chosen, nothing to confirm: the red button is off until there is an amount.
        confirm.setEnabled(total.rupiah() > 0);
    }

    @Override
    protected Supplier<String> work() {
        return () -> {
            Map<Long, Integer> chosen = new LinkedHashMap<>();
            if (!whole.getValue()) {
                for (Map.Entry<OrderDetails.Line, IntegerField> entry : quantities.entrySet()) {
                    Integer quantity = entry.getValue().getValue();
                    if (quantity == null && !entry.getValue().isEmpty()) {
                        throw new OrderException("order.refund.error.quantity");
                    }
                    if (quantity != null && quantity != 0) {
                        chosen.put(entry.getKey().lineId(), quantity);
                    }
                }
                if (chosen.isEmpty()) {
                    throw new OrderException("order.refund.error.nothing");
                }
            }
            Money refunded = refund.apply(chosen, restock.getValue());
            return getTranslation("order.refund.done", refunded.format());
        };
    }
}
