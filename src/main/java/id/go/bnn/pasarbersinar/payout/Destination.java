package id.go.bnn.pasarbersinar.payout;

import java.time.Instant;

/**
 * Where a group's money goes. For a bank account the number is masked ("•••• 6789") unless the reader is an
 * administrator ({@code masked} says which).
 */
public record Destination(long groupId, PayoutMethod method, String stripeAccount, String bankName, String accountNumber,
        String holderName, boolean masked, Instant updatedAt) {

    /** One line for lists and mails. */
    public String describe() {
        return method == PayoutMethod.STRIPE ? "Stripe " + stripeAccount : bankName + " " + accountNumber + " a.n. " + holderName;
    }

    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replaceAll("[^0-9A-Za-z]", "");
        return "•••• " + (digits.length() <= 4 ? digits : digits.substring(digits.length() - 4));
    }

    public Destination maskedCopy() {
        return masked || method == PayoutMethod.STRIPE ? this
                : new Destination(groupId, method, stripeAccount, bankName, mask(accountNumber), holderName, true, updatedAt);
    }
}
