package id.go.bnn.pasarbersinar.accessmatrix;

import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.List;

/** The access matrix of the payments: refunds owed to buyers (virtual accounts) are for administrators only. */
class PaymentAccessMatrixTest extends AccessMatrix {

    @Override
    void addRows(List<Row> rows) {
        for (Caller caller : List.of(memberOfNtt, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "OwedRefunds.open", caller, () -> owedRefunds.open()));
            rows.add(new Row(name(caller), "OwedRefunds.enterBankDetails", caller,
                    () -> owedRefunds.enterBankDetails("rf-any", "BCA", "1234567890", "Liar")));
            rows.add(new Row(name(caller), "OwedRefunds.recordTransfer", caller, () -> owedRefunds.recordTransfer("rf-any", "TRF-1")));
            rows.add(new Row(name(caller), "OwedRefunds.confirm", caller, () -> owedRefunds.confirm("rf-any")));
        }
    }
}
