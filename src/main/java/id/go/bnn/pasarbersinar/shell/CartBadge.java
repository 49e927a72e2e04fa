package id.go.bnn.pasarbersinar.shell;

/** How many items the visitor's cart holds, for the header: provided by the order module, read by the shell. */
public interface CartBadge {

    int itemCount();
}
