package id.go.bnn.pasarbersinar.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every change of a group's verification is announced as {@link GroupStandingChanged} with where the group now stands
 * (the catalog keeps its copy of the groups it shows from these); a refused change announces nothing.
 */
@RecordApplicationEvents
class GroupStandingEventsTest extends SignedInAsAdministrator {

    @Autowired
    ApplicationEvents events;

    @Test
    void registering_verifying_suspending_and_lifting_each_announce_the_new_standing() {
        GroupId group = groups.register(ProducerGroupsTest.group("Kelompok Uji Kedudukan", "53"), false);
        groups.verify(group);
        groups.verify(group);
        groups.suspend(group, "Diperiksa");
        assertThatThrownBy(() -> groups.suspend(group, "Lagi")).isInstanceOf(GroupProfileException.class);
        groups.liftSuspension(group);

        assertThat(events.stream(GroupStandingChanged.class).filter(event -> event.group().equals(group)))
                .extracting(GroupStandingChanged::verification)
                .containsExactly(Verification.PENDING, Verification.VERIFIED, Verification.SUSPENDED, Verification.VERIFIED);
    }
}
