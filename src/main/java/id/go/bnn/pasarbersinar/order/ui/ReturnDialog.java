package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.InvalidImageException;
import id.go.bnn.pasarbersinar.order.OrderDetails;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.order.ReturnReason;
import id.go.bnn.pasarbersinar.order.Returns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The buyer asks to return items of a delivered parcel: how many of each line, why, what is wrong, and photos. The
 * return-shipping rule stands above the form and follows the chosen reason, so the buyer knows it before asking.
 */
final class ReturnDialog extends ParcelDialog {

    private final Returns returns;
    private final String orderNumber;
    private final OrderDetails.Parcel parcel;
    private final String token;
    private final Map<OrderDetails.Line, IntegerField> quantities = new LinkedHashMap<>();
    private final RadioButtonGroup<ReturnReason> reason = new RadioButtonGroup<>();
    private final TextArea description = new TextArea();
    private final Paragraph shipping = new Paragraph();
    private final Paragraph photoState = new Paragraph();
    private final List<String> photos = new ArrayList<>();

    ReturnDialog(Returns returns, String orderNumber, OrderDetails.Parcel parcel, String token, Consumer<String> done, Runnable refresh) {
        super("", "", done, refresh);
        this.returns = returns;
        this.orderNumber = orderNumber;
        this.parcel = parcel;
        this.token = token;
        setHeaderTitle(getTranslation("order.return.title", parcel.groupName()));
        confirm.setText(getTranslation("order.return.send"));
        confirm.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        Paragraph rule = new Paragraph(getTranslation("order.return.rule", returns.window().toDays()));
        rule.addClassName("pb-return-rule");
        Div lines = new Div();
        lines.addClassName("pb-refund-lines");
        for (OrderDetails.Line line : parcel.lines()) {
            if (line.quantityLeft() <= 0) {
                continue;
            }
            Span title = new Span(line.label().in(getLocale()));
            title.addClassName("pb-line-name");
            Span price = new Span(getTranslation("order.return.line", line.unitPrice().format(), line.quantityLeft()));
            IntegerField quantity = new IntegerField(getTranslation("order.return.quantity"));
            quantity.setMin(0);
            quantity.setMax(line.quantityLeft());
            quantity.setStepButtonsVisible(true);
            quantity.setValue(parcel.lines().size() == 1 ? line.quantityLeft() : 0);
            quantity.addClassName("pb-return-quantity");
            quantities.put(line, quantity);
            Div row = new Div(title, price, quantity);
            row.addClassName("pb-refund-line");
            lines.add(row);
        }
        reason.setLabel(getTranslation("order.return.reason"));
        reason.setItems(ReturnReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        reason.addClassName("pb-return-reason");
        reason.addValueChangeListener(change -> showShipping());
        description.setLabel(getTranslation("order.return.description"));
        description.setMaxLength(Returns.MAX_TEXT);
        description.setWidthFull();
        description.addClassName("pb-return-description");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> photoUploaded(bytes)));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(Images.MAX_BYTES);
        upload.setMaxFiles(Returns.MAX_PHOTOS);
        upload.setUploadButton(new Button(getTranslation("order.return.photos.add"), VaadinIcon.CAMERA.create()));
        upload.setDropLabel(new Span(getTranslation("order.return.photos", Returns.MAX_PHOTOS)));
        upload.addFileRejectedListener(rejected -> photoState.setText(getTranslation("catalog.upload.too-large")));
        upload.addClassName("pb-return-upload");
        photoState.addClassName("pb-return-photo-state");
        shipping.addClassName("pb-return-shipping");
        addComponentAsFirst(new Div(rule, lines, reason, shipping, description, upload, photoState));
        showShipping();
    }

    private void showShipping() {
        ReturnReason chosen = reason.getValue();
        shipping.setVisible(chosen != null);
        if (chosen != null) {
            shipping.setText(getTranslation(chosen.groupPaysShipping() ? "order.return.shipping.group" : "order.return.shipping.buyer"));
        }
    }

    /** Stores the photo (checked and cleaned by the catalog, as every upload) and says how many are attached. */
    void photoUploaded(byte[] bytes) {
        UI ui = UI.getCurrent();
        String message;
        if (photos.size() >= Returns.MAX_PHOTOS) {
            message = getTranslation("order.return.error.photo", Returns.MAX_PHOTOS);
        } else {
            try {
                String hash = returns.storePhoto(orderNumber, token, bytes);
                if (!photos.contains(hash)) {
                    photos.add(hash);
                }
                message = getTranslation("order.return.photo-added", photos.size(), Returns.MAX_PHOTOS);
            } catch (InvalidImageException refused) {
                message = getTranslation(refused.messageKey());
            }
        }
        String text = message;
        if (ui != null && !ui.getSession().hasLock()) {
            ui.access(() -> photoState.setText(text));
        } else {
            photoState.setText(text);
        }
    }

    @Override
    protected Supplier<String> work() {
        return () -> {
            Map<Long, Integer> chosen = new LinkedHashMap<>();
            for (Map.Entry<OrderDetails.Line, IntegerField> entry : quantities.entrySet()) {
                Integer quantity = entry.getValue().getValue();
                if (quantity == null && !entry.getValue().isEmpty()) {
                    throw new OrderException("order.return.error.quantity");
                }
                if (quantity != null && quantity != 0) {
                    chosen.put(entry.getKey().lineId(), quantity);
                }
            }
            returns.request(parcel.fulfilmentId(), token, reason.getValue(), description.getValue(), chosen, List.copyOf(photos));
            return getTranslation("order.return.requested", parcel.groupName(), returns.answerTime().toDays());
        };
    }
}
