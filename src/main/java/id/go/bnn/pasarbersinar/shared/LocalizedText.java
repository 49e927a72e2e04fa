package id.go.bnn.pasarbersinar.shared;

import java.util.Locale;

/** A text written in Indonesian and English; Indonesian is the shop's first language. */
public record LocalizedText(String id, String en) {

    public static final Locale INDONESIAN = Locale.of("id");
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** The text for the visitor's language; falls back to Indonesian when no English text was written. */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : id;
    }
}
