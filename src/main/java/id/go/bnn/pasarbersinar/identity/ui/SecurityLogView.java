package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.identity.SecurityEvent;
import id.go.bnn.pasarbersinar.identity.SecurityLog;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The security audit log for administrators: the newest 500 entries, by type or e-mail address. */
@Route("staf/log-keamanan")
@RolesAllowed("ADMIN")
@Menu(title = "identity.menu.security-log", order = 91)
class SecurityLogView extends Div implements HasDynamicTitle {

    SecurityLogView(SecurityLog log) {
        addClassName("pb-staff-page");
        Grid<SecurityEvent> grid = new Grid<>();
        grid.addColumn(event -> SecurityLogText.time(event.occurredAt(), getLocale())).setHeader(getTranslation("identity.log.time")).setAutoWidth(true);
        grid.addColumn(event -> SecurityLogText.type(this, event.type())).setHeader(getTranslation("identity.log.type")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::subject).setHeader(getTranslation("identity.log.subject")).setAutoWidth(true);
        grid.addColumn(SecurityLogText::actor).setHeader(getTranslation("identity.log.actor")).setAutoWidth(true);
        grid.addColumn(event -> SecurityLogText.address(event.address())).setHeader(getTranslation("identity.log.address")).setAutoWidth(true);
        grid.addColumn(event -> SecurityLogText.detail(this, event.detail())).setHeader(getTranslation("identity.log.detail"));
        ComboBox<SecurityEvent.Type> type = new ComboBox<>(getTranslation("identity.log.type"), List.of(SecurityEvent.Type.values()));
        type.setItemLabelGenerator(value -> SecurityLogText.type(this, value));
        type.setClearButtonVisible(true);
        TextField subject = new TextField(getTranslation("identity.log.subject"));
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.setClearButtonVisible(true);
        Runnable refresh = () -> grid.setItems(log.newest(500, type.getValue(), subject.getValue()));
        type.addValueChangeListener(event -> refresh.run());
        subject.addValueChangeListener(event -> refresh.run());
        refresh.run();
        Div filters = new Div(type, subject);
        filters.addClassName("pb-filters");
        add(new H1(getTranslation("identity.log.heading")), filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.log.heading") + " | " + getTranslation("shell.brand");
    }
}
