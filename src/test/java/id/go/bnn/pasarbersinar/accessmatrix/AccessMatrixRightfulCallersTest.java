package id.go.bnn.pasarbersinar.accessmatrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.go.bnn.pasarbersinar.catalog.ListingStatus;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.Verification;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import org.junit.jupiter.api.Test;

/** The other side of the {@link AccessMatrix}: the rightful callers of the calls it refuses pass. */
class AccessMatrixRightfulCallersTest extends AccessMatrixSetUp {

    @Test
    void the_rightful_callers_pass() {
        // A group of its own: verifying nttOtherGroup would leave the refused verify of it nothing to change in later tests.
        GroupId unverified = Caller.runAsSystem(() -> groups.register(group("Matriks Ikat Kupang", NTT), false));
        Callers.as(curatorOfNtt, () -> groups.verify(unverified));
        assertThat(Caller.runAsSystem(() -> groups.find(unverified).orElseThrow().verification())).isEqualTo(Verification.VERIFIED);
        ProductId mine = Callers.as(memberOfNtt, () -> listings.create(nttGroup, listing("Produk Anggota"), false));
        Callers.as(memberOfNtt, () -> listings.submit(mine));
        Callers.as(curatorOfNtt, () -> reviews.approve(mine));
        assertThat(Callers.as(memberOfNtt, () -> listings.find(mine)).status()).isEqualTo(ListingStatus.APPROVED);
        assertThat(Callers.as(curatorOfNtt, () -> reviews.reviewQueue())).extracting(row -> row.id()).contains(nttSubmitted);
        assertThat(Callers.as(adminNotSystem, () -> accounts.memberEmails(nttGroup))).isNotNull();
        Callers.as(memberOfNttActingForItsOtherGroup, () -> listings.create(nttOtherGroup, listing("Produk Kelompok Lain"), false));
        assertThat(Callers.as(Callers.buyer(buyerB.value()), () -> accounts.addresses(buyerB))).hasSize(1);
        assertThat(Callers.as(memberOfNtt, () -> orders.forMyGroup())).extracting(r -> r.orderNumber()).contains(orderNumber);
        assertThat(Callers.as(curatorOfNtt, () -> orders.find(orderNumber, null))).isPresent();
        assertThat(Callers.as(memberOfNtt, () -> orders.packingSlip(nttParcel))).startsWith("%PDF".getBytes());
        assertThat(Callers.as(adminNotSystem, () -> accounts.profile(buyerB)).email()).isEqualTo("matriks.b@test.pasarbersinar.id");
        assertThatCode(() -> Callers.as(curatorOfNtt, () -> invitations.inviteMember(nttGroup, "anggota.matriks@test.pasarbersinar.id")))
                .doesNotThrowAnyException();
        assertThat(Callers.as(memberOfNttActingForItsOtherGroup, () -> accounts.actFor(nttGroup)).actsFor(nttGroup.value())).isTrue();
        assertThat(Callers.as(memberOfNtt, () -> groups.profile(nttGroup)).id()).isEqualTo(nttGroup);
        assertThat(Callers.as(memberOfNtt, () -> groupMembers.members(nttGroup))).isNotEmpty();
        assertThat(Callers.as(Callers.producer(ownerOfNtt.value(), nttGroup.value()), () -> groupMembers.members(nttGroup))).isNotEmpty();
        assertThatCode(() -> Callers.as(curatorOfNtt, () -> auditLog.newest(10, null, null))).doesNotThrowAnyException();
        assertThatCode(() -> Callers.as(curatorOfBanten, () -> collections.listForStaff())).doesNotThrowAnyException();
        assertThat(Callers.as(memberOfNtt, () -> earnings.balance(nttGroup)).available().rupiah()).isZero();
        assertThat(Callers.as(adminNotSystem, () -> irisPayouts.accountCheck(nttGroup))).isEmpty();
        assertThatCode(() -> Callers.as(adminNotSystem, () -> irisPayouts.step(1))).doesNotThrowAnyException();
        assertThat(Caller.runAsSystem(() -> irisSettlement.notified("{\"reference_no\":\"matrix-none\"}", "matrix-none", null))).isTrue();
        assertThat(Callers.as(memberOfNtt, () -> earnings.statement(nttGroup, java.time.YearMonth.now())).rows()).extracting(row -> row.reference()).contains(orderNumber);
        assertThat(Callers.as(curatorOfNtt, () -> reports.dashboard(id.go.bnn.pasarbersinar.reporting.ReportFilter.lastTwelveMonths(
                java.time.Clock.systemUTC()).withProvince(NTT), null)).scope()).isEqualTo("Nusa Tenggara Timur");
    }
}
