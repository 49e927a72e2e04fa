package id.go.bnn.pasarbersinar.payout.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.go.bnn.pasarbersinar.payout.CommissionRate;
import id.go.bnn.pasarbersinar.payout.Commissions;
import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.payout.PayoutException;
import id.go.bnn.pasarbersinar.payout.PayoutMethod;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.payout.PayoutStatus;
import id.go.bnn.pasarbersinar.producer.GroupId;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finance staff: payout runs, the open payouts with their next step (record a bank transfer with its proof, approve it
 * as a second administrator, retry, reverse, reconcile with Stripe), destinations and commission rates.
 */
@Route("staf/pencairan")
@RolesAllowed("ADMIN")
@Menu(title = "payout.menu.runs", order = 93)
class PayoutRunView extends Div implements HasDynamicTitle {

    private final PayoutRuns runs;
    private final Grid<Payout> payouts = new Grid<>();

    PayoutRunView(PayoutRuns runs, PayoutDestinations destinations, Commissions commissions) {
        this.runs = runs;
        addClassName("pb-staff-page");
        add(new H1(getTranslation("payout.runs.heading")));
        add(new Paragraph(getTranslation("payout.runs.minimum", runs.minimum().format())));
        Button run = new Button(getTranslation("payout.runs.start"), click -> act(() -> {
            var summary = runs.run();
            Notification.show(getTranslation("payout.runs.done", summary.payouts(), summary.total().format()));
        }));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(run);

        add(new H2(getTranslation("payout.runs.payouts")));
        payouts.addColumn(p -> "#" + p.id()).setHeader("#").setAutoWidth(true);
        payouts.addColumn(p -> "#" + p.groupId()).setHeader(getTranslation("payout.runs.group")).setAutoWidth(true);
        payouts.addColumn(p -> p.amount().format()).setHeader(getTranslation("payout.statement.amount")).setAutoWidth(true);
        payouts.addColumn(Payout::destination).setHeader(getTranslation("payout.payout.destination"));
        payouts.addColumn(p -> getTranslation(p.status().messageKey())).setHeader(getTranslation("payout.payout.status"));
        payouts.addColumn(p -> p.bankReference() != null ? p.bankReference() : p.stripeTransferId() != null ? p.stripeTransferId() : "")
                .setHeader(getTranslation("payout.statement.reference"));
        payouts.addComponentColumn(this::actions).setHeader(getTranslation("payout.runs.next")).setAutoWidth(true);
        payouts.setAllRowsVisible(true);
        add(payouts);
        refresh();

        add(new H2(getTranslation("payout.destination.heading")));
        TextField group = new TextField(getTranslation("payout.runs.group"));
        Select<PayoutMethod> method = new Select<>();
        method.setLabel(getTranslation("payout.destination.method"));
        method.setItems(PayoutMethod.values());
        method.setValue(PayoutMethod.BANK);
        TextField stripeAccount = new TextField(getTranslation("payout.destination.stripe"));
        TextField bank = new TextField(getTranslation("payout.destination.bank"));
        TextField number = new TextField(getTranslation("payout.destination.number"));
        TextField holder = new TextField(getTranslation("payout.destination.holder"));
        Button save = new Button(getTranslation("payout.destination.save"), click -> act(() -> {
            GroupId id = new GroupId(parseGroup(group.getValue()));
            if (method.getValue() == PayoutMethod.STRIPE) {
                destinations.setStripe(id, stripeAccount.getValue());
            } else {
                destinations.setBank(id, bank.getValue(), number.getValue(), holder.getValue());
            }
            Notification.show(getTranslation("payout.destination.saved"));
        }));
        Div destinationForm = new Div(group, method, stripeAccount, bank, number, holder, save);
        destinationForm.addClassName("pb-form-row");
        add(destinationForm);

        add(new H2(getTranslation("payout.commission.heading")));
        add(new Paragraph(getTranslation("payout.commission.platform") + ": " + commissions.settings().platform().percent()));
        commissions.settings().overrides().forEach(o -> add(new Paragraph(o.scope() + " " + o.key() + ": " + o.rate().percent())));
        TextField rate = new TextField(getTranslation("payout.commission.rate"));
        TextField scopeKey = new TextField(getTranslation("payout.commission.scope-key"));
        Select<String> scope = new Select<>();
        scope.setLabel(getTranslation("payout.commission.scope"));
        scope.setItems("PLATFORM", "CATEGORY", "GROUP");
        scope.setValue("PLATFORM");
        Button setRate = new Button(getTranslation("payout.commission.save"), click -> act(() -> {
            CommissionRate parsed = rate.getValue().isBlank() && !"PLATFORM".equals(scope.getValue()) ? null : CommissionRate.parsePercent(rate.getValue());
            switch (scope.getValue()) {
                case "CATEGORY" -> commissions.setCategoryRate(scopeKey.getValue().strip(), parsed);
                case "GROUP" -> commissions.setGroupRate(new GroupId(parseGroup(scopeKey.getValue())), parsed);
                default -> commissions.setPlatformRate(parsed);
            }
            Notification.show(getTranslation("payout.commission.saved"));
        }));
        Div rateForm = new Div(scope, scopeKey, rate, setRate);
        rateForm.addClassName("pb-form-row");
        add(rateForm);
    }

    private static long parseGroup(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new PayoutException("payout.error.no-group");
        }
    }

    private Div actions(Payout payout) {
        Div actions = new Div();
        actions.addClassName("pb-payout-actions");
        if (payout.method() == PayoutMethod.BANK && payout.status() == PayoutStatus.PENDING) {
            TextField reference = new TextField();
            reference.setPlaceholder(getTranslation("payout.runs.reference"));
            reference.setAriaLabel(getTranslation("payout.runs.reference"));
            AtomicReference<byte[]> proof = new AtomicReference<>();
            AtomicReference<String> name = new AtomicReference<>();
            Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
                proof.set(data);
                name.set(metadata.fileName());
            }));
            upload.setMaxFiles(1);
            upload.setMaxFileSize(PayoutRuns.MAX_PROOF_BYTES);
            upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", "image/webp");
            Button record = new Button(getTranslation("payout.runs.record"),
                    click -> act(() -> runs.recordBankTransfer(payout.id(), reference.getValue(), name.get(), proof.get())));
            actions.add(reference, upload, record);
        }
        if (payout.method() == PayoutMethod.BANK && payout.status() == PayoutStatus.SENT) {
            actions.add(new Button(getTranslation("payout.runs.approve"), click -> act(() -> runs.approve(payout.id()))),
                    new Button(getTranslation("payout.runs.reject"), click -> act(() -> runs.reject(payout.id(), null))));
        }
        if (payout.method() == PayoutMethod.STRIPE && payout.status() == PayoutStatus.SENT) {
            actions.add(new Button(getTranslation("payout.runs.reconcile"), click -> act(() -> runs.reconcile(payout.id()))));
        }
        if (payout.status() == PayoutStatus.FAILED || (payout.method() == PayoutMethod.STRIPE && payout.status() == PayoutStatus.PENDING)) {
            actions.add(new Button(getTranslation("payout.runs.retry"), click -> act(() -> runs.retry(payout.id()))));
        }
        if (payout.status() == PayoutStatus.FAILED) {
            actions.add(new Button(getTranslation("payout.runs.reverse"), click -> act(() -> runs.reverse(payout.id()))));
        }
        return actions;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (PayoutException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
        refresh();
    }

    private void refresh() {
        payouts.setItems(runs.recent(200));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payout.runs.heading") + " | " + getTranslation("shell.brand");
    }
}
