package id.go.bnn.pasarbersinar.review.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** What the shop reads in a review's words: whether they carry a link or a phone number, and how the author is named. */
public final class ReviewText {

    private static final Pattern LINK = Pattern.compile(
            "(?i)(https?://|www\\.|wa\\.me|bit\\.ly|\\b[a-z0-9-]{2,}\\.(com|id|net|org|co|me|ly|io|shop|store|xyz|info|biz|link|site|online|app)\\b)");
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d[\\d\\s().-]{7,}\\d");

    private ReviewText() {
    }

    /** A link or something that looks like a phone number (nine digits or more, separators allowed). */
    public static boolean carriesContact(String text) {
        if (text == null) {
            return false;
        }
        if (LINK.matcher(text).find()) {
            return true;
        }
        var digits = DIGITS.matcher(text);
        while (digits.find()) {
            if (digits.group().chars().filter(Character::isDigit).count() >= 9) {
                return true;
            }
        }
        return false;
    }

    /** "Sari Wulandari" → "Sari W."; one name stays as it is; nothing → "Pembeli". */
    public static String author(String fullName) {
        String[] words = fullName == null ? new String[0] : fullName.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "Pembeli";
        }
        String first = words[0].length() > 40 ? words[0].substring(0, 40) : words[0];
        if (words.length == 1) {
            return first;
        }
        String last = words[words.length - 1];
        return first + " " + new String(Character.toChars(last.codePointAt(0))).toUpperCase(Locale.ROOT) + ".";
    }
}
