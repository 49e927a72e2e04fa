package id.go.bnn.pasarbersinar.payout.ui;

import id.go.bnn.pasarbersinar.shared.ShopTime;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.go.bnn.pasarbersinar.payout.Balance;
import id.go.bnn.pasarbersinar.payout.Earnings;
import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.payout.PayoutStatus;
import id.go.bnn.pasarbersinar.payout.Payouts;
import id.go.bnn.pasarbersinar.payout.Statement;
import id.go.bnn.pasarbersinar.payout.StatementRow;
import id.go.bnn.pasarbersinar.payout.StatementTable;
import id.go.bnn.pasarbersinar.producer.GroupId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One group's money as the payout module reads it from the ledger: balance, the monthly statement (screen, CSV, PDF)
 * and its payouts with their proofs. Shown to the group itself ({@link FinancesView}) and to administrators
 * ({@link StaffGroupFinancesView}); the service decides again who may read it.
 */
class GroupFinancesPanel extends Div {

    /** What the panel says where the group itself and an administrator need different words. */
    record Wording(String noDestinationKey, String noPayoutsKey) {

        static final Wording GROUP = new Wording("payout.finances.no-destination", "payout.finances.no-payouts");
        static final Wording STAFF = new Wording("payout.staff-finances.no-destination", "payout.staff-finances.no-payouts");
    }

    private final Earnings earnings;
    private final Payouts payoutReads;
    private final Div statementArea = new Div();

    GroupFinancesPanel(Earnings earnings, Payouts payoutReads, GroupId group, Wording wording) {
        this.earnings = earnings;
        this.payoutReads = payoutReads;
        addClassName("pb-group-finances");
        Balance balance = earnings.balance(group);
        Div cards = new Div(card("payout.balance.pending", balance.pending().format()), card("payout.balance.available", balance.available().format()),
                card("payout.balance.next", balance.nextPayout().format()), card("payout.balance.paid-out", balance.paidOut().format()));
        cards.addClassName("pb-finance-cards");
        add(cards);
        if (balance.available().isNegative()) {
            Paragraph negative = new Paragraph(getTranslation("payout.balance.negative-explained", balance.available().format()));
            negative.addClassName("pb-balance-negative");
            add(negative);
        }
        if (!balance.hasDestination()) {
            add(new Paragraph(getTranslation(wording.noDestinationKey())));
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
        month.setItemLabelGenerator(value -> ShopTime.month(value, getLocale()));
        month.addClassName("pb-statement-month");
        month.setValue(current);
        month.addValueChangeListener(event -> showStatement(group, event.getValue()));
        add(month, statementArea);
        showStatement(group, current);
        add(new H2(getTranslation("payout.finances.payouts")));
        Div payouts = new Div();
        payouts.addClassName("pb-payout-cards");
        List<Payout> list = earnings.payouts(group);
        if (list.isEmpty()) {
            payouts.add(new Paragraph(getTranslation(wording.noPayoutsKey())));
        }
        for (Payout payout : list) {
            payouts.add(payoutCard(payout));
        }
        add(payouts);
    }

    /** A payout as the group sees it: how much, when, its state, where it went, the bank's reference and the proof. */
    private Div payoutCard(Payout payout) {
        Span amount = new Span(payout.amount().format());
        amount.addClassName("pb-payout-amount");
        Span status = new Span(getTranslation(payout.status().messageKey()));
        status.addClassNames("pb-payout-status", "pb-payout-status-" + payout.status().name().toLowerCase(Locale.ROOT));
        Span when = new Span(ShopTime.dateTime(payout.updatedAt(), getLocale()));
        when.addClassName("pb-payout-group");
        Div head = new Div(when, amount, status);
        head.addClassName("pb-payout-head");
        Div card = new Div(head, PayoutCards.line(getTranslation("payout.payout.destination"), payout.destination()));
        card.addClassName("pb-payout-card");
        card.getElement().setAttribute("data-payout", Long.toString(payout.id()));
        String reference = payout.bankReference() == null ? payout.stripeTransferId() : payout.bankReference();
        if (reference != null) {
            card.add(PayoutCards.line(getTranslation("payout.statement.reference"), reference));
        }
        card.add(PayoutCards.line("#", Long.toString(payout.id())));
        if (payout.failure() != null && (payout.status() == PayoutStatus.FAILED || payout.status() == PayoutStatus.REVERSED)) {
            // Why the money came back (an Iris transfer the bank refused, a transfer staff rejected): shown as text.
            card.add(PayoutCards.line(getTranslation("payout.payout.failure"), payout.failure()));
        }
        if (payout.hasProof()) {
            Anchor proof = proofLink(payout);
            proof.addClassName("pb-button");
            card.add(proof);
        }
        return card;
    }

    private Anchor proofLink(Payout payout) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> payoutReads.proof(payout.id())
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
        List<String> headers = StatementTable.headers(locale);
        Div rows = new Div();
        rows.addClassName("pb-statement");
        if (statement.rows().isEmpty()) {
            rows.add(new Paragraph(getTranslation("payout.finances.no-rows")));
        }
        for (StatementRow row : statement.rows()) {
            rows.add(statementCard(headers, StatementTable.cells(row, locale), row));
        }
        statementArea.add(rows);
        statementArea.add(new Paragraph(getTranslation("payout.statement.closing") + ": " + statement.closing().format()));
        if (statement.closing().isNegative()) {
            Paragraph negative = new Paragraph(getTranslation("payout.statement.negative-explained", statement.closing().format()));
            negative.addClassName("pb-statement-negative");
            statementArea.add(negative);
        }
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

    /**
     * One statement row as a card (readable on a phone): date, kind and order number on top, the amount it changed
     * in the group's balance large on the right, the item and price, commission (rate) and shipping below, labelled.
     * The same cells as the CSV and the PDF.
     */
    private static Div statementCard(List<String> headers, List<String> cells, StatementRow row) {
        Span date = new Span(cells.get(0));
        Span kind = new Span(cells.get(1));
        kind.addClassName("pb-statement-kind");
        Span reference = new Span(cells.get(2));
        reference.addClassName("pb-statement-reference");
        Span amount = new Span(cells.get(8));
        amount.addClassNames("pb-payout-amount", row.amount() < 0 ? "pb-amount-negative" : "pb-amount-positive");
        Div head = new Div(date, kind, reference, amount);
        head.addClassName("pb-statement-head");
        Div card = new Div(head);
        card.addClassNames("pb-statement-row", "pb-statement-" + row.kind().name().toLowerCase(Locale.ROOT));
        for (int i = 3; i <= 7; i++) {
            if (!cells.get(i).isEmpty()) {
                card.add(PayoutCards.line(headers.get(i), cells.get(i)));
            }
        }
        return card;
    }

    private Div card(String key, String value) {
        Span label = new Span(getTranslation(key));
        Span amount = new Span(value);
        amount.addClassName("pb-finance-amount");
        Div card = new Div(label, amount);
        card.addClassName("pb-finance-card");
        return card;
    }
}
