/**
 * Outgoing e-mail: through SMTP when {@code spring.mail.host} is set, otherwise written to the log and to a
 * development mailbox (a folder, readable by administrators in the shop) so that every flow works on a fresh machine.
 * Public face: {@link id.go.bnn.pasarbersinar.mail.Mailer}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package id.go.bnn.pasarbersinar.mail;
