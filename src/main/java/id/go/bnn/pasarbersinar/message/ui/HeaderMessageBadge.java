package id.go.bnn.pasarbersinar.message.ui;

import id.go.bnn.pasarbersinar.message.Messages;
import id.go.bnn.pasarbersinar.shell.MessageBadge;
import org.springframework.stereotype.Component;

/** The header's unread count: the signed-in buyer's conversations and those of the group the member acts for. */
@Component
class HeaderMessageBadge implements MessageBadge {

    private final Messages messages;

    HeaderMessageBadge(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int unreadCount() {
        return messages.unreadCount();
    }
}
