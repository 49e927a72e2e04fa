package id.go.bnn.pasarbersinar.producer;

/** A group or profile change refused for its content; the message is a translation key for the page. */
public class GroupProfileException extends IllegalArgumentException {

    private final String key;

    public GroupProfileException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
