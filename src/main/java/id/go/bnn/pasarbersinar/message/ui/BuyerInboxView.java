package id.go.bnn.pasarbersinar.message.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.message.Messages;
import jakarta.annotation.security.PermitAll;

/** The signed-in buyer's conversations with groups, newest first, with how many messages are unread. */
@Route("pesan")
@PermitAll
@StyleSheet("styles/message.css")
class BuyerInboxView extends Div implements HasDynamicTitle {

    BuyerInboxView(Messages messages) {
        addClassName("pb-messages");
        add(new H1(getTranslation("message.inbox.title")), MessagePages.inbox(this, messages.buyerInbox(), true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("message.inbox.title") + " | " + getTranslation("shell.brand");
    }
}
