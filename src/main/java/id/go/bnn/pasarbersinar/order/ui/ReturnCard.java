package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.order.ReturnCase;
import id.go.bnn.pasarbersinar.order.ReturnStatus;
import id.go.bnn.pasarbersinar.order.Returns;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * One return as its viewer may act on it: the buyer ships back or escalates; the group accepts, declines or confirms
 * receipt; the province's curator decides an escalated one. Everything a person typed is shown as text.
 */
final class ReturnCard extends Div {

    private final Returns returns;
    private final ReturnCase item;
    private final String token;
    private final Consumer<String> done;
    private final Div problem = new Div();

    /** {@code buyer}: the viewer is the order's buyer (signed in or with the signed link {@code token}). */
    ReturnCard(Returns returns, ReturnCase item, boolean buyer, String token, boolean linkToOrder, Consumer<String> done) {
        this.returns = returns;
        this.item = item;
        this.token = token;
        this.done = done;
        addClassName("pb-return");
        getElement().setAttribute("data-return", String.valueOf(item.id()));
        H3 title = new H3(getTranslation("order.return.case", item.id(), item.groupName()));
        Paragraph status = new Paragraph(getTranslation(item.status().messageKey()));
        status.addClassName("pb-return-status");
        add(title, status);
        if (linkToOrder) {
            Anchor order = new Anchor("pesanan/" + item.orderNumber(), getTranslation("order.return.order-link", item.orderNumber()));
            order.addClassName("pb-return-order");
            add(order);
        }
        UnorderedList lines = new UnorderedList();
        item.lines().forEach(line -> lines.add(new ListItem(line.quantity() + " × " + line.label().in(getLocale()) + " — " + line.total().format())));
        add(lines, text("order.return.case.reason", getTranslation(item.reason().messageKey())),
                text("order.return.case.description", item.description()),
                text(item.reason().groupPaysShipping() ? "order.return.shipping.group" : "order.return.shipping.buyer"));
        if (!item.photos().isEmpty()) {
            Div photos = new Div();
            photos.addClassName("pb-return-photos");
            item.photos().forEach(hash -> {
                // The buyer's photos are not public: served at the return's checked address (a guest's with the signed link).
                Image image = new Image(Returns.photoPath(item.id(), hash, ImageRef.SMALL, token), getTranslation("order.return.photo-alt"));
                image.setWidth("120px");
                photos.add(new Anchor(Returns.photoPath(item.id(), hash, ImageRef.LARGE, token), image));
            });
            add(photos);
        }
        if (item.declineReason() != null) {
            Paragraph declined = text("order.return.case.declined", item.declineReason());
            declined.addClassName("pb-return-declined");
            add(declined);
        }
        if (item.returnTracking() != null) {
            add(text("order.return.case.tracking", item.returnTracking()));
        }
        if (item.returnPostage() != null && item.reason().groupPaysShipping()) {
            Paragraph postage = text("order.return.case.postage", item.returnPostage().format());
            postage.addClassName("pb-return-postage-stated");
            add(postage);
        }
        if (item.status() == ReturnStatus.DECIDED) {
            Paragraph decision = text("order.return.case.decision", item.refundAmount() == null ? Money.ZERO.format()
                    : item.refundAmount().format(), getTranslation(item.platformCost() ? "order.return.cost.platform" : "order.return.cost.group"),
                    item.decisionNote());
            decision.addClassName("pb-return-decision");
            add(decision);
        }
        problem.addClassName("pb-dialog-problem");
        add(problem);
        Caller caller = Caller.current();
        if (buyer) {
            buyerActions();
        }
        if (caller.actsFor(item.groupId())) {
            groupActions();
        }
        if (item.status() == ReturnStatus.ESCALATED && caller.curates(item.provinceCode())) {
            curatorActions();
        }
    }

    private Paragraph text(String key, Object... arguments) {
        return new Paragraph(getTranslation(key, arguments));
    }

