package id.go.bnn.pasarbersinar.payout.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.payout.Earnings;
import id.go.bnn.pasarbersinar.payout.Payouts;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import jakarta.annotation.security.RolesAllowed;

/** The acting group's money: balance, the monthly statement (screen, CSV, PDF) and its payouts with their proofs. */
@Route("mitra/keuangan")
@RolesAllowed("PRODUCER")
@Menu(title = "payout.menu.finances", order = 60)
@StyleSheet("styles/payout.css")
class FinancesView extends Div implements HasDynamicTitle {

    FinancesView(Earnings earnings, Payouts payouts) {
        addClassNames("pb-staff-page", "pb-payout-page");
        add(new H1(getTranslation("payout.finances.heading")));
        Caller caller = Caller.current();
        if (caller.actingGroup() == null) {
            add(new Paragraph(getTranslation("payout.finances.no-group")));
            return;
        }
        add(new GroupFinancesPanel(earnings, payouts, new GroupId(caller.actingGroup()), GroupFinancesPanel.Wording.GROUP));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payout.finances.heading") + " | " + getTranslation("shell.brand");
    }
}
