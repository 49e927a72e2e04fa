package id.go.bnn.pasarbersinar.payout.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.go.bnn.pasarbersinar.payout.Balance;
import id.go.bnn.pasarbersinar.payout.Earnings;
import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.payout.Statement;
import id.go.bnn.pasarbersinar.payout.StatementRow;
import id.go.bnn.pasarbersinar.payout.StatementTable;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The acting group's money: balance, the monthly statement (screen, CSV, PDF) and its payouts with their proofs. */
@Route("mitra/keuangan")
@RolesAllowed("PRODUCER")
@Menu(title = "payout.menu.finances", order = 60)
class FinancesView extends Div implements HasDynamicTitle {

    private final Earnings earnings;
    private final PayoutRuns runs;
    private final Div statementArea = new Div();

    FinancesView(Earnings earnings, PayoutRuns runs) {
        this.earnings = earnings;
        this.runs = runs;
        addClassName("pb-staff-page");
        add(new H1(getTranslation("payout.finances.heading")));
        Caller caller = Caller.current();
        if (caller.actingGroup() == null) {
            add(new Paragraph(getTranslation("payout.finances.no-group")));
            return;
        }
        GroupId group = new GroupId(caller.actingGroup());
        Balance balance = earnings.balance(group);
        Div cards = new Div(card("payout.balance.pending", balance.pending().format()), card("payout.balance.available", balance.available().format()),
                card("payout.balance.next", balance.nextPayout().format()), card("payout.balance.paid-out", balance.paidOut().format()));
        cards.addClassName("pb-finance-cards");
        add(cards);
        if (!balance.hasDestination()) {
            add(new Paragraph(getTranslation("payout.finances.no-destination")));
        }
        add(new H2(getTranslation("payout.finances.statement")));
        Select<YearMonth> month = new Select<>();
        month.setLabel(getTranslation("payout.statement.month"));
        List<YearMonth> months = new ArrayList<>();
        YearMonth current = YearMonth.now(Earnings.STATEMENT_ZONE);
        for (int i = 0; i < 12; i++) {
            months.add(current.minusMonths(i));
        }
        month.setItems(months);
        month.setValue(current);
        month.addValueChangeListener(event -> showStatement(group, event.getValue()));
        add(month, statementArea);
        showStatement(group, current);
        add(new H2(getTranslation("payout.finances.payouts")));
        Grid<Payout> payouts = new Grid<>();
        payouts.addColumn(p -> "#" + p.id()).setHeader("#").setAutoWidth(true);
        payouts.addColumn(p -> p.amount().format()).setHeader(getTranslation("payout.statement.amount"));
        payouts.addColumn(Payout::destination).setHeader(getTranslation("payout.payout.destination"));
        payouts.addColumn(p -> getTranslation(p.status().messageKey())).setHeader(getTranslation("payout.payout.status"));
        payouts.addColumn(p -> p.bankReference() == null ? (p.stripeTransferId() == null ? "" : p.stripeTransferId()) : p.bankReference())
                .setHeader(getTranslation("payout.statement.reference"));
        payouts.addComponentColumn(p -> p.hasProof() ? proofLink(p) : new Span()).setHeader(getTranslation("payout.payout.proof"));
        payouts.setItems(earnings.payouts(group));
        payouts.setAllRowsVisible(true);
        add(payouts);
    }

    private Anchor proofLink(Payout payout) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> runs.proof(payout.id())
                .map(proof -> new DownloadResponse(new ByteArrayInputStream(proof.data()), proof.fileName(), proof.contentType(), proof.data().length))
                .orElse(DownloadResponse.error(404))), getTranslation("payout.payout.proof"));
        link.getElement().setAttribute("download", true);
        return link;
    }

    private void showStatement(GroupId group, YearMonth month) {
        statementArea.removeAll();
        Locale locale = getLocale();
        Statement statement = earnings.statement(group, month);
        statementArea.add(new Paragraph(getTranslation("payout.statement.opening") + ": " + statement.opening().format()));
        Grid<StatementRow> grid = new Grid<>();
        List<String> headers = StatementTable.headers(locale);
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            grid.addColumn(row -> StatementTable.cells(row, locale).get(column)).setHeader(headers.get(i)).setAutoWidth(true);
        }
        grid.setItems(statement.rows());
        grid.setAllRowsVisible(true);
        grid.addClassName("pb-statement");
        statementArea.add(grid);
        statementArea.add(new Paragraph(getTranslation("payout.statement.closing") + ": " + statement.closing().format()));
        String name = "laporan-" + month;
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] data = earnings.statementCsv(group, month, locale).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(data), name + ".csv", "text/csv", data.length);
        }), getTranslation("payout.finances.csv"));
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] data = earnings.statementPdf(group, month, locale);
            return new DownloadResponse(new ByteArrayInputStream(data), name + ".pdf", "application/pdf", data.length);
        }), getTranslation("payout.finances.pdf"));
        csv.getElement().setAttribute("download", true);
        pdf.getElement().setAttribute("download", true);
        csv.addClassName("pb-button");
        pdf.addClassName("pb-button");
        statementArea.add(new Div(csv, pdf));
    }

    private Div card(String key, String value) {
        Span label = new Span(getTranslation(key));
        Span amount = new Span(value);
        amount.addClassName("pb-finance-amount");
        Div card = new Div(label, amount);
        card.addClassName("pb-finance-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payout.finances.heading") + " | " + getTranslation("shell.brand");
    }
}
