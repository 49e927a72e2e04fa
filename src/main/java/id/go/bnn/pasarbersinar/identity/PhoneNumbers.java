package id.go.bnn.pasarbersinar.identity;

import java.util.Optional;

/** Indonesian mobile and landline numbers in international form: {@code +62} and 8 to 13 digits, no leading zero. */
public final class PhoneNumbers {

    public static final String PATTERN = "\\+62[1-9]\\d{7,12}";

    private PhoneNumbers() {
    }

    /** Accepts what people type ("0812-3456-7890", "+62 812 3456 7890", "62812…") and returns the +62 form. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s().-]", "");
        if (digits.startsWith("0")) {
            digits = "+62" + digits.substring(1);
        } else if (digits.startsWith("62")) {
            digits = "+" + digits;
        }
        return digits.matches(PATTERN) ? Optional.of(digits) : Optional.empty();
    }
}
