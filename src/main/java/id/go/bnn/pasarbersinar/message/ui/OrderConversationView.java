package id.go.bnn.pasarbersinar.message.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.message.Messages;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * An order's conversation with one of its groups, opened from the order page: by the buyer (a guest with the order's
 * signed link {@code ?t=}) or a member of the group. Without the right to it, the page does not exist (404).
 */
@Route("pesan/pesanan/:number/:group([0-9]{1,18})")
@AnonymousAllowed
@StyleSheet("styles/message.css")
class OrderConversationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Messages messages;

    OrderConversationView(Messages messages) {
        this.messages = messages;
        addClassName("pb-messages");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String number = event.getRouteParameters().get("number").orElse("");
        long group = Long.parseLong(event.getRouteParameters().get("group").orElseThrow(NotFoundException::new));
        String token = event.getLocation().getQueryParameters().getParameters().getOrDefault("t", List.of()).stream().findFirst().orElse(null);
        removeAll();
        try {
            long id = messages.openForOrder(number, group, token);
            add(new ConversationPanel(messages, id, token));
        } catch (AccessDeniedException notYours) {
            throw new NotFoundException();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("message.conversation.title") + " | " + getTranslation("shell.brand");
    }
}
