package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import id.go.bnn.pasarbersinar.order.ShippingRates;
import id.go.bnn.pasarbersinar.order.ShippingZone;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rate table as a form: for each zone the first kilogram and each further kilogram, typed as whole rupiah
 * ("12000" or "12.000"). {@link #read()} answers the table only when every figure is sound, marking the wrong fields
 * otherwise; the service checks the figures again.
 */
final class ShippingRateForm extends Div {

    private static final Pattern PLAIN = Pattern.compile("\\d{1,12}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private final Map<ShippingZone, TextField[]> fields = new EnumMap<>(ShippingZone.class);

    ShippingRateForm(Map<ShippingZone, ShippingRates.Rate> table) {
        addClassName("pb-rate-form");
        for (ShippingZone zone : ShippingZone.values()) {
            String name = zone.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Section box = new Section(new H2(getTranslation(zoneKey(zone))));
            box.addClassNames("pb-rate-zone", "pb-rate-zone-" + name);
            ShippingRates.Rate rate = table.get(zone);
            TextField first = field("order.shipping.first-kg", rate == null ? null : rate.firstKg(), "pb-rate-first");
            TextField extra = field("order.shipping.extra-kg", rate == null ? null : rate.perExtraKg(), "pb-rate-extra");
            Div row = new Div(first, extra);
            row.addClassName("pb-rate-fields");
            box.add(row);
            fields.put(zone, new TextField[] {first, extra});
            add(box);
        }
    }

    private static String zoneKey(ShippingZone zone) {
        return switch (zone) {
            case SAME_PROVINCE -> "order.shipping.zone.same-province";
            case SAME_ISLAND -> "order.shipping.zone.same-island";
            case DOMESTIC -> "order.shipping.zone.domestic";
            case ABROAD -> "order.shipping.zone.abroad";
        };
    }

    private TextField field(String labelKey, Money value, String className) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setPrefixComponent(new Div("Rp"));
        field.setMaxLength(20);
        field.getElement().setAttribute("inputmode", "numeric");
        field.addClassName(className);
        if (value != null) {
            field.setValue(Long.toString(value.rupiah()));
        }
        return field;
    }

    /** The table typed in, or empty when a figure is not whole rupiah from 0 to the maximum (those fields say why). */
    Optional<Map<ShippingZone, ShippingRates.Rate>> read() {
        Map<ShippingZone, ShippingRates.Rate> table = new EnumMap<>(ShippingZone.class);
        boolean sound = true;
        for (Map.Entry<ShippingZone, TextField[]> entry : fields.entrySet()) {
            Optional<Money> first = rupiah(entry.getValue()[0]);
            Optional<Money> extra = rupiah(entry.getValue()[1]);
            if (first.isPresent() && extra.isPresent()) {
                table.put(entry.getKey(), new ShippingRates.Rate(first.get(), extra.get()));
            } else {
                sound = false;
            }
        }
        return sound ? Optional.of(table) : Optional.empty();
    }

    private Optional<Money> rupiah(TextField field) {
        String text = field.getValue() == null ? "" : field.getValue().strip().replace(" ", "");
        if (text.regionMatches(true, 0, "Rp", 0, 2)) {
            text = text.substring(2);
        }
        String error = null;
        Money amount = null;
        if (text.isEmpty()) {
            error = "order.shipping.error.required";
        } else if (text.startsWith("-")) {
            error = "order.shipping.error.negative";
        } else if (!PLAIN.matcher(text).matches() && !GROUPED.matcher(text).matches()) {
            error = "order.shipping.error.whole";
        } else {
            amount = Money.rupiah(Long.parseLong(text.replace(".", "")));
            if (amount.compareTo(ShippingRates.MAX_RATE) > 0) {
                error = "order.shipping.error.too-high";
                amount = null;
            }
        }
        field.setInvalid(error != null);
        field.setErrorMessage(error == null ? null : getTranslation(error, ShippingRates.MAX_RATE.format()));
        return Optional.ofNullable(amount);
    }
}
