package id.go.bnn.pasarbersinar.message;

import java.io.Serial;

/** A message the shop refuses (too long, empty, too fast, nothing to ask about), with the translation key saying why. */
public class MessageException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Object[] arguments;

    public MessageException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
