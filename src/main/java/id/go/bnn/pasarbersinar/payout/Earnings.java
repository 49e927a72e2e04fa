package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.payout.internal.PayoutProperties;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.payout.internal.StatementDocuments;
import id.go.bnn.pasarbersinar.payout.internal.StatementStore;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a group earned and was paid, read from the ledger: its balance, its monthly statement (screen, CSV, PDF) and
 * its payouts. The group's acting members and administrators only: a group never sees another group's money.
 */
@Service
@Transactional(readOnly = true)
public class Earnings {

    /** Months start and end on Western Indonesian Time, where most groups and BNN's finance staff are. */
    public static final ZoneId STATEMENT_ZONE = ZoneId.of("Asia/Jakarta");

    private final LedgerStore ledger;
    private final StatementStore statements;
    private final PayoutStore payouts;
    private final StatementDocuments documents;
    private final ProducerGroups groups;
    private final PayoutProperties properties;

    Earnings(LedgerStore ledger, StatementStore statements, PayoutStore payouts, StatementDocuments documents, ProducerGroups groups,
            PayoutProperties properties) {
        this.ledger = ledger;
        this.statements = statements;
        this.payouts = payouts;
        this.documents = documents;
        this.groups = groups;
        this.properties = properties;
    }

    public Balance balance(GroupId group) {
        requireGroupOrAdmin(group);
        Map<LedgerAccount, Long> balances = ledger.balances(group.value());
        long available = balances.get(LedgerAccount.GROUP_AVAILABLE);
        boolean destination = payouts.destination(group.value()).isPresent();
        long next = destination && available >= properties.minimum() ? available : 0;
        return new Balance(Money.rupiah(balances.get(LedgerAccount.GROUP_PENDING)), Money.rupiah(available),
                Money.rupiah(balances.get(LedgerAccount.GROUP_PAYOUT_IN_PROGRESS)), Money.rupiah(balances.get(LedgerAccount.GROUP_PAID_OUT)),
                Money.rupiah(next), Money.rupiah(properties.minimum()), destination);
    }

    public Statement statement(GroupId group, YearMonth month) {
        requireGroupOrAdmin(group);
        Instant from = month.atDay(1).atStartOfDay(STATEMENT_ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(STATEMENT_ZONE).toInstant();
        long opening = statements.balanceBefore(group.value(), from);
        List<StatementRow> rows = statements.rows(group.value(), from, to, STATEMENT_ZONE);
        long closing = opening + rows.stream().mapToLong(StatementRow::amount).sum();
        String name = groups.find(group).map(GroupSummary::name).orElse("#" + group.value());
        return new Statement(group.value(), name, month, Money.rupiah(opening), rows, Money.rupiah(closing));
    }

    public String statementCsv(GroupId group, YearMonth month, Locale locale) {
        return documents.csv(statement(group, month), locale);
    }

    public byte[] statementPdf(GroupId group, YearMonth month, Locale locale) {
        return documents.pdf(statement(group, month), locale);
    }

    /** The group's payouts, newest first, destinations masked. */
    public List<Payout> payouts(GroupId group) {
        Caller caller = requireGroupOrAdmin(group);
        return caller.isAdmin() ? payouts.ofGroup(group.value()) : payouts.ofGroupMasked(group.value());
    }

    /**
     * The group's name for an administrator's page on its finances; empty when there is no such group. Administrators
     * only: curators answer for a province's groups but not for their money, and a member reads its own group's page.
     */
    public Optional<String> groupNameForStaff(GroupId group) {
        Caller.current().requireAdmin("the finances page of group " + group.value());
        return groups.find(group).map(GroupSummary::name);
    }

    private static Caller requireGroupOrAdmin(GroupId group) {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.actsFor(group.value()), "the ledger of group " + group.value());
        return caller;
    }
}
