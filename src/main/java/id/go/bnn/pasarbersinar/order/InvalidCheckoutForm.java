package id.go.bnn.pasarbersinar.order;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A checkout form refused for every field that is missing or wrong at once, not only the first: a page marks each
 * field beside it. {@link #problems()} maps each refused field, in the form's order, to its message key; the
 * exception's own key is that message when one field is wrong, and a count of the fields when several are.
 */
public class InvalidCheckoutForm extends OrderException {

    private final transient Map<CheckoutForm.Field, String> problems;

    public InvalidCheckoutForm(Map<CheckoutForm.Field, String> problems) {
        super(problems.size() == 1 ? problems.values().iterator().next() : "order.checkout.error.fields", problems.size());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused form has at least one problem");
        }
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Each refused field and the translation key of what is wrong with it, in the order the form shows the fields. */
    public Map<CheckoutForm.Field, String> problems() {
        return problems;
    }
}
