package id.go.bnn.pasarbersinar.identity.internal;

import id.go.bnn.pasarbersinar.mail.BilingualMail;
import id.go.bnn.pasarbersinar.mail.Mailer.Mail;
import id.go.bnn.pasarbersinar.shared.ShopAddress;
import org.springframework.stereotype.Component;

/**
 * The account mails ({@link BilingualMail}: we do not know which language a person reads before they have an account)
 * and the links in them.
 */
@Component
public class MailTexts {

    private final ShopAddress address;

    MailTexts(ShopAddress address) {
        this.address = address;
    }

    public String link(String path, String token) {
        return address.resolve(path + "?token=" + token);
    }

    public String link(String path) {
        return address.resolve(path);
    }

    public Mail mail(String to, String subjectKey, String bodyKey, Object... arguments) {
        return BilingualMail.compose(to, subjectKey, bodyKey, arguments);
    }
}
