package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.Profile;
import id.go.bnn.pasarbersinar.identity.SavedAddress;
import id.go.bnn.pasarbersinar.order.CartContents;
import id.go.bnn.pasarbersinar.order.Checkout;
import id.go.bnn.pasarbersinar.order.CheckoutForm;
import id.go.bnn.pasarbersinar.order.CheckoutQuote;
import id.go.bnn.pasarbersinar.order.GroupShareEstimate;
import id.go.bnn.pasarbersinar.order.GuestCart;
import id.go.bnn.pasarbersinar.order.InvalidCheckoutForm;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.order.Places;
import id.go.bnn.pasarbersinar.order.Places.Place;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import id.go.bnn.pasarbersinar.payment.Payments;
import id.go.bnn.pasarbersinar.producer.Province;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checkout: contact, an address picked from lists (province, regency or city, district) with postal code and street,
 * delivery notes; then the summary with each parcel's shipping to that province and the total; then payment. Guests
 * need no account; a signed-in buyer may start from a saved address.
 */
@Route("checkout")
@AnonymousAllowed
@StyleSheet("styles/order.css")
class CheckoutView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Checkout checkout;
    private final Places places;
    private final Regions regions;
    private final Accounts accounts;
    private final Payments payments;
    private final org.springframework.beans.factory.ObjectProvider<GroupShareEstimate> shares;

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final ComboBox<Province> province = new ComboBox<>();
    final ComboBox<Place> regency = new ComboBox<>();
    final ComboBox<Place> district = new ComboBox<>();
    final TextField postalCode = new TextField();
    final TextArea street = new TextArea();
    final TextArea notes = new TextArea();
    final Button pay = new Button();
    PaymentMethodPicker methods;
    private final Section summary = new Section();
    private final Div messages = new Div();
    private Money shownTotal;

    CheckoutView(Checkout checkout, Places places, Regions regions, Accounts accounts, Payments payments,
            org.springframework.beans.factory.ObjectProvider<GroupShareEstimate> shares) {
        this.shares = shares;
        this.checkout = checkout;
        this.places = places;
        this.regions = regions;
        this.accounts = accounts;
        this.payments = payments;
        addClassName("pb-checkout");
        name.addClassName("pb-checkout-name");
        email.addClassName("pb-checkout-email");
        phone.addClassName("pb-checkout-phone");
        province.addClassName("pb-checkout-province");
        regency.addClassName("pb-checkout-regency");
        district.addClassName("pb-checkout-district");
        postalCode.addClassName("pb-checkout-postal-code");
        street.addClassName("pb-checkout-street");
        notes.addClassName("pb-checkout-notes");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        GuestCart guest = OrderPages.guestCart();
        CheckoutQuote quote = checkout.quote(guest, null);
        if (quote.cart().isEmpty() || !quote.cart().payable() || quote.cart().anyPriceChanged()) {
            event.forwardTo("keranjang");
            return;
        }
        removeAll();
        add(new H1(getTranslation("order.checkout.title")));
        if (payments.isDemo()) {
            Paragraph demo = new Paragraph(getTranslation("order.checkout.demo-payment"));
            demo.addClassName("pb-order-warning");
            add(demo);
        }
        methods = new PaymentMethodPicker(checkout.paymentMethods());
        add(messages, contact(), address(), summary, methods);
        pay.setText(getTranslation("order.checkout.pay"));
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        pay.addClassName("pb-pay");
        pay.addClickListener(click -> pay());
        pay.setDisableOnClick(true);
        add(pay);
        showSummary();
    }

    private Section contact() {
        name.setLabel(getTranslation("order.checkout.name"));
        name.setMaxLength(120);
        name.setRequired(true);
        email.setLabel(getTranslation("order.checkout.email"));
        email.setRequired(true);
        phone.setLabel(getTranslation("order.checkout.phone"));
        phone.setPlaceholder("+62 812 3456 7890");
        phone.setRequired(true);
        Caller caller = Caller.current();
        Section section = new Section(new H2(getTranslation("order.checkout.contact")));
        if (caller.isSignedIn()) {
            Profile profile = accounts.profile(accounts.me());
            name.setValue(profile.name() == null ? "" : profile.name());
            email.setValue(profile.email());
            phone.setValue(profile.phone() == null ? "" : profile.phone());
        }
        section.add(name, email, phone);
        section.addClassName("pb-checkout-section");
        return section;
    }

    private Section address() {
        Section section = new Section(new H2(getTranslation("order.checkout.address")));
        section.addClassName("pb-checkout-section");
        if (Caller.current().isSignedIn()) {
            List<SavedAddress> saved = accounts.addresses(accounts.me());
            if (!saved.isEmpty()) {
                Select<SavedAddress> choose = new Select<>();
                choose.setLabel(getTranslation("order.checkout.saved-address"));
                choose.setItems(saved);
                choose.setItemLabelGenerator(SavedAddress::label);
                choose.addValueChangeListener(change -> use(change.getValue()));
                section.add(choose);
            }
        }
        province.setLabel(getTranslation("order.checkout.province"));
        province.setItems(regions.provinces());
        province.setItemLabelGenerator(Province::name);
        province.setRequired(true);
        regency.setLabel(getTranslation("order.checkout.regency"));
        regency.setItemLabelGenerator(Place::name);
        regency.setRequired(true);
        district.setLabel(getTranslation("order.checkout.district"));
        district.setItemLabelGenerator(Place::name);
        district.setRequired(true);
        province.addValueChangeListener(change -> {
            regency.setItems(change.getValue() == null ? List.of() : places.regencies(change.getValue().code()));
            regency.clear();
            showSummary();
        });
        regency.addValueChangeListener(change -> {
            district.setItems(change.getValue() == null ? List.of() : places.districts(change.getValue().code()));
            district.clear();
        });
        postalCode.setLabel(getTranslation("order.checkout.postal-code"));
        postalCode.setMaxLength(5);
        postalCode.setAllowedCharPattern("[0-9]");
        postalCode.setRequired(true);
        street.setLabel(getTranslation("order.checkout.street"));
        street.setMaxLength(255);
        street.setRequired(true);
        notes.setLabel(getTranslation("order.checkout.notes"));
        notes.setMaxLength(500);
        section.add(province, regency, district, postalCode, street, notes);
        return section;
    }

    private void use(SavedAddress address) {
        if (address == null) {
            return;
        }
        name.setValue(address.recipient());
        phone.setValue(address.phone());
        regions.province(address.provinceCode()).ifPresent(province::setValue);
        places.regencies(address.provinceCode()).stream().filter(p -> p.name().equalsIgnoreCase(address.city())).findFirst()
                .ifPresent(regency::setValue);
        if (regency.getValue() != null && address.district() != null) {
            places.districts(regency.getValue().code()).stream().filter(p -> p.name().equalsIgnoreCase(address.district())).findFirst()
                    .ifPresent(district::setValue);
        }
        postalCode.setValue(address.postalCode());
        street.setValue(address.street());
    }

    private void showSummary() {
        summary.removeAll();
        summary.addClassName("pb-checkout-summary");
        summary.add(new H2(getTranslation("order.checkout.summary")));
        String destination = province.getValue() == null ? null : province.getValue().code();
        CheckoutQuote quote = checkout.quote(OrderPages.guestCart(), destination);
        Locale locale = getLocale();
        for (int i = 0; i < quote.cart().parcels().size(); i++) {
            CartContents.Parcel parcel = quote.cart().parcels().get(i);
            Div box = new Div(new Paragraph(getTranslation("order.cart.parcel", parcel.groupName())));
            box.addClassName("pb-summary-parcel");
            UnorderedList items = new UnorderedList();
            for (CartContents.Line line : parcel.lines()) {
                items.add(new ListItem(line.quantity() + " × " + line.item().label(locale) + " — " + line.total().format()));
            }
            box.add(items, new Paragraph(destination == null ? getTranslation("order.checkout.shipping-unknown")
                    : getTranslation("order.checkout.shipping", quote.shipping().get(i).format())));
            // What of this parcel reaches the group, once the shipping (part of it) is known; nothing without the payout module.
            GroupShareEstimate estimate = shares.getIfAvailable();
            if (destination != null && estimate != null) {
                Money share = estimate.shareOf(parcel.groupId(), parcel.lines().stream()
                        .map(line -> new GroupShareEstimate.ShareLine(line.item().categoryCode(), line.total())).toList(),
                        parcel.itemsTotal(), quote.shipping().get(i), java.time.Instant.now());
                Paragraph toGroup = new Paragraph(getTranslation("order.checkout.group-share", share.format(), parcel.groupName()));
                toGroup.addClassName("pb-summary-share");
                box.add(toGroup);
            }
            summary.add(box);
        }
        Paragraph total = new Paragraph(getTranslation("order.checkout.total", quote.total().format()));
        total.addClassName("pb-checkout-total");
        summary.add(total);
        shownTotal = destination == null ? null : quote.total();
    }

    /**
     * Every refused field shows its own message beside it, and the page moves to the first one: on a phone the
     * message at the top of the page is out of sight.
     */
    private void markFields(InvalidCheckoutForm refused) {
        HasValidation first = null;
        for (Map.Entry<CheckoutForm.Field, String> problem : refused.problems().entrySet()) {
            HasValidation field = field(problem.getKey());
            field.setErrorMessage(getTranslation(problem.getValue()));
            field.setInvalid(true);
            if (first == null) {
                first = field;
            }
        }
        if (first instanceof Component component) {
            // Centred, so that the sticky header does not cover the field when the page scrolls up to it.
            component.scrollIntoView(new ScrollOptions(ScrollOptions.Behavior.AUTO, ScrollOptions.Alignment.CENTER, ScrollOptions.Alignment.NEAREST));
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private HasValidation field(CheckoutForm.Field field) {
        return switch (field) {
            case NAME -> name;
            case EMAIL -> email;
            case PHONE -> phone;
            case PROVINCE -> province;
            case REGENCY -> regency;
            case DISTRICT -> district;
            case POSTAL_CODE -> postalCode;
            case STREET -> street;
            case NOTES -> notes;
            case PAYMENT_METHOD -> methods.field();
        };
    }

    private void clearFieldErrors() {
        for (CheckoutForm.Field each : CheckoutForm.Field.values()) {
            HasValidation field = field(each);
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private void pay() {
        messages.removeAll();
        clearFieldErrors();
        CheckoutForm form = new CheckoutForm(name.getValue(), email.getValue(), phone.getValue(),
                province.getValue() == null ? null : province.getValue().code(),
                regency.getValue() == null ? null : regency.getValue().code(),
                district.getValue() == null ? null : district.getValue().code(),
                postalCode.getValue(), street.getValue(), notes.getValue(), shownTotal, methods.chosen());
        try {
            checkout.check(form);
            if (methods.missing()) {
                throw new InvalidCheckoutForm(Map.of(CheckoutForm.Field.PAYMENT_METHOD, "order.checkout.error.payment-method-missing"));
            }
            if (shownTotal == null) {
                // The summary has no shipping yet: it is shown first, as the buyer pays only a total the page has shown.
                showSummary();
                pay.setEnabled(true);
                return;
            }
            PlacedOrder order = checkout.place(OrderPages.guestCart(), form, getLocale(), OrderPages.visitorAddress());
            OrderPages.keep(OrderPages.guestCart());
            UI.getCurrent().getPage().setLocation(order.paymentUrl());
        } catch (InvalidCheckoutForm e) {
            messages.add(OrderPages.problem(this, e));
            markFields(e);
            pay.setEnabled(true);
        } catch (OrderException e) {
            messages.add(OrderPages.problem(this, e));
            if ("order.checkout.error.total-changed".equals(e.key())) {
                showSummary();
            }
            if ("order.checkout.error.sold-out".equals(e.key()) || "order.checkout.error.cart-changed".equals(e.key())) {
                Anchor back = new Anchor("keranjang", getTranslation("order.checkout.back-to-cart"));
                back.addClassName("pb-button-secondary");
                messages.add(back);
            }
            pay.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.checkout.title") + " | " + getTranslation("shell.brand");
    }
}
