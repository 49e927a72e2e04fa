package id.go.bnn.pasarbersinar.mail;

import id.go.bnn.pasarbersinar.mail.internal.DevMailbox;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text mail. With an SMTP server configured ({@code spring.mail.host}) mail goes there; without one (the
 * embedded default) it is written to the log and kept in the development mailbox instead.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender smtp;
    private final DevMailbox devMailbox;
    private final MailProperties properties;
    private final Clock clock;

    Mailer(ObjectProvider<JavaMailSender> smtp, DevMailbox devMailbox, MailProperties properties, Clock clock) {
        this.smtp = smtp.getIfAvailable();
        this.devMailbox = devMailbox;
        this.properties = properties;
        this.clock = clock;
    }

    public record Mail(String to, String subject, String body) {
    }

    public void send(Mail mail) {
        if (smtp == null) {
            // The body may hold a sign-in or reset link: it stays in the development mailbox, never in the log.
            log.info("Mail \"{}\" kept in the development mailbox (no SMTP server configured)", mail.subject());
            devMailbox.keep(properties.from(), mail.to(), mail.subject(), mail.body(), clock.instant());
            return;
        }
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            smtp.send(message);
            log.info("Mail \"{}\" sent", mail.subject());
        } catch (MessagingException | MailException e) {
            // A lost mail must not undo what the user did (the account exists); they can ask for the mail again.
            log.error("Could not send mail \"{}\"", mail.subject(), e);
        }
    }

    /** Whether mail stays in the development mailbox (no SMTP server), so administrators can read it in the shop. */
    public boolean usesDevMailbox() {
        return smtp == null;
    }

    /** The newest mails of the development mailbox; administrators only. */
    public java.util.List<KeptMail> devMailbox(int limit) {
        id.go.bnn.pasarbersinar.shared.Caller.current().requireAdmin("the development mailbox");
        return devMailbox.newest(limit);
    }
}
