package id.go.bnn.pasarbersinar.order;

import java.util.List;
import java.util.Locale;

/**
 * An order a seller at an exhibition's booth takes for a visitor, to be delivered later: what the buyer chose (variant
 * and quantity), who the buyer is, where it goes, and at which event. {@code language} is the buyer's ("id" or "en";
 * the payment page and its mail follow it, the mail is in both languages anyway).
 */
public record OrderOnBehalf(long exhibitionId, List<Line> lines, String name, String email, String phone, DeliveryAddress address,
        String notes, Locale language) {

    public OrderOnBehalf {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(long variantId, int quantity) {
    }
}
