package id.go.bnn.pasarbersinar.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The group's staff page leads administrators to the group's finances; curators, who do not see money, get no link. */
@SpringBootTest
class GroupFinancesLinkTest extends StaffViewSupport {

    @Autowired
    ProducerGroups groups;

    @Test
    void an_administrator_reaches_the_groups_finances_from_its_staff_page_and_a_curator_does_not() {
        GroupId id = Caller.runAsSystem(() -> groups.register(GroupsViewTest.group("Tenun Keuangan " + System.nanoTime(), "62"), false));

        Callers.signIn(Callers.admin(-6301));
        navigate(GroupsView.class);
        select(id);
        assertThat($(Anchor.class).withClassName("pb-group-finances-link").single().getHref())
                .isEqualTo("staf/kelompok/" + id.value() + "/keuangan");
        assertThat($(Anchor.class).withClassName("pb-group-finances-link").single().getText()).isEqualTo("Keuangan");

        Callers.signIn(Callers.curator(-6302, "62"));
        // A new visit builds a new page (the same route again would keep the administrator's).
        navigate("staf/audit", com.vaadin.flow.component.Component.class);
        navigate(GroupsView.class);
        select(id);
        assertThat($(Anchor.class).withClassName("pb-group-finances-link").all()).isEmpty();
    }

    private void select(GroupId id) {
        @SuppressWarnings("unchecked")
        Grid<GroupSummary> grid = $(Grid.class).first();
        grid.asSingleSelect().setValue(grid.getGenericDataView().getItems().filter(g -> g.id().equals(id)).findFirst().orElseThrow());
    }
}
