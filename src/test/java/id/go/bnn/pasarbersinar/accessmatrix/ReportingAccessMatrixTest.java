package id.go.bnn.pasarbersinar.accessmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.exhibition.BoothDayCloses;
import id.go.bnn.pasarbersinar.exhibition.BoothSales;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionId;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionPlan;
import id.go.bnn.pasarbersinar.exhibition.Exhibitions;
import id.go.bnn.pasarbersinar.reporting.ExhibitionReports;
import id.go.bnn.pasarbersinar.reporting.ReportFilter;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access matrix of the impact reports (/staf/laporan): staff only, and a curator only for its provinces; the report
 * of an NTT exhibition and the booth sales and day closes it reads: staff of NTT and administrators only.
 */
class ReportingAccessMatrixTest extends AccessMatrix {

    @Autowired
    ExhibitionReports exhibitionReports;
    @Autowired
    Exhibitions exhibitions;
    @Autowired
    BoothSales boothSales;
    @Autowired
    BoothDayCloses dayCloses;

    ExhibitionId event;

    @BeforeAll
    void an_ntt_exhibition() {
        LocalDate today = LocalDate.now(ShopTime.ZONE);
        event = Callers.as(curatorOfNtt, () -> exhibitions.create(new ExhibitionPlan("Pameran Laporan Matriks", "Kupang", NTT, today,
                today.plusDays(1), 0)));
        Callers.as(curatorOfNtt, () -> exhibitions.addBooth(event, nttGroup, "L1"));
    }

    @Override
    void addRows(List<Row> rows) {
        var lastYear = ReportFilter.lastTwelveMonths(Clock.systemUTC());
        rows.add(new Row(name(curatorOfBanten), "Reports.dashboard of NTT", curatorOfBanten, () -> reports.dashboard(lastYear.withProvince(NTT), null)));
        for (Caller caller : List.of(memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Reports.dashboard", caller, () -> reports.dashboard(lastYear, null)));
            rows.add(new Row(name(caller), "Reports.provinces", caller, () -> reports.provinces()));
            rows.add(new Row(name(caller), "ExhibitionReports.events", caller, () -> exhibitionReports.events()));
            rows.add(new Row(name(caller), "ExhibitionReports.report of an NTT event", caller, () -> exhibitionReports.report(event, Locale.ROOT)));
        }
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "BoothSales.ofEvent of an NTT event", caller, () -> boothSales.ofEvent(event)));
            rows.add(new Row(name(caller), "BoothDayCloses.ofEvent of an NTT event", caller, () -> dayCloses.ofEvent(event)));
        }
    }

    @Test
    void staff_of_the_event_see_its_report_and_a_curator_elsewhere_finds_none() {
        assertThat(Callers.as(curatorOfNtt, () -> exhibitionReports.report(event, Locale.ROOT))).isPresent();
        assertThat(Callers.as(adminNotSystem, () -> exhibitionReports.report(event, Locale.ROOT))).isPresent();
        assertThat(Callers.as(curatorOfNtt, () -> boothSales.ofEvent(event))).isEmpty();
        assertThat(Callers.as(curatorOfBanten, () -> exhibitionReports.report(event, Locale.ROOT))).isEmpty();
        assertThat(Callers.as(curatorOfBanten, () -> exhibitionReports.events())).noneMatch(e -> e.id().equals(event));
    }
}
