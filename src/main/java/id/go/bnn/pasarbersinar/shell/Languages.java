package id.go.bnn.pasarbersinar.shell;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The shop's languages: Indonesian first, English second. The visitor's choice is kept in a cookie. */
public final class Languages {

    public static final Locale DEFAULT = LocalizedText.INDONESIAN;
    public static final List<Locale> SUPPORTED = List.of(LocalizedText.INDONESIAN, LocalizedText.ENGLISH);
    public static final String COOKIE = "pb-lang";

    private Languages() {
    }

    /** The supported language a cookie value names, if any; anything else is ignored. */
    public static Optional<Locale> parse(String tag) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(tag)).findFirst();
    }

    public static Locale fromCookies(Cookie[] cookies) {
        if (cookies == null) {
            return DEFAULT;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> parse(cookie.getValue()))
                .orElse(DEFAULT);
    }

    public static Locale other(Locale current) {
        return "en".equals(current.getLanguage()) ? LocalizedText.INDONESIAN : LocalizedText.ENGLISH;
    }
}
