package id.go.bnn.pasarbersinar.accessmatrix;

import id.go.bnn.pasarbersinar.message.MessageFixture;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.ReturnFixture;
import id.go.bnn.pasarbersinar.order.ReturnReason;
import id.go.bnn.pasarbersinar.order.Returns;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access matrix of returns and disputes (issue 20): only the buyer asks, ships back and escalates; only the
 * shipping group answers and confirms receipt; only a curator of the parcel's province decides; the buyer's photos are
 * seen by the buyer, the group and the province's staff only.
 */
class ReturnAccessMatrixTest extends AccessMatrix {

    @Autowired
    Returns returns;
    @Autowired
    ReturnFixture returnFixture;

    private static ReturnFixture.Delivered delivered;
    private static long requested;
    private static long escalated;
    private static String photo;

    /** A delivered parcel of the matrix's NTT group with a return waiting for the group, and one with the curator. */
    private synchronized void returnsOfTheMatrix() {
        if (delivered != null && returnFixture.returnsOf(delivered.parcel()) > 0) {
            return;
        }
        OrderFixture.Group ntt = new OrderFixture.Group(nttGroup.value(), NTT);
        delivered = returnFixture.delivered(ntt);
        photo = returns.storePhoto(delivered.number(), delivered.token(), MessageFixture.photo("retur matriks " + System.nanoTime()));
        requested = returns.request(delivered.parcel(), delivered.token(), ReturnReason.DAMAGED, "Matriks", Map.of(delivered.line(), 1),
                List.of(photo));
        ReturnFixture.Delivered other = returnFixture.delivered(ntt);
        escalated = returns.request(other.parcel(), other.token(), ReturnReason.DAMAGED, "Matriks", Map.of(other.line(), 1), List.of());
        Callers.as(memberOfNtt, () -> returns.decline(escalated, "Matriks"));
        returns.escalate(escalated, other.token());
    }

    @Override
    void addRows(List<Row> rows) {
        returnsOfTheMatrix();
        long parcel = delivered.parcel();
        Map<Long, Integer> one = Map.of(delivered.line(), 1);
        for (Caller caller : List.of(buyerACaller, memberOfNtt, curatorOfNtt, anonymous)) {
            rows.add(new Row(name(caller), "Returns.request of another's parcel", caller,
                    () -> returns.request(parcel, "forged", ReturnReason.CHANGED_MIND, "x", one, List.of())));
            rows.add(new Row(name(caller), "Returns.storePhoto for another's order", caller,
                    () -> returns.storePhoto(delivered.number(), "forged", ReturnFixture.png())));
            rows.add(new Row(name(caller), "Returns.shipBack of another's return", caller, () -> returns.shipBack(requested, "forged", "JNE-1234")));
            rows.add(new Row(name(caller), "Returns.escalate of another's return", caller, () -> returns.escalate(escalated, "forged")));
        }
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Returns.accept of an NTT return", caller, () -> returns.accept(requested)));
            rows.add(new Row(name(caller), "Returns.decline of an NTT return", caller, () -> returns.decline(requested, "Tidak")));
            rows.add(new Row(name(caller), "Returns.confirmReceipt of an NTT return", caller, () -> returns.confirmReceipt(requested, true)));
        }
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfBanten, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Returns.photo of an NTT return", caller, () -> returns.photo(requested, photo, 240, null)));
            rows.add(new Row(name(caller), "Returns.photo of an NTT return with a forged link", caller,
                    () -> returns.photo(requested, photo, 240, "forged")));
        }
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Returns.decide of an NTT dispute", caller,
                    () -> returns.decide(escalated, Money.rupiah(1_000), true, "Putus")));
        }
        for (Caller caller : List.of(buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Returns.forMyGroup", caller, () -> returns.forMyGroup()));
        }
        for (Caller caller : List.of(buyerACaller, memberOfNtt, anonymous)) {
            rows.add(new Row(name(caller), "Returns.disputes", caller, () -> returns.disputes()));
        }
    }
}
