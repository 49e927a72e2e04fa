package id.go.bnn.pasarbersinar.shared;

/**
 * An amount of Indonesian rupiah. The rupiah has no minor unit in practice, so amounts are whole
 * rupiah in a {@code long}: never floating point.
 */
public record Money(long rupiah) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money rupiah(long rupiah) {
        return new Money(rupiah);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(rupiah, other.rupiah));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(rupiah, other.rupiah));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(rupiah, quantity));
    }

    public boolean isNegative() {
        return rupiah < 0;
    }

    /** Formats as Indonesians write prices, whatever the page language: {@code Rp 150.000}. */
    public String format() {
        String digits = Long.toString(Math.abs(rupiah));
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            grouped.append('.').append(digits, i, i + 3);
        }
        return (rupiah < 0 ? "-Rp " : "Rp ") + grouped;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(rupiah, other.rupiah);
    }

    @Override
    public String toString() {
        return format();
    }
}
