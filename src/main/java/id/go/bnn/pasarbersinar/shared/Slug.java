package id.go.bnn.pasarbersinar.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The readable, URL-safe name of a page: {@code tenun-ikat-fatululi}. */
public record Slug(String value) {

    public static final int MAX_LENGTH = 120;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    public Slug {
        if (value == null || value.length() > MAX_LENGTH || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a valid slug: " + value);
        }
    }

    /** Derives a slug from a title: accents dropped, lower case, words joined by hyphens. */
    public static Slug from(String title) {
        String ascii = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        String hyphenated = NON_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        String trimmed = hyphenated.replaceAll("^-+|-+$", "");
        if (trimmed.length() > MAX_LENGTH) {
            trimmed = trimmed.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return new Slug(trimmed.isEmpty() ? "item" : trimmed);
    }

    /** Whether a string taken from a URL could be a slug at all; anything else is a 404 without a query. */
    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && VALID.matcher(candidate).matches();
    }

    /** The slug of a title, numbered ({@code -2}, {@code -3}, …) past those already taken. */
    public static Slug unique(String title, java.util.function.Predicate<String> taken) {
        Slug base = from(title);
        Slug candidate = base;
        for (int n = 2; taken.test(candidate.value()); n++) {
            candidate = base.withSuffix(n);
        }
        return candidate;
    }

    /** The same slug with a numeric suffix, for the second item that would take the same name. */
    public Slug withSuffix(int number) {
        String base = value.length() > MAX_LENGTH - 8 ? value.substring(0, MAX_LENGTH - 8) : value;
        return new Slug(base.replaceAll("-+$", "") + "-" + number);
    }

    @Override
    public String toString() {
        return value;
    }
}
