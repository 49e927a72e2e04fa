package id.go.bnn.pasarbersinar.mail;

/** A mail kept in the development mailbox: its file name and its text with headers. */
public record KeptMail(String file, String text) {
}
