package id.go.bnn.pasarbersinar.order;

import java.util.List;
import java.util.Locale;

/**
 * An order a seller at an exhibition's booth takes for a visitor, to be delivered later: what the buyer chose (variant
 * and quantity), who the buyer is, where it goes, and at which event. {@code language} is the buyer's ("id" or "en";
 * the payment page and its mail follow it, the mail is in both languages anyway). {@code requestKey} is the id the
 * booth page made for this order (a UUID; null: none): the same order sent again (a retry on a weak connection) is
 * answered with the order placed the first time, never placed twice.
 */
public record OrderOnBehalf(long exhibitionId, List<Line> lines, String name, String email, String phone, DeliveryAddress address,
        String notes, Locale language, String requestKey) {

    public OrderOnBehalf {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public OrderOnBehalf(long exhibitionId, List<Line> lines, String name, String email, String phone, DeliveryAddress address,
            String notes, Locale language) {
        this(exhibitionId, lines, name, email, phone, address, notes, language, null);
    }

    public record Line(long variantId, int quantity) {
    }
}
