package id.go.bnn.pasarbersinar.identity.internal;

import id.go.bnn.pasarbersinar.mail.BilingualMail;
import id.go.bnn.pasarbersinar.mail.Mailer.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The account mails ({@link BilingualMail}: we do not know which language a person reads before they have an account)
 * and the links in them.
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
        return BilingualMail.compose(to, subjectKey, bodyKey, arguments);
    }
}
