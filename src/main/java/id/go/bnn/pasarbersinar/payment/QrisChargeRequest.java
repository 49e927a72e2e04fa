package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;

/**
 * A charge for a sale made face to face, by QRIS or by card ({@code method}; null: QRIS): {@code chargeKey} is the caller's own id of the sale (a UUID; asking
 * again with it answers the same charge), the amount, whom it is for (shown on the provider's and the demo's page) and
 * what was bought (items of price 0 are left out; the others must add up to the amount). {@code returnUrl} is where the
 * demo page sends whoever "paid" (an absolute address of the shop); {@code language} "id" or "en".
 */
public record QrisChargeRequest(String chargeKey, Money amount, long groupId, String groupName, List<CheckoutRequest.Item> items,
        String returnUrl, String language, PaymentMethod method) {

    public QrisChargeRequest(String chargeKey, Money amount, long groupId, String groupName, List<CheckoutRequest.Item> items, String returnUrl,
            String language) {
        this(chargeKey, amount, groupId, groupName, items, returnUrl, language, PaymentMethod.QRIS);
    }

    public QrisChargeRequest {
        items = items == null ? List.of() : List.copyOf(items);
        method = method == null ? PaymentMethod.QRIS : method;
    }
}
