package id.go.bnn.pasarbersinar.order;

/** A refusal the person can understand: {@code getMessage()} is a translation key, arguments fill it in. */
public class OrderException extends RuntimeException {

    private final transient Object[] arguments;

    public OrderException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments.clone();
    }

    public String key() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
