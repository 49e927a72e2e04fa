package id.go.bnn.pasarbersinar.payout;

import java.math.BigDecimal;

/**
 * A commission rate in basis points (1 % = 100 bp, 10 % = 1000 bp). The commission of an amount is rounded half up to
 * whole rupiah; the group gets the rest, so platform and group together always get exactly the amount.
 */
public record CommissionRate(int basisPoints) {

    public CommissionRate {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new PayoutException("payout.error.rate-range");
        }
    }

    /** Parses what an administrator typed: "10", "7,5" or "7.5" percent, at most two decimals. */
    public static CommissionRate parsePercent(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}([.,]\\d{1,2})?")) {
            throw new PayoutException("payout.error.rate-format");
        }
        BigDecimal percent = new BigDecimal(text.strip().replace(',', '.'));
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new PayoutException("payout.error.rate-range");
        }
        return new CommissionRate(percent.movePointRight(2).intValueExact());
    }

    /** Round half up on the commission: {@code Rp 15.005 × 10 % = Rp 1.501} (1.500,5 rounds up). */
    public long commissionOf(long amount) {
        if (amount < 0) {
            return -commissionOf(-amount);
        }
        return Math.addExact(Math.multiplyExact(amount, (long) basisPoints), 5_000) / 10_000;
    }

    /** "10 %", "7,5 %". */
    public String percent() {
        BigDecimal percent = BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
        return percent.toPlainString().replace('.', ',') + " %";
    }
}
