package id.go.bnn.pasarbersinar.payout.ui;

import id.go.bnn.pasarbersinar.shared.ShopTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.go.bnn.pasarbersinar.payout.BankTransfers;
import id.go.bnn.pasarbersinar.payout.CommissionRate;
import id.go.bnn.pasarbersinar.payout.Commissions;
import id.go.bnn.pasarbersinar.payout.Earnings;
import id.go.bnn.pasarbersinar.payout.IrisPayouts;
import id.go.bnn.pasarbersinar.payout.IrisSettlement;
import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.payout.PayoutException;
import id.go.bnn.pasarbersinar.payout.PayoutMethod;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.payout.PayoutStatus;
import id.go.bnn.pasarbersinar.payout.Payouts;
import id.go.bnn.pasarbersinar.payout.TransferSettlement;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finance staff: payout runs, the open payouts with their next step (record a bank transfer with its proof, approve it
 * as a second administrator, retry, reverse, reconcile with Stripe), destinations and commission rates.
 */
@Route("staf/pencairan")
@RolesAllowed("ADMIN")
@Menu(title = "payout.menu.runs", order = 93)
@StyleSheet("styles/payout.css")
class PayoutRunView extends Div implements HasDynamicTitle {


    private final PayoutRuns runs;
    private final BankTransfers bankTransfers;
    private final TransferSettlement settlement;
    private final Payouts payoutReads;
    private final ProducerGroups groups;
    private final IrisPayoutCard irisCard;
    /** The open and recent payouts as cards (one column on a phone, several on a desktop). */
    private final Div payouts = new Div();

