package id.go.bnn.pasarbersinar.message.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.message.Messages;
import jakarta.annotation.security.RolesAllowed;

/** The conversations of the group the member acts for: buyers' questions and the orders' conversations, newest first. */
@Route("mitra/pesan")
@RolesAllowed("PRODUCER")
@Menu(title = "message.menu.group", order = 56)
@StyleSheet("styles/message.css")
class GroupInboxView extends Div implements HasDynamicTitle {

    GroupInboxView(Messages messages) {
        addClassName("pb-messages");
        add(new H1(getTranslation("message.group.title")), MessagePages.inbox(this, messages.groupInbox(), false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("message.group.title") + " | " + getTranslation("shell.brand");
    }
}
