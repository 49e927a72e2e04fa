package id.go.bnn.pasarbersinar.review;

/** The published reviews of a product: count, average in tenths of a star and how many gave each number of stars. */
public record ProductRatings(int count, int tenths, int[] byStars) {

    /** How many gave {@code stars} (1–5). */
    public int withStars(int stars) {
        return byStars[stars - 1];
    }

    /** The share of {@code stars} in percent, for a bar. */
    public int percent(int stars) {
        return count == 0 ? 0 : Math.round(100f * withStars(stars) / count);
    }
}
