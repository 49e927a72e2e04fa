package id.go.bnn.pasarbersinar.accessmatrix;

import id.go.bnn.pasarbersinar.payout.CommissionRate;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.time.YearMonth;
import java.util.List;

/** The access matrix of the payouts: a group's earnings and payout destination, the payout runs, the commission. */
class PayoutAccessMatrixTest extends AccessMatrix {

    @Override
    void addRows(List<Row> rows) {
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Earnings.balance of an NTT group", caller, () -> earnings.balance(nttGroup)));
            rows.add(new Row(name(caller), "Earnings.statement of an NTT group", caller,
                    () -> earnings.statement(nttGroup, YearMonth.now())));
            rows.add(new Row(name(caller), "Earnings.payouts of an NTT group", caller, () -> earnings.payouts(nttGroup)));
            rows.add(new Row(name(caller), "Earnings.groupNameForStaff of an NTT group", caller, () -> earnings.groupNameForStaff(nttGroup)));
            rows.add(new Row(name(caller), "PayoutDestinations.of an NTT group", caller, () -> payoutDestinations.of(nttGroup)));
        }
        for (Caller caller : List.of(memberOfNtt, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "PayoutRuns.run", caller, () -> payoutRuns.run()));
            rows.add(new Row(name(caller), "Payouts.recent", caller, () -> payoutReads.recent(10)));
            rows.add(new Row(name(caller), "BankTransfers.approve", caller, () -> bankTransfers.approve(1)));
            rows.add(new Row(name(caller), "PayoutDestinations.setBank of an NTT group", caller,
                    () -> payoutDestinations.setBank(nttGroup, "BRI", "1234567890", "Liar")));
            rows.add(new Row(name(caller), "Commissions.setPlatformRate", caller, () -> commissions.setPlatformRate(new CommissionRate(0))));
            rows.add(new Row(name(caller), "Commissions.settings", caller, () -> commissions.settings()));
            rows.add(new Row(name(caller), "IrisPayouts.create", caller, () -> irisPayouts.create(1)));
            rows.add(new Row(name(caller), "IrisPayouts.approve", caller, () -> irisPayouts.approve(1, null)));
            rows.add(new Row(name(caller), "IrisPayouts.reject", caller, () -> irisPayouts.reject(1, "Nope")));
            rows.add(new Row(name(caller), "IrisPayouts.payByHand", caller, () -> irisPayouts.payByHand(1)));
            rows.add(new Row(name(caller), "IrisPayouts.demoDecide", caller, () -> irisPayouts.demoDecide(1, true)));
            rows.add(new Row(name(caller), "IrisPayouts.step", caller, () -> irisPayouts.step(1)));
            rows.add(new Row(name(caller), "IrisPayouts.accountCheck of an NTT group", caller, () -> irisPayouts.accountCheck(nttGroup)));
            rows.add(new Row(name(caller), "IrisSettlement.reconcile", caller, () -> irisSettlement.reconcile(1)));
            rows.add(new Row(name(caller), "IrisSettlement.notified", caller,
                    () -> irisSettlement.notified("{\"reference_no\":\"DEMO-x\",\"status\":\"completed\"}", "DEMO-x", "completed")));
            rows.add(new Row(name(caller), "PayoutDestinations.setIris of an NTT group", caller,
                    () -> payoutDestinations.setIris(nttGroup, "bca", "1234567890", "Liar")));
        }
    }
}
