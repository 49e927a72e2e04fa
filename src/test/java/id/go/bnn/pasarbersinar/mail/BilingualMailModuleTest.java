package id.go.bnn.pasarbersinar.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The mail module on its own (a module slice: none of the other modules' beans): a mail written by the bilingual
 * composer reaches a real SMTP server (GreenMail), its Indonesian part above the English one.
 */
@ApplicationModuleTest
class BilingualMailModuleTest {

    @Autowired
    Mailer mailer;

    @Test
    void a_bilingual_mail_reaches_the_smtp_server_indonesian_first() throws Exception {
        String to = "pembeli-" + System.nanoTime() + "@test.id";

        mailer.send(BilingualMail.compose(to, "identity.mail.reset.subject", "identity.mail.reset.body", "https://toko.test/atur-sandi?token=abc"));

        MimeMessage mail = TestMailServer.mailsTo(to).getLast();
        assertThat(mail.getSubject()).isEqualTo("Buat kata sandi baru / Set a new password");
        // SMTP carries lines ended by CR LF.
        String body = mail.getContent().toString().replace("\r\n", "\n");
        int indonesian = body.indexOf("Buka tautan");
        assertThat(indonesian).isNotNegative();
        assertThat(body.indexOf(BilingualMail.SEPARATOR)).isGreaterThan(indonesian);
        assertThat(body.indexOf("Open this link")).isGreaterThan(body.indexOf(BilingualMail.SEPARATOR));
        assertThat(body).contains("https://toko.test/atur-sandi?token=abc").endsWith(BilingualMail.SIGNATURE.stripTrailing());
    }
}
