package id.go.bnn.pasarbersinar.accessmatrix;

import id.go.bnn.pasarbersinar.reporting.ReportFilter;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.time.Clock;
import java.util.List;

/** The access matrix of the impact reports (/staf/laporan): staff only, and a curator only for its provinces. */
class ReportingAccessMatrixTest extends AccessMatrix {

    @Override
    void addRows(List<Row> rows) {
        var lastYear = ReportFilter.lastTwelveMonths(Clock.systemUTC());
        rows.add(new Row(name(curatorOfBanten), "Reports.dashboard of NTT", curatorOfBanten, () -> reports.dashboard(lastYear.withProvince(NTT), null)));
        for (Caller caller : List.of(memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Reports.dashboard", caller, () -> reports.dashboard(lastYear, null)));
            rows.add(new Row(name(caller), "Reports.provinces", caller, () -> reports.provinces()));
        }
    }
}
