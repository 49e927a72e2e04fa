package id.go.bnn.pasarbersinar.mail;

import id.go.bnn.pasarbersinar.mail.Mailer.Mail;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Writes a mail from the translation bundles, Indonesian first and English below it: the shop mails people whose
 * language it does not know (or who share an address with someone who reads the other one), and a mail cannot switch.
 * Every module's mails are written here, so that they look alike and a reader finds their language at the same place.
 */
public final class BilingualMail {

    /** Between the Indonesian part and the English one. */
    public static final String SEPARATOR = "\n\n-----\n\n";
    /** After the English part. */
    public static final String SIGNATURE = "\n\n-- \nPasar Bersinar\n";

    private static final Locale INDONESIAN = Locale.of("id");

    private BilingualMail() {
    }

    /** The same arguments in both languages ({@link MessageFormat} patterns: {0}, {1}, …). */
    public static Mail compose(String to, String subjectKey, String bodyKey, Object... arguments) {
        return compose(to, subjectKey, bodyKey, locale -> arguments);
    }

    /** Arguments written for each language (what was bought, say, named in Indonesian above and in English below). */
    public static Mail compose(String to, String subjectKey, String bodyKey, Function<Locale, Object[]> arguments) {
        Object[] id = arguments.apply(INDONESIAN);
        Object[] en = arguments.apply(Locale.ENGLISH);
        String subject = format(INDONESIAN, subjectKey, id) + " / " + format(Locale.ENGLISH, subjectKey, en);
        String body = format(INDONESIAN, bodyKey, id) + SEPARATOR + format(Locale.ENGLISH, bodyKey, en) + SIGNATURE;
        return new Mail(to, subject, body);
    }

    /** One translation, formatted with its arguments. */
    public static String format(Locale locale, String key, Object... arguments) {
        return MessageFormat.format(text(locale, key), arguments);
    }

    /** One translation as it stands in the bundle. */
    public static String text(Locale locale, String key) {
        return ResourceBundle.getBundle("vaadin-i18n/translations", locale).getString(key);
    }
}
