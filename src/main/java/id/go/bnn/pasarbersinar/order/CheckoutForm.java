package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.shared.Money;

/**
 * What the buyer typed and picked at checkout. Places are codes from {@link Places}' lists; {@code expectedTotal} is
 * the total the summary showed, so that a price that changed meanwhile is shown again rather than charged.
 * {@code paymentMethod} is the name of the {@code PaymentMethod} the buyer picked (null: none offered or chosen, the
 * provider's page decides); one that checkout does not offer is refused.
 */
public record CheckoutForm(String name, String email, String phone, String provinceCode, String regencyCode,
        String districtCode, String postalCode, String street, String notes, Money expectedTotal, String paymentMethod) {

    public CheckoutForm(String name, String email, String phone, String provinceCode, String regencyCode, String districtCode,
            String postalCode, String street, String notes, Money expectedTotal) {
        this(name, email, phone, provinceCode, regencyCode, districtCode, postalCode, street, notes, expectedTotal, null);
    }

    /** The form's fields in the order the checkout page shows them, so that a page can mark each one refused. */
    public enum Field {
        NAME, EMAIL, PHONE, PROVINCE, REGENCY, DISTRICT, POSTAL_CODE, STREET, NOTES, PAYMENT_METHOD
    }
}
