package id.go.bnn.pasarbersinar.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

/** Without an SMTP server, mails go to the development mailbox only: a reset link never reaches the log. */
@ExtendWith(OutputCaptureExtension.class)
class MailerLogTest {

    @Test
    void a_mail_body_with_a_reset_link_stays_out_of_the_log(CapturedOutput output) throws Exception {
        var mailbox = org.mockito.Mockito.mock(id.go.bnn.pasarbersinar.mail.internal.DevMailbox.class);
        Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), mailbox,
                new MailProperties("shop@test.id"), Clock.systemUTC());

        mailer.send(new Mailer.Mail("orang@test.id", "Atur ulang kata sandi", "Buka https://shop/atur-sandi/RAHASIA-TOKEN-123"));

        assertThat(output.getAll()).contains("Atur ulang kata sandi").doesNotContain("RAHASIA-TOKEN-123");
        org.mockito.Mockito.verify(mailbox).keep(org.mockito.ArgumentMatchers.eq("shop@test.id"), org.mockito.ArgumentMatchers.eq("orang@test.id"),
                org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.contains("RAHASIA-TOKEN-123"), org.mockito.ArgumentMatchers.any());
    }
}
