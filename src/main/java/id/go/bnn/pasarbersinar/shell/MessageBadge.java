package id.go.bnn.pasarbersinar.shell;

/** How many messages wait unread for the signed-in person, for the header: provided by the message module. */
public interface MessageBadge {

    int unreadCount();
}
