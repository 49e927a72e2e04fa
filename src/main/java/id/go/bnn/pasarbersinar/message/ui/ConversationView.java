package id.go.bnn.pasarbersinar.message.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.message.Messages;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/** One conversation of a signed-in buyer, a group member or the curator; someone else's does not exist (404). */
@Route("pesan/:id([0-9]{1,18})")
@PermitAll
@StyleSheet("styles/message.css")
class ConversationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Messages messages;

    ConversationView(Messages messages) {
        this.messages = messages;
        addClassName("pb-messages");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow(NotFoundException::new));
        removeAll();
        try {
            add(new ConversationPanel(messages, id, null));
        } catch (AccessDeniedException notYours) {
            throw new NotFoundException();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("message.conversation.title") + " | " + getTranslation("shell.brand");
    }
}
