package id.go.bnn.pasarbersinar.message.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.message.Messages;
import jakarta.annotation.security.RolesAllowed;

/** The conversations a side reported or a dispute opened, in the curator's provinces, newest first: read only. */
@Route("staf/pesan")
@RolesAllowed("CURATOR")
@Menu(title = "message.menu.staff", order = 86)
@StyleSheet("styles/message.css")
class StaffMessagesView extends Div implements HasDynamicTitle {

    StaffMessagesView(Messages messages) {
        addClassName("pb-messages");
        add(new H1(getTranslation("message.staff.title")), MessagePages.inbox(this, messages.reportedInbox(), true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("message.staff.title") + " | " + getTranslation("shell.brand");
    }
}