    private void buyerActions() {
        if (item.status() == ReturnStatus.ACCEPTED) {
            TextField tracking = new TextField(getTranslation("order.return.tracking"));
            tracking.addClassName("pb-return-tracking");
            // Only when the group pays the return shipping is there postage to state (and to refund on receipt).
            IntegerField postage = new IntegerField(getTranslation("order.return.postage", item.postageMax().format()));
            postage.setMin(0);
            postage.setMax((int) Math.min(Integer.MAX_VALUE, item.postageMax().rupiah()));
            postage.addClassName("pb-return-postage");
            postage.setVisible(item.reason().groupPaysShipping());
            add(new Div(tracking, postage, button("order.return.ship-back", "pb-return-ship-back", () -> {
                returns.shipBack(item.id(), token, tracking.getValue(), postage.getValue() == null ? null : Money.rupiah(postage.getValue()));
                return getTranslation("order.return.shipped-back");
            })));
        }
        if (item.escalatable()) {
            add(button("order.return.escalate", "pb-return-escalate", () -> {
                returns.escalate(item.id(), token);
                return getTranslation("order.return.escalated");
            }));
        }
    }

    private void groupActions() {
        if (item.status() == ReturnStatus.REQUESTED) {
            TextArea reason = new TextArea(getTranslation("order.return.decline-reason"));
            reason.setMaxLength(Returns.MAX_TEXT);
            reason.addClassName("pb-return-decline-reason");
            Button accept = button("order.return.accept", "pb-return-accept", () -> {
                returns.accept(item.id());
                return getTranslation("order.return.accepted");
            });
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(accept, new Div(reason, button("order.return.decline", "pb-return-decline", () -> {
                returns.decline(item.id(), reason.getValue());
                return getTranslation("order.return.declined");
            })));
        }
        if (item.status() == ReturnStatus.SHIPPED_BACK) {
            Checkbox restock = new Checkbox(getTranslation("order.return.restock"));
            restock.addClassName("pb-return-restock");
            add(new Div(restock, button("order.return.receive", "pb-return-receive", () -> {
                Money back = returns.confirmReceipt(item.id(), restock.getValue());
                return getTranslation("order.return.received", back.format());
            }, item.value().plus(item.postageOnReceipt()).format())));
        }
    }

    private void curatorActions() {
        IntegerField amount = new IntegerField(getTranslation("order.return.decide.amount", item.value().format()));
        amount.setMin(0);
        amount.setMax((int) Math.min(Integer.MAX_VALUE, item.value().rupiah()));
        amount.setValue((int) Math.min(Integer.MAX_VALUE, item.value().rupiah()));
        amount.addClassName("pb-decide-amount");
        IntegerField postage = new IntegerField(getTranslation("order.return.decide.postage", item.postageMax().format()));
        postage.setMin(0);
        postage.setMax((int) Math.min(Integer.MAX_VALUE, item.postageMax().rupiah()));
        postage.setValue(item.returnPostage() == null ? 0 : (int) Math.min(item.returnPostage().rupiah(), item.postageMax().rupiah()));
        postage.addClassName("pb-decide-postage");
        Checkbox platform = new Checkbox(getTranslation("order.return.decide.platform"));
        platform.addClassName("pb-decide-platform");
        TextArea note = new TextArea(getTranslation("order.return.decide.note"));
        note.setMaxLength(Returns.MAX_TEXT);
        note.setWidthFull();
        note.addClassName("pb-decide-note");
        Button decide = button("order.return.decide", "pb-decide", () -> {
            if (amount.getValue() == null) {
                throw new OrderException("order.return.error.amount");
            }
            Money back = returns.decide(item.id(), Money.rupiah(amount.getValue()), postage.getValue() == null ? null
                    : Money.rupiah(postage.getValue()), platform.getValue(), note.getValue());
            return getTranslation("order.return.decided", back.format());
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Div(amount, postage, platform, note, decide));
    }

    private Button button(String key, String className, Supplier<String> work, Object... arguments) {
        Button button = new Button(getTranslation(key, arguments), click -> {
            problem.removeAll();
            try {
                done.accept(work.get());
            } catch (OrderException e) {
                problem.add(OrderPages.problem(this, e));
            } catch (AccessDeniedException e) {
                problem.add(OrderPages.problem(this, new OrderException("order.return.error.access")));
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        button.addClassName(className);
        return button;
    }
}
