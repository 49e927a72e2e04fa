package id.go.bnn.pasarbersinar.review;

/** A review, answer, report or decision refused for a reason the person can fix or should know; the message is a translation key. */
public class ReviewException extends RuntimeException {

    public ReviewException(String key) {
        super(key);
    }

    public String key() {
        return getMessage();
    }
}
