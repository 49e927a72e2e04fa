package id.go.bnn.pasarbersinar.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, shared by every application context of the run, and
 * the shop's mail sender pointed at it. Tests read the links out of the mails that arrived.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestMailServer {

    private static final GreenMail SERVER = start();

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return server;
    }

    @Bean
    JavaMailSender testSmtp() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SERVER.getSmtp().getPort());
        return sender;
    }

    /** Every mail received for this address so far, oldest first. */
    public static List<jakarta.mail.internet.MimeMessage> mailsTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The token of the newest link to {@code path} mailed to this address. */
    public static String tokenFromLatestMail(String address, String path) {
        List<jakarta.mail.internet.MimeMessage> mails = mailsTo(address);
        if (mails.isEmpty()) {
            throw new AssertionError("No mail to " + address);
        }
        String body = GreenMailUtil.getBody(mails.getLast());
        Matcher link = Pattern.compile("/" + Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]{43})").matcher(body.replace("=\r\n", ""));
        if (!link.find()) {
            throw new AssertionError("No link to " + path + " in " + body);
        }
        return link.group(1);
    }

    public static String subjectOfLatestMail(String address) throws MessagingException {
        return mailsTo(address).getLast().getSubject();
    }
}
