package id.go.bnn.pasarbersinar.exhibition.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The booth API's messages in the visitor's language, from the shop's own translation bundles. The language is the
 * one the shop's language switch keeps in its cookie ({@code pb-lang}, read here by name rather than through the shell
 * module, which this module does not depend on); Indonesian when there is none.
 */
@Component
class KasirApiTexts {

    static final String LANGUAGE_COOKIE = "pb-lang";
    private static final Locale INDONESIAN = Locale.of("id");

    Locale locale(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LANGUAGE_COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return INDONESIAN;
    }

    String text(String key, Locale locale) {
        if (key == null) {
            return null;
        }
        String bundle = "en".equals(locale.getLanguage()) ? "vaadin-i18n/translations_en" : "vaadin-i18n/translations_id";
        try {
            return ResourceBundle.getBundle(bundle, Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
