package id.go.bnn.pasarbersinar.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pasar.mail.from}: the sender of every mail. The development mailbox folder is {@code pasar.mail.dev-mailbox}
 * (read by the mailbox itself).
 */
@ConfigurationProperties("pasar.mail")
record MailProperties(String from) {

    MailProperties {
        from = from == null || from.isBlank() ? "Pasar Bersinar <no-reply@pasarbersinar.local>" : from;
    }
}
