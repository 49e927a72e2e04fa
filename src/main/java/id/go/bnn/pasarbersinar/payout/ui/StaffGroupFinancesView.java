package id.go.bnn.pasarbersinar.payout.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.payout.Earnings;
import id.go.bnn.pasarbersinar.payout.Payouts;
import id.go.bnn.pasarbersinar.producer.GroupId;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * A group's finances as an administrator reads them, reached from the group's staff page: the same balance, statement
 * and payouts the group sees, read-only (downloads only). Payouts are made on the payout run page.
 */
@Route("staf/kelompok/:group([0-9]{1,18})/keuangan")
@RolesAllowed("ADMIN")
@StyleSheet("styles/payout.css")
class StaffGroupFinancesView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final Earnings earnings;
    private final Payouts payouts;
    private String title;

    StaffGroupFinancesView(Earnings earnings, Payouts payouts) {
        this.earnings = earnings;
        this.payouts = payouts;
        addClassNames("pb-staff-page", "pb-payout-page", "pb-staff-finances");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Anchor back = new Anchor("staf/kelompok", getTranslation("payout.staff-finances.back"));
        back.addClassName("pb-staff-finances-back");
        GroupId group = new GroupId(event.getRouteParameters().getLong("group").orElse(0L));
        Optional<String> name = earnings.groupNameForStaff(group);
        title = name.map(n -> getTranslation("payout.staff-finances.heading", n)).orElse(getTranslation("payout.finances.heading"));
        add(back, new H1(title));
        if (name.isEmpty()) {
            Paragraph unknown = new Paragraph(getTranslation("payout.staff-finances.unknown"));
            unknown.addClassName("pb-staff-finances-unknown");
            add(unknown);
            return;
        }
        add(new GroupFinancesPanel(earnings, payouts, group, GroupFinancesPanel.Wording.STAFF));
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("payout.finances.heading") : title) + " | " + getTranslation("shell.brand");
    }
}
