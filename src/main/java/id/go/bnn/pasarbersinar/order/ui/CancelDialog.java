package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.html.Paragraph;
import id.go.bnn.pasarbersinar.order.OrderDetails;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** "Cancel this parcel?": the amount that goes back to the buyer, and that the items go back on sale. */
final class CancelDialog extends ParcelDialog {

    private final Supplier<String> cancel;

    CancelDialog(OrderDetails.Parcel parcel, Supplier<String> cancel, Consumer<String> done, Runnable refresh) {
        super(parcel.groupName(), "", done, refresh);
        this.cancel = cancel;
        setHeaderTitle(getTranslation("order.cancel.title", parcel.groupName()));
        // Exactly what the cancel refunds: the items not refunded yet, and the shipping unless an earlier refund took it.
        confirm.setText(getTranslation("order.cancel.confirm"));
        Paragraph what = new Paragraph(parcel.shippingLeft().rupiah() > 0
                ? getTranslation("order.cancel.explain", parcel.refundable().format(), parcel.itemsLeft().format(), parcel.shippingLeft().format())
                : getTranslation("order.cancel.explain-items", parcel.refundable().format()));
        what.addClassName("pb-cancel-amount");
        addComponentAsFirst(what);
    }

    @Override
    protected Supplier<String> work() {
        return cancel;
    }
}
