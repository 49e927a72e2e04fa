package id.go.bnn.pasarbersinar.identity.internal;

import id.go.bnn.pasarbersinar.mail.Mailer.Mail;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the account mails from the translation bundles, Indonesian first and English below it: we do not know which
 * language a person reads before they have an account, and a mail cannot switch.
 */
@Component
public class MailTexts {

    private final String baseUrl;

    MailTexts(@Value("${pasar.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String link(String path, String token) {
        return baseUrl + "/" + path + "?token=" + token;
    }

    public String link(String path) {
        return baseUrl + "/" + path;
    }

    public Mail mail(String to, String subjectKey, String bodyKey, Object... arguments) {
        String subject = text(Locale.of("id"), subjectKey) + " / " + text(Locale.ENGLISH, subjectKey);
        String body = MessageFormat.format(text(Locale.of("id"), bodyKey), arguments) + "\n\n-----\n\n"
                + MessageFormat.format(text(Locale.ENGLISH, bodyKey), arguments) + "\n\n-- \nPasar Bersinar\n";
        return new Mail(to, subject, body);
    }

    private static String text(Locale locale, String key) {
        return ResourceBundle.getBundle("vaadin-i18n/translations", locale).getString(key);
    }
}
