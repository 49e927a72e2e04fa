package id.go.bnn.pasarbersinar.payout.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import id.go.bnn.pasarbersinar.payout.IrisPayouts;
import id.go.bnn.pasarbersinar.payout.IrisPayouts.IrisStep;
import id.go.bnn.pasarbersinar.payout.IrisSettlement;
import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.payout.PayoutMethod;
import id.go.bnn.pasarbersinar.payout.PayoutStatus;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Iris part of a payout card on the staff payout page: its step at Iris, the account check, and the next step
 * (send to Iris, approve as a second administrator with an optional OTP, reject, check at Iris, pay by hand; in the demo,
 * "demo: complete" and "demo: fail").
 */
final class IrisPayoutCard {

    private final IrisPayouts iris;
    private final IrisSettlement settlement;
    private final Component page;

    IrisPayoutCard(IrisPayouts iris, IrisSettlement settlement, Component page) {
        this.iris = iris;
        this.settlement = settlement;
        this.page = page;
    }

    /** Lines for the card: the Iris step and the account check of the group's destination. */
    void addLines(Div card, Payout payout) {
        Optional<IrisStep> step = iris.step(payout.id());
        step.ifPresent(s -> card.add(PayoutCards.line(t("payout.iris.step"), stepText(s.state()))));
        if (payout.status() == PayoutStatus.PENDING) {
            iris.accountCheck(new GroupId(payout.groupId())).ifPresent(check -> card.add(PayoutCards.line(t("payout.iris.check"),
                    check.error() == null
                            ? page.getTranslation("payout.iris.check-ok", check.validatedName(), ShopTime.dateTime(check.validatedAt(), com.vaadin.flow.component.UI.getCurrent().getLocale()))
                            : page.getTranslation("payout.iris.check-failed", check.error(), ShopTime.dateTime(check.validatedAt(), com.vaadin.flow.component.UI.getCurrent().getLocale())))));
        }
    }

    /** The buttons of the payout's next step at Iris; {@code act} runs one and refreshes the page. */
    void addActions(Div actions, Payout payout, Consumer<Runnable> act) {
        if (payout.method() != PayoutMethod.IRIS) {
            return;
        }
        String state = iris.step(payout.id()).map(IrisStep::state).orElse(null);
        if (payout.status() == PayoutStatus.PENDING) {
            Button create = new Button(t("payout.iris.create"), click -> act.accept(() -> iris.create(payout.id())));
            create.addClassName("pb-iris-create");
            actions.add(create);
            if (state == null) {
                Button byHand = new Button(t("payout.iris.by-hand"), click -> act.accept(() -> iris.payByHand(payout.id())));
                byHand.addClassName("pb-iris-by-hand");
                actions.add(byHand);
            }
        }
        if (payout.status() == PayoutStatus.SENT && "QUEUED".equals(state)) {
            TextField otp = new TextField(t("payout.iris.otp"));
            otp.addClassName("pb-iris-otp");
            otp.setMaxLength(12);
            Button approve = new Button(t("payout.iris.approve"), click -> act.accept(() -> iris.approve(payout.id(), otp.getValue())));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.addClassName("pb-iris-approve");
            Button reject = new Button(t("payout.iris.reject"), click -> act.accept(() -> iris.reject(payout.id(), null)));
            reject.addClassName("pb-iris-reject");
            actions.add(otp, approve, reject);
        }
        if (payout.status() == PayoutStatus.SENT) {
            Button check = new Button(t("payout.iris.reconcile"), click -> act.accept(() -> settlement.reconcile(payout.id())));
            check.addClassName("pb-iris-reconcile");
            actions.add(check);
        }
        if (payout.status() == PayoutStatus.SENT && "APPROVED".equals(state) && iris.demo()) {
            Button complete = new Button(t("payout.iris.demo-complete"), click -> act.accept(() -> iris.demoDecide(payout.id(), true)));
            complete.addClassName("pb-iris-demo-complete");
            Button fail = new Button(t("payout.iris.demo-fail"), click -> act.accept(() -> iris.demoDecide(payout.id(), false)));
            fail.addClassName("pb-iris-demo-fail");
            actions.add(complete, fail);
        }
    }

    private String stepText(String state) {
        return switch (state) {
            case "CREATING" -> t("payout.iris.step.creating");
            case "QUEUED" -> t("payout.iris.step.queued");
            case "APPROVED" -> t("payout.iris.step.approved");
            case "COMPLETED" -> t("payout.iris.step.completed");
            default -> t("payout.iris.step.failed");
        };
    }

    private String t(String key) {
        return page.getTranslation(key);
    }
}