    PayoutRunView(PayoutRuns runs, BankTransfers bankTransfers, TransferSettlement settlement, Payouts payoutReads,
            PayoutDestinations destinations, Commissions commissions, ProducerGroups groups, IrisPayouts iris, IrisSettlement irisSettlement) {
        this.runs = runs;
        this.bankTransfers = bankTransfers;
        this.settlement = settlement;
        this.payoutReads = payoutReads;
        this.groups = groups;
        this.irisCard = new IrisPayoutCard(iris, irisSettlement, this);
        addClassNames("pb-staff-page", "pb-payout-page");
        add(new H1(getTranslation("payout.runs.heading")));
        if (runs.demoTransfers()) {
            Paragraph demo = new Paragraph(getTranslation("payout.demo.transfers"));
            demo.addClassName("pb-payout-demo-note");
            add(demo);
        }
        if (iris.demo()) {
            Paragraph demo = new Paragraph(getTranslation("payout.iris.demo"));
            demo.addClassName("pb-iris-demo-note");
            add(demo);
        }
        add(new Paragraph(getTranslation("payout.runs.minimum", runs.minimum().format())));
        Button run = new Button(getTranslation("payout.runs.start"), click -> act(() -> {
            var summary = runs.run();
            Notification.show(getTranslation("payout.runs.done", summary.payouts(), summary.total().format()));
        }));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(run);

        add(new H2(getTranslation("payout.runs.payouts")));
        payouts.addClassName("pb-payout-cards");
        add(payouts);
        refresh();

        add(new H2(getTranslation("payout.destination.heading")));
        // Staff pick the group by its name (typing filters the list); its id is shown too, for the audit log.
        ComboBox<GroupSummary> group = new ComboBox<>(getTranslation("payout.destination.group"));
        group.setItems(groups.listForStaff());
        group.setItemLabelGenerator(g -> g.name() + " (#" + g.id().value() + ")");
        group.addClassName("pb-payout-destination-group");
        Select<PayoutMethod> method = new Select<>();
        method.setLabel(getTranslation("payout.destination.method"));
        method.setItems(PayoutMethod.values());
        method.setItemLabelGenerator(m -> switch (m) {
            case STRIPE -> getTranslation("payout.method.stripe");
            case BANK -> getTranslation("payout.method.bank");
            case IRIS -> getTranslation("payout.method.iris");
        });
        method.setValue(PayoutMethod.BANK);
        TextField stripeAccount = new TextField(getTranslation("payout.destination.stripe"));
        TextField bank = new TextField(getTranslation("payout.destination.bank"));
        bank.setHelperText(getTranslation("payout.destination.bank-iris"));
        TextField number = new TextField(getTranslation("payout.destination.number"));
        TextField holder = new TextField(getTranslation("payout.destination.holder"));
        Button save = new Button(getTranslation("payout.destination.save"), click -> act(() -> {
            if (group.getValue() == null) {
                throw new PayoutException("payout.error.no-group");
            }
            GroupId id = group.getValue().id();
            if (method.getValue() == PayoutMethod.STRIPE) {
                destinations.setStripe(id, stripeAccount.getValue());
            } else if (method.getValue() == PayoutMethod.IRIS) {
                destinations.setIris(id, bank.getValue(), number.getValue(), holder.getValue());
            } else {
                destinations.setBank(id, bank.getValue(), number.getValue(), holder.getValue());
            }
            Notification.show(getTranslation("payout.destination.saved"));
        }));
        Div destinationForm = new Div(group, method, stripeAccount, bank, number, holder, save);
        destinationForm.addClassName("pb-form-row");
        add(destinationForm);
        add(onboarding(destinations, group));

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

    /** Stripe Connect onboarding for the group chosen above; without a Stripe key, why there is none. */
    private Div onboarding(PayoutDestinations destinations, ComboBox<GroupSummary> group) {
        Div area = new Div();
        area.addClassName("pb-stripe-onboarding");
        if (!destinations.stripeOnboardingAvailable()) {
            area.add(new Paragraph(getTranslation("payout.onboarding.unavailable")));
            return area;
        }
        Div result = new Div();
        Button start = new Button(getTranslation("payout.onboarding.button"), click -> act(() -> {
            if (group.getValue() == null) {
                throw new PayoutException("payout.error.no-group");
            }
            var link = destinations.stripeOnboardingLink(group.getValue().id());
            Anchor anchor = new Anchor(link.url(), link.url());
            anchor.setTarget("_blank");
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            // A long link without spaces: it wraps instead of widening the page on a phone.
            anchor.getStyle().set("overflow-wrap", "anywhere");
            result.removeAll();
            result.add(new Paragraph(getTranslation("payout.onboarding.created", link.stripeAccount())), anchor);
        }));
        area.add(new Paragraph(getTranslation("payout.onboarding.hint")), start, result);
        return area;
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
            reference.setLabel(getTranslation("payout.runs.reference"));
            reference.addClassName("pb-payout-reference");
            AtomicReference<byte[]> proof = new AtomicReference<>();
            AtomicReference<String> name = new AtomicReference<>();
            Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
                proof.set(data);
                name.set(metadata.fileName());
            }));
            upload.setMaxFiles(1);
            upload.setMaxFileSize(BankTransfers.MAX_PROOF_BYTES);
            upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", "image/webp");
            upload.addClassName("pb-payout-proof");
            // Only the texts the page shows; the rest keep Vaadin's defaults.
            upload.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("payout.runs.proof-add")))
                    .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("payout.runs.proof-drop"))));
            Button record = new Button(getTranslation("payout.runs.record"),
                    click -> act(() -> bankTransfers.recordBankTransfer(payout.id(), reference.getValue(), name.get(), proof.get())));
            actions.add(reference, upload, record);
        }
        if (payout.method() == PayoutMethod.BANK && payout.status() == PayoutStatus.SENT) {
            actions.add(new Button(getTranslation("payout.runs.approve"), click -> act(() -> bankTransfers.approve(payout.id()))),
                    new Button(getTranslation("payout.runs.reject"), click -> act(() -> bankTransfers.reject(payout.id(), null))));
        }
        if (payout.method() == PayoutMethod.STRIPE && payout.status() == PayoutStatus.SENT) {
            actions.add(new Button(getTranslation("payout.runs.reconcile"), click -> act(() -> settlement.reconcile(payout.id()))));
        }
        if (payout.status() == PayoutStatus.FAILED || (payout.method() == PayoutMethod.STRIPE && payout.status() == PayoutStatus.PENDING)) {
            actions.add(new Button(getTranslation("payout.runs.retry"), click -> act(() -> bankTransfers.retry(payout.id()))));
        }
        irisCard.addActions(actions, payout, this::act);
        if (payout.status() == PayoutStatus.FAILED) {
            actions.add(new Button(getTranslation("payout.runs.reverse"), click -> act(() -> bankTransfers.reverse(payout.id()))));
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
        payouts.removeAll();
        List<Payout> recent = payoutReads.recent(200);
        Map<GroupId, GroupSummary> names = groups.findAll(recent.stream().map(p -> new GroupId(p.groupId())).distinct().toList());
        if (recent.isEmpty()) {
            payouts.add(new Paragraph(getTranslation("payout.runs.none")));
        }
        for (Payout payout : recent) {
            payouts.add(card(payout, Optional.ofNullable(names.get(new GroupId(payout.groupId()))).map(GroupSummary::name)
                    .orElse("#" + payout.groupId())));
        }
    }

    /** One payout: whom, how much, where to, its state and reference, and the next step for staff. */
    private Div card(Payout payout, String groupName) {
        Span name = new Span(groupName);
        name.addClassName("pb-payout-group");
        Span amount = new Span(payout.amount().format());
        amount.addClassName("pb-payout-amount");
        Span status = new Span(getTranslation(payout.status().messageKey()));
        status.addClassNames("pb-payout-status", "pb-payout-status-" + payout.status().name().toLowerCase(Locale.ROOT));
        Div head = new Div(name, amount, status);
        head.addClassName("pb-payout-head");
        Div card = new Div(head);
        card.addClassName("pb-payout-card");
        card.getElement().setAttribute("data-payout", Long.toString(payout.id()));
        card.getElement().setAttribute("data-method", payout.method().name());
        card.add(PayoutCards.line(getTranslation("payout.payout.destination"), payout.destination()));
        String reference = payout.bankReference() != null ? payout.bankReference() : payout.stripeTransferId();
        if (reference != null) {
            card.add(PayoutCards.line(getTranslation("payout.statement.reference"), reference));
        }
        card.add(PayoutCards.line("#", payout.id() + " · " + ShopTime.dateTime(payout.createdAt(), getLocale())));
        if (payout.failure() != null) {
            card.add(PayoutCards.line(getTranslation("payout.payout.failure"), payout.failure()));
        }
        if (payout.method() == PayoutMethod.IRIS) {
            irisCard.addLines(card, payout);
        }
        Div next = actions(payout);
        if (next.getComponentCount() > 0) {
            card.add(next);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payout.runs.heading") + " | " + getTranslation("shell.brand");
    }
}
