package id.go.bnn.pasarbersinar.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The payout service decides again who reads a group's money, whatever page asks: the staff finances page is for
 * administrators only (not the province's curator, a buyer or even the group's member, who has its own page), and a
 * group's ledger is for administrators and its own acting members.
 */
@SpringBootTest
class StaffFinancesAccessTest {

    @Autowired
    Earnings earnings;
    @Autowired
    ProducerGroups groups;

    private GroupId group(String name) {
        return Caller.runAsSystem(() -> groups.register(new NewGroup(name + " " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
    }

    @Test
    void only_an_administrator_opens_the_staff_finances_of_a_group() {
        GroupId group = group("Keuangan Staf");
        GroupId other = group("Keuangan Lain");

        assertThat(Callers.as(Callers.admin(-7911), () -> earnings.groupNameForStaff(group))).hasValueSatisfying(name -> assertThat(name).startsWith("Keuangan Staf "));
        assertThat(Callers.as(Callers.admin(-7911), () -> earnings.groupNameForStaff(new GroupId(987_654_321_013L)))).isEmpty();
        for (Caller caller : List.of(Callers.curator(-7912, "53"), Callers.buyer(-7913), Callers.producer(-7914, group.value()),
                Callers.producer(-7915, other.value()), Caller.ANONYMOUS)) {
            assertThatThrownBy(() -> Callers.as(caller, () -> earnings.groupNameForStaff(group))).as("caller " + caller.roles())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_curator_a_buyer_or_another_groups_member_reads_none_of_a_groups_ledger() {
        GroupId group = group("Buku Besar Tertutup");
        GroupId other = group("Buku Besar Lain");
        for (Caller caller : List.of(Callers.curator(-7916, "53"), Callers.buyer(-7917), Callers.producer(-7918, other.value()))) {
            assertThatThrownBy(() -> Callers.as(caller, () -> earnings.balance(group))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.as(caller, () -> earnings.statement(group, YearMonth.now(Earnings.STATEMENT_ZONE))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.as(caller, () -> earnings.payouts(group))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(Callers.as(Callers.admin(-7919), () -> earnings.balance(group)).available().rupiah()).isZero();
    }
}
