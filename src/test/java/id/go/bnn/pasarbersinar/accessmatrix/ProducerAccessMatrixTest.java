package id.go.bnn.pasarbersinar.accessmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.MemberDisplay;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The access matrix of the producer groups: registering, verifying, suspending, their profile, their impact consent. */
class ProducerAccessMatrixTest extends AccessMatrix {

    @Override
    void addRows(List<Row> rows) {
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.register in NTT", caller,
                    () -> groups.register(group(ProtectedState.FORGED_GROUP, NTT), false)));
            rows.add(new Row(name(caller), "ProducerGroups.verify of an NTT group", caller, () -> groups.verify(nttOtherGroup)));
        }
        // Issue #8, groups and staff: suspension, profile.
        for (Caller caller : List.of(curatorOfBanten, memberOfNttActingForItsOtherGroup, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.suspend of an NTT group", caller, () -> groups.suspend(nttGroup, "liar")));
            rows.add(new Row(name(caller), "ProducerGroups.profile of an NTT group", caller, () -> groups.profile(nttGroup)));
            rows.add(new Row(name(caller), "ProducerGroups.updateProfile of an NTT group", caller, () -> groups.updateProfile(nttGroup,
                    new LocalizedText("Diganti.", null), "+6281234567890", List.of(), MemberDisplay.FIRST_NAMES)));
        }
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, memberOfNttActingForItsOtherGroup, ownerOfBantenGroup, buyerACaller,
                anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.liftSuspension of an NTT group", caller, () -> groups.liftSuspension(nttOtherGroup)));
        }
        for (Caller caller : List.of(memberOfNtt, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.listForStaff", caller, () -> groups.listForStaff()));
        }
        // Public impact (issue #11): only the group itself decides whether its earnings are public, not even staff of its province.
        for (Caller caller : List.of(curatorOfNtt, adminNotSystem, memberOfNttActingForItsOtherGroup, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.setImpactConsent of an NTT group", caller, () -> groups.setImpactConsent(nttGroup, true)));
        }
        for (Caller caller : List.of(curatorOfBanten, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.impactConsent of an NTT group", caller, () -> groups.impactConsent(nttGroup)));
        }
    }

    @Test
    void groups_that_are_not_public_are_shown_only_to_their_members_their_curators_and_administrators() {
        for (Caller outsider : List.of(memberOfNtt, curatorOfNtt, buyerACaller, anonymous)) {
            assertThat(Callers.as(outsider, () -> groups.find(bantenGroup))).as(name(outsider)).isEmpty();
            assertThat(Callers.as(outsider, () -> groups.findAll(List.of(bantenGroup, nttGroup)))).as(name(outsider))
                    .containsOnlyKeys(nttGroup);
        }
        for (Caller insider : List.of(ownerOfBantenGroup, curatorOfBanten, adminNotSystem)) {
            assertThat(Callers.as(insider, () -> groups.find(bantenGroup))).as(name(insider)).isPresent();
            assertThat(Callers.as(insider, () -> groups.findAll(List.of(bantenGroup, nttGroup)))).containsOnlyKeys(bantenGroup, nttGroup);
        }
    }

    @Test
    void a_curator_lists_only_the_groups_of_its_provinces() {
        assertThat(Callers.as(curatorOfBanten, () -> groups.listForStaff())).extracting(GroupSummary::provinceCode).containsOnly(BANTEN)
                .isNotEmpty();
        assertThat(Callers.as(curatorOfNtt, () -> groups.listForStaff())).extracting(GroupSummary::id).contains(nttGroup, nttOtherGroup)
                .doesNotContain(bantenGroup);
        assertThat(Callers.as(adminNotSystem, () -> groups.listForStaff())).extracting(GroupSummary::id)
                .contains(nttGroup, nttOtherGroup, bantenGroup);
    }
}
