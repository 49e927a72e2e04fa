package id.go.bnn.pasarbersinar.accessmatrix;

import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.GroupMembers;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.ShippingRates;
import id.go.bnn.pasarbersinar.payout.Commissions;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.payout.Payouts;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Everything a refused call of an {@link AccessMatrix} class could have changed, read as the rightful people see it. The
 * matrix reads it before and after each refused call and wants the two equal, so each row proves that its own call
 * changed nothing, whatever ran before it. It reads only the matrix's own records (and the shop-wide settings that only
 * tests change), so the mails and postings other tests leave running in the background do not disturb it.
 */
@Component
class ProtectedState {

    /** The address the matrix's forged invitations, registrations and accounts would use. */
    static final String FORGED_EMAIL = "liar@test.pasarbersinar.id";
    /** The name the matrix's forged group registration would use. */
    static final String FORGED_GROUP = "Matriks Liar";

    /** The records the matrix set up and its refused calls aim at. */
    record Targets(AccountId buyerB, GroupId nttGroup, GroupId nttOtherGroup, GroupId bantenGroup, ProductId nttProduct,
            ProductId nttSubmitted, long collection, String orderNumber, long nttParcel) {
    }

    private final ProducerGroups groups;
    private final GroupMembers groupMembers;
    private final Listings listings;
    private final Collections collections;
    private final Accounts accounts;
    private final ShippingRates shippingRates;
    private final PayoutDestinations payoutDestinations;
    private final Payouts payouts;
    private final Commissions commissions;
    private final OrderFixture orderFixture;

    ProtectedState(ProducerGroups groups, GroupMembers groupMembers, Listings listings, Collections collections, Accounts accounts,
            ShippingRates shippingRates, PayoutDestinations payoutDestinations, Payouts payouts, Commissions commissions,
            OrderFixture orderFixture) {
        this.groups = groups;
        this.groupMembers = groupMembers;
        this.listings = listings;
        this.collections = collections;
        this.accounts = accounts;
        this.shippingRates = shippingRates;
        this.payoutDestinations = payoutDestinations;
        this.payouts = payouts;
        this.commissions = commissions;
        this.orderFixture = orderFixture;
    }

    Map<String, Object> read(Targets t) {
        Map<String, Object> state = new LinkedHashMap<>();
        Caller admin = Callers.admin(-1);
        Callers.as(Callers.buyer(t.buyerB().value()), () -> {
            state.put("buyer B's profile", accounts.profile(t.buyerB()));
            state.put("buyer B's addresses", accounts.addresses(t.buyerB()));
            return null;
        });
        Caller.runAsSystem(() -> {
            for (GroupId group : List.of(t.nttGroup(), t.nttOtherGroup(), t.bantenGroup())) {
                state.put("group " + group.value(), groups.find(group));
            }
            state.put("NTT group's profile", groups.profile(t.nttGroup()));
            state.put("NTT group's impact consent", groups.impactConsent(t.nttGroup()));
            state.put("NTT group's members", groupMembers.members(t.nttGroup()));
            state.put("NTT listing", listings.find(t.nttProduct()));
            state.put("submitted NTT listing", listings.find(t.nttSubmitted()));
            // updatedAt aside: the search index may touch a row that another test of the class changed rightfully.
            state.put("NTT group's listings", listings.ofGroup(t.nttGroup(), null).stream()
                    .map(row -> List.of(row.id(), row.title(), row.status(), row.totalStock(), row.price())).toList());
            return null;
        });
        Callers.as(admin, () -> {
            state.put("collections", collections.listForStaff().stream()
                    .map(c -> c.id() == t.collection() ? c : c.id()).toList());
            state.put("NTT group's payout destination", payoutDestinations.of(t.nttGroup()));
            state.put("commission settings", commissions.settings());
            state.put("payout runs", payouts.runs(5));
            return null;
        });
        state.put("national shipping rates", shippingRates.table(ShippingRates.NATIONAL));
        state.put("NTT group's shipping rates", shippingRates.table(t.nttGroup().value()));
        state.put("NTT group has its own shipping rates", shippingRates.hasOwnTable(t.nttGroup().value()));
        var jdbc = orderFixture.jdbc();
        state.put("the NTT parcel", jdbc.sql("SELECT status, refunded, courier, tracking_number, shipped_at, delivered_at, version "
                + "FROM fulfilment WHERE id = ?").param(t.nttParcel()).query().listOfRows());
        state.put("refunds of the NTT parcel", count("SELECT COUNT(*) FROM order_refund WHERE fulfilment_id = ?", t.nttParcel()));
        state.put("sales of the NTT listing", jdbc.sql("SELECT sales_count FROM product WHERE id = ?").param(t.nttProduct().value())
                .query(Integer.class).single());
        // Issue 20 (h20returns): the returns of the NTT group's parcels and the refunds they could start.
        state.put("returns of the NTT group", jdbc.sql("SELECT r.id, r.status, r.decline_reason, r.return_tracking, r.refund_id FROM order_return r "
                + "JOIN fulfilment f ON f.id = r.fulfilment_id WHERE f.group_id = ? ORDER BY r.id").param(t.nttGroup().value()).query().listOfRows());
        state.put("refunds of the NTT group", count("SELECT COUNT(*) FROM order_refund r JOIN fulfilment f ON f.id = r.fulfilment_id "
                + "WHERE f.group_id = ?", t.nttGroup().value()));
        state.put("conversations of the matrix order", jdbc.sql("SELECT id, buyer_account_id, buyer_read_post, group_read_post, reported_at, "
                + "disputed_at, last_message_at FROM message_conversation WHERE order_number = ? ORDER BY id").param(t.orderNumber()).query().listOfRows());
        state.put("messages of the matrix order", count("SELECT COUNT(*) FROM message_post p JOIN message_conversation c ON c.id = p.conversation_id "
                + "WHERE c.order_number = ?", t.orderNumber()));
        state.put("forged groups", count("SELECT COUNT(*) FROM producer_group WHERE name = ?", FORGED_GROUP));
        state.put("forged accounts", count("SELECT COUNT(*) FROM account WHERE email = ?", FORGED_EMAIL));
        state.put("forged invitations", count("SELECT COUNT(*) FROM account_token WHERE email = ?", FORGED_EMAIL));
        return state;
    }

    private int count(String sql, Object param) {
        return orderFixture.jdbc().sql(sql).param(param).query(Integer.class).single();
    }
}
