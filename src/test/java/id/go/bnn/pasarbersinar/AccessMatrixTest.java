package id.go.bnn.pasarbersinar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.catalog.BulkListings;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.SearchIndex;
import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import id.go.bnn.pasarbersinar.catalog.ListingStatus;
import id.go.bnn.pasarbersinar.curation.AuditLog;
import id.go.bnn.pasarbersinar.identity.GroupMembers;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.MemberDisplay;
import id.go.bnn.pasarbersinar.producer.Verification;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.Invitations;
import id.go.bnn.pasarbersinar.identity.SavedAddress;
import id.go.bnn.pasarbersinar.identity.SecurityLog;
import id.go.bnn.pasarbersinar.identity.TwoFactor;
import id.go.bnn.pasarbersinar.mail.Mailer;
import id.go.bnn.pasarbersinar.order.Checkout;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.order.ShippingRates;
import id.go.bnn.pasarbersinar.order.ShippingZone;
import id.go.bnn.pasarbersinar.order.internal.PaymentOutcomeListener;
import id.go.bnn.pasarbersinar.payment.PaymentSucceeded;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.Map;
import id.go.bnn.pasarbersinar.payout.CommissionRate;
import id.go.bnn.pasarbersinar.payout.Commissions;
import id.go.bnn.pasarbersinar.payout.Earnings;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.payout.BankTransfers;
import id.go.bnn.pasarbersinar.payout.Payouts;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The IDOR matrix: every service method that reads or changes a group's, an order's or a person's data, called by
 * someone of another group, another province, another buyer or nobody, is refused and changes nothing, whatever the
 * views show. Each later issue adds its rows. Another test checks the rightful callers pass, so the refusals are not an
 * accident. No test relies on another having run before or after it.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final String NTT = "53";
    static final String BANTEN = "36";

    @Autowired
    ProducerGroups groups;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    Collections collections;
    @Autowired
    Accounts accounts;
    @Autowired
    Invitations invitations;
    @Autowired
    SecurityLog securityLog;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    Mailer mailer;
    @Autowired
    BulkListings bulkListings;
    @Autowired
    Images images;
    @Autowired
    SearchIndex searchIndex;
    @Autowired
    GroupMembers groupMembers;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Earnings earnings;
    @Autowired
    id.go.bnn.pasarbersinar.order.StaffOrders staffOrders;
    @Autowired
    PayoutRuns payoutRuns;

    @Autowired
    BankTransfers bankTransfers;

    @Autowired
    Payouts payoutReads;
    @Autowired
    PayoutDestinations payoutDestinations;
    @Autowired
    Commissions commissions;

    @Autowired
    Checkout checkout;
    @Autowired
    Orders orders;
    @Autowired
    ShippingRates shippingRates;
    @Autowired
    OrderFixture orderFixture;
    @Autowired
    PaymentOutcomeListener paymentOutcomes;
    @Autowired
    id.go.bnn.pasarbersinar.reporting.Reports reports;
    @Autowired
    ProtectedState protectedState;

    String orderNumber;
    long nttParcel;
    GroupId nttGroup;
    GroupId nttOtherGroup;
    GroupId bantenGroup;
    ProductId nttProduct;
    ProductId nttSubmitted;
    AccountId buyerA;
    AccountId buyerB;
    long addressOfB;
    AccountId ownerOfNtt;
    AccountId plainMemberOfNtt;
    long collection;
    ProtectedState.Targets targets;

    Caller curatorOfNtt;
    Caller curatorOfBanten;
    Caller memberOfNtt;
    Caller memberOfNttActingForItsOtherGroup;
    Caller ownerOfBantenGroup;
    Caller buyerACaller;
    Caller anonymous = Caller.ANONYMOUS;
    Caller adminNotSystem;

    /** One row: who calls, what, and the service call itself. */
    record Row(String who, String what, Caller caller, Runnable call) {
        @Override
        public String toString() {
            return what + " by " + who;
        }
    }

    @BeforeAll
    void two_provinces_two_groups_two_buyers() {
        Caller.runAsSystem(() -> {
            nttGroup = groups.register(group("Matriks Tenun Kupang", NTT), false);
            groups.verify(nttGroup);
            nttOtherGroup = groups.register(group("Matriks Anyaman Kupang", NTT), false);
            bantenGroup = groups.register(group("Matriks Batik Tangerang", BANTEN), false);
            nttProduct = listings.create(nttGroup, listing("Selendang Matriks"), false);
            buyerA = accounts.provision("matriks.a@test.pasarbersinar.id", "Pembeli A", "Kopi-Lamteuba-Seulawah-7", Set.of(Role.BUYER),
                    Set.of(), Set.of(), null, false);
            buyerB = accounts.provision("matriks.b@test.pasarbersinar.id", "Pembeli B", "Kopi-Lamteuba-Seulawah-7", Set.of(Role.BUYER),
                    Set.of(), Set.of(), null, false);
        });
        addressOfB = Callers.as(Callers.buyer(buyerB.value()), () -> accounts.addAddress(buyerB, new SavedAddress(null, "Rumah",
                "Pembeli B", "+6281234567890", "Jl. El Tari 1", null, "Kota Kupang", NTT, "85111")));
        Caller.runAsSystem(() -> {
            ownerOfNtt = accounts.provision("matriks.pemilik@test.pasarbersinar.id", "Pemilik Matriks", "Kopi-Lamteuba-Seulawah-7",
                    Set.of(Role.PRODUCER), Set.of(), Set.of(nttGroup), null, false);
            plainMemberOfNtt = accounts.provision("matriks.anggota@test.pasarbersinar.id", "Anggota Matriks", "Kopi-Lamteuba-Seulawah-7",
                    Set.of(Role.PRODUCER), Set.of(), Set.of(nttGroup), null, false);
            reviews.approve(nttProduct);
            collection = collections.create(new LocalizedText("Koleksi Matriks", null), new LocalizedText(null, null), false,
                    List.of(nttProduct), false);
        });
        long variant = orderFixture.variant(new OrderFixture.Group(nttGroup.value(), NTT), 5, 100_000);
        orderNumber = checkout.place(orderFixture.cart(variant, 1), orderFixture.form()).number();
        paymentOutcomes.onPaymentSucceeded(new PaymentSucceeded(orderNumber, "matrix", orderFixture.total(orderNumber), Instant.now()));
        nttParcel = orderFixture.fulfilmentIds(orderNumber).getFirst();
        curatorOfNtt = Callers.curator(-5301, NTT);
        curatorOfBanten = Callers.curator(-3601, BANTEN);
        memberOfNtt = Callers.producer(-5302, nttGroup.value());
        memberOfNttActingForItsOtherGroup = new Caller(-5303L, "m@test.id", Set.of(Role.PRODUCER), Set.of(),
                Set.of(nttGroup.value(), nttOtherGroup.value()), nttOtherGroup.value(), false);
        ownerOfBantenGroup = Callers.producer(-3602, bantenGroup.value());
        buyerACaller = Callers.buyer(buyerA.value());
        adminNotSystem = Callers.admin(-1);
        nttSubmitted = Callers.as(memberOfNtt, () -> {
            ProductId id = listings.createDraft(nttGroup, edit("Diajukan Matriks"));
            listings.submit(id);
            return id;
        });
        targets = new ProtectedState.Targets(buyerB, nttGroup, nttOtherGroup, bantenGroup, nttProduct, nttSubmitted, collection, orderNumber,
                nttParcel);
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.register in NTT", caller,
                    () -> groups.register(group(ProtectedState.FORGED_GROUP, NTT), false)));
            rows.add(new Row(name(caller), "ProducerGroups.verify of an NTT group", caller, () -> groups.verify(nttOtherGroup)));
            rows.add(new Row(name(caller), "ListingReviews.approve of an NTT product", caller, () -> reviews.approve(nttProduct)));
            rows.add(new Row(name(caller), "Invitations.inviteMember to an NTT group", caller,
                    () -> invitations.inviteMember(nttGroup, ProtectedState.FORGED_EMAIL)));
        }
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfBanten, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Listings.create for an NTT group", caller,
                    () -> listings.create(nttGroup, listing("Produk Liar"), false)));
        }
        for (Caller caller : List.of(memberOfNtt, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Listings.recordSales", caller, () -> listings.recordSales(nttProduct, 100)));
        }
        for (Caller caller : List.of(memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Collections.create", caller,
                    () -> collections.create(new LocalizedText("Liar", "Wild"), new LocalizedText("x", "x"), true, List.of(nttProduct), false)));
        }
        for (Caller caller : List.of(buyerACaller, memberOfNtt, curatorOfNtt, anonymous)) {
            rows.add(new Row(name(caller), "Accounts.profile of buyer B", caller, () -> accounts.profile(buyerB)));
            rows.add(new Row(name(caller), "Accounts.updateProfile of buyer B", caller, () -> accounts.updateProfile(buyerB, "Diganti", null)));
            rows.add(new Row(name(caller), "Accounts.addresses of buyer B", caller, () -> accounts.addresses(buyerB)));
            rows.add(new Row(name(caller), "Accounts.addAddress to buyer B", caller, () -> accounts.addAddress(buyerB, new SavedAddress(null,
                    "Liar", "Orang", "+6281234567890", "Jl. Liar 1", null, "Kota Kupang", NTT, "85111"))));
            rows.add(new Row(name(caller), "Accounts.removeAddress of buyer B", caller, () -> accounts.removeAddress(addressOfB)));
        }
        for (Caller caller : List.of(curatorOfNtt, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Invitations.inviteCurator", caller,
                    () -> invitations.inviteCurator(ProtectedState.FORGED_EMAIL, NTT)));
            rows.add(new Row(name(caller), "SecurityLog.newest", caller, () -> securityLog.newest(10, null, null)));
            rows.add(new Row(name(caller), "Mailer.devMailbox", caller, () -> mailer.devMailbox(10)));
        }
        // Issue 8, listings: another group's member, a member acting for its other group, another province's curator, a buyer, nobody.
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfBanten, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Listings.find of an NTT listing", caller, () -> listings.find(nttSubmitted)));
            rows.add(new Row(name(caller), "Listings.ofGroup of an NTT group", caller, () -> listings.ofGroup(nttGroup, null)));
            rows.add(new Row(name(caller), "Listings.createDraft for an NTT group", caller,
                    () -> listings.createDraft(nttGroup, edit("Draf Liar"))));
            rows.add(new Row(name(caller), "Listings.save of an NTT listing", caller, () -> listings.save(nttSubmitted, edit("Diubah Liar"))));
            rows.add(new Row(name(caller), "Listings.submit of an NTT listing", caller, () -> listings.submit(nttProduct)));
            rows.add(new Row(name(caller), "Listings.archive of an NTT listing", caller, () -> listings.archive(nttSubmitted)));
        }
        rows.add(new Row(name(curatorOfNtt), "Listings.submit (a member confirms, not the curator)", curatorOfNtt,
                () -> listings.submit(nttProduct)));
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ListingReviews.approve of a submitted NTT listing", caller, () -> reviews.approve(nttSubmitted)));
            rows.add(new Row(name(caller), "ListingReviews.requestChanges of an NTT listing", caller,
                    () -> reviews.requestChanges(nttSubmitted, "Liar")));
        }
        for (Caller caller : List.of(memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ListingReviews.reviewQueue", caller, () -> reviews.reviewQueue()));
            rows.add(new Row(name(caller), "Accounts.memberEmails of an NTT group", caller, () -> accounts.memberEmails(nttGroup)));
        }
        for (Caller caller : List.of(buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Images.store", caller, () -> images.store(new byte[] {1, 2, 3})));
        }
        // Issue #8, groups and staff: suspension, profile, members, collections, the audit log.
        for (Caller caller : List.of(curatorOfBanten, memberOfNttActingForItsOtherGroup, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.suspend of an NTT group", caller, () -> groups.suspend(nttGroup, "liar")));
            rows.add(new Row(name(caller), "ProducerGroups.profile of an NTT group", caller, () -> groups.profile(nttGroup)));
            rows.add(new Row(name(caller), "ProducerGroups.updateProfile of an NTT group", caller, () -> groups.updateProfile(nttGroup,
                    new LocalizedText("Diganti.", null), "+6281234567890", List.of(), MemberDisplay.FIRST_NAMES)));
            rows.add(new Row(name(caller), "GroupMembers.members of an NTT group", caller, () -> groupMembers.members(nttGroup)));
            rows.add(new Row(name(caller), "GroupMembers.choosePseudonym in an NTT group", caller,
                    () -> groupMembers.choosePseudonym(nttGroup, plainMemberOfNtt, "Liar")));
        }
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, memberOfNttActingForItsOtherGroup, ownerOfBantenGroup, buyerACaller,
                anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.liftSuspension of an NTT group", caller, () -> groups.liftSuspension(nttOtherGroup)));
            rows.add(new Row(name(caller), "GroupMembers.remove from an NTT group", caller,
                    () -> groupMembers.remove(nttGroup, plainMemberOfNtt)));
            rows.add(new Row(name(caller), "GroupMembers.invite to an NTT group", caller,
                    () -> groupMembers.invite(nttGroup, ProtectedState.FORGED_EMAIL)));
        }
        for (Caller caller : List.of(memberOfNtt, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.listForStaff", caller, () -> groups.listForStaff()));
            rows.add(new Row(name(caller), "Collections.listForStaff", caller, () -> collections.listForStaff()));
            rows.add(new Row(name(caller), "Collections.describe", caller, () -> collections.describe(collection,
                    new LocalizedText("Liar", null), new LocalizedText(null, null))));
            rows.add(new Row(name(caller), "Collections.feature", caller, () -> collections.feature(collection, true)));
            rows.add(new Row(name(caller), "Collections.move", caller, () -> collections.move(collection, -1)));
            rows.add(new Row(name(caller), "AuditLog.newest", caller, () -> auditLog.newest(10, null, null)));
        }
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Collections.removeProduct of an NTT product", caller,
                    () -> collections.removeProduct(collection, nttProduct)));
        }
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfBanten, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Orders.markShipped of an NTT parcel", caller, () -> orders.markShipped(nttParcel, "JNE", "JNE-123456")));
            rows.add(new Row(name(caller), "Orders.markProcessing of an NTT parcel", caller, () -> orders.markProcessing(nttParcel)));
            rows.add(new Row(name(caller), "Orders.cancel of an NTT parcel", caller, () -> orders.cancel(nttParcel, null)));
            rows.add(new Row(name(caller), "Orders.refund of an NTT parcel", caller, () -> orders.refund(nttParcel, Map.of(), true)));
            rows.add(new Row(name(caller), "Orders.packingSlip of an NTT parcel", caller, () -> orders.packingSlip(nttParcel)));
            rows.add(new Row(name(caller), "Orders.confirmDelivery of an NTT parcel", caller, () -> orders.confirmDelivery(nttParcel, "forged")));
        }
        for (Caller caller : List.of(curatorOfNtt, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ShippingRates.set of the national table", caller,
                    () -> shippingRates.set(0, ShippingZone.DOMESTIC, new ShippingRates.Rate(Money.rupiah(1), Money.rupiah(1)))));
        }
        for (Caller caller : List.of(buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Orders.forMyGroup", caller, () -> orders.forMyGroup()));
            rows.add(new Row(name(caller), "Orders.forStaff", caller, () -> orders.forStaff()));
            rows.add(new Row(name(caller), "StaffOrders.find", caller, () -> staffOrders.find(id.go.bnn.pasarbersinar.order.StaffOrders.Filter.NONE, 1, 50)));
        }
        rows.add(new Row("nobody", "Orders.mine", anonymous, () -> orders.mine()));
        rows.add(new Row(name(ownerOfBantenGroup), "Accounts.actFor a group it is not a member of", ownerOfBantenGroup,
                () -> accounts.actFor(nttGroup)));
        for (Caller caller : List.of(adminNotSystem, anonymous)) {
            rows.add(new Row(name(caller), "Accounts.provision", caller, () -> accounts.provision(ProtectedState.FORGED_EMAIL, "Liar",
                    "Kopi-Lamteuba-Seulawah-7", Set.of(Role.ADMIN), Set.of(), Set.of(), null, false)));
        }
        for (Caller caller : List.of(curatorOfNtt, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "BulkListings.insertApproved", caller, () -> bulkListings.insertApproved(List.of())));
            rows.add(new Row(name(caller), "SearchIndex.rebuild", caller, () -> searchIndex.rebuild()));
        }
        for (Caller caller : List.of(buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Images.store", caller, () -> images.store(new byte[] {1, 2, 3})));
        }
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Earnings.balance of an NTT group", caller, () -> earnings.balance(nttGroup)));
            rows.add(new Row(name(caller), "Earnings.statement of an NTT group", caller,
                    () -> earnings.statement(nttGroup, java.time.YearMonth.now())));
            rows.add(new Row(name(caller), "Earnings.payouts of an NTT group", caller, () -> earnings.payouts(nttGroup)));
            rows.add(new Row(name(caller), "Earnings.groupNameForStaff of an NTT group", caller, () -> earnings.groupNameForStaff(nttGroup)));
            rows.add(new Row(name(caller), "PayoutDestinations.of an NTT group", caller, () -> payoutDestinations.of(nttGroup)));
            rows.add(new Row(name(caller), "Accounts.memberEmails of an NTT group", caller, () -> accounts.memberEmails(nttGroup)));
        }
        for (Caller caller : List.of(memberOfNtt, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "PayoutRuns.run", caller, () -> payoutRuns.run()));
            rows.add(new Row(name(caller), "Payouts.recent", caller, () -> payoutReads.recent(10)));
            rows.add(new Row(name(caller), "BankTransfers.approve", caller, () -> bankTransfers.approve(1)));
            rows.add(new Row(name(caller), "PayoutDestinations.setBank of an NTT group", caller,
                    () -> payoutDestinations.setBank(nttGroup, "BRI", "1234567890", "Liar")));
            rows.add(new Row(name(caller), "Commissions.setPlatformRate", caller, () -> commissions.setPlatformRate(new CommissionRate(0))));
            rows.add(new Row(name(caller), "Commissions.settings", caller, () -> commissions.settings()));
        }
        // Public impact (issue #11): only the group itself decides whether its earnings are public, not even staff of its province.
        for (Caller caller : List.of(curatorOfNtt, adminNotSystem, memberOfNttActingForItsOtherGroup, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.setImpactConsent of an NTT group", caller, () -> groups.setImpactConsent(nttGroup, true)));
        }
        for (Caller caller : List.of(curatorOfBanten, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.impactConsent of an NTT group", caller, () -> groups.impactConsent(nttGroup)));
        }
        rows.add(new Row("nobody", "Accounts.changePassword", anonymous, () -> accounts.changePassword("a", "Kopi-Lamteuba-Seulawah-8")));
        rows.add(new Row("nobody", "Accounts.me", anonymous, () -> accounts.me()));
        rows.add(new Row("nobody", "TwoFactor.begin", anonymous, () -> twoFactor.begin()));
        // Issue #9 (h2-order-admin): /staf/ongkir and /mitra/ongkir write through ShippingRates.replace and useNational.
        Map<ShippingZone, ShippingRates.Rate> cheap = new java.util.EnumMap<>(ShippingZone.class);
        for (ShippingZone zone : ShippingZone.values()) {
            cheap.put(zone, new ShippingRates.Rate(Money.rupiah(1), Money.rupiah(1)));
        }
        for (Caller caller : List.of(curatorOfNtt, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ShippingRates.replace of the national table", caller,
                    () -> shippingRates.replace(ShippingRates.NATIONAL, cheap)));
        }
        for (Caller caller : List.of(memberOfNttActingForItsOtherGroup, ownerOfBantenGroup, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ShippingRates.replace of an NTT group table", caller, () -> shippingRates.replace(nttGroup.value(), cheap)));
            rows.add(new Row(name(caller), "ShippingRates.useNational of an NTT group", caller, () -> shippingRates.useNational(nttGroup.value())));
        }
        // Impact reports (/staf/laporan): staff only, and a curator only for its provinces.
        var lastYear = id.go.bnn.pasarbersinar.reporting.ReportFilter.lastTwelveMonths(java.time.Clock.systemUTC());
        rows.add(new Row(name(curatorOfBanten), "Reports.dashboard of NTT", curatorOfBanten, () -> reports.dashboard(lastYear.withProvince(NTT), null)));
        for (Caller caller : List.of(memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Reports.dashboard", caller, () -> reports.dashboard(lastYear, null)));
            rows.add(new Row(name(caller), "Reports.provinces", caller, () -> reports.provinces()));
        }
        return rows.stream();
    }

    /**
     * Each refused call is checked against what it could have changed, read just before and just after it, so the
     * check holds in any order of the tests (the rightful callers' test changes the same records on purpose).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void is_refused_and_changes_nothing(Row row) {
        Map<String, Object> before = protectedState.read(targets);
        Callers.signIn(row.caller());
        assertThatThrownBy(() -> row.call().run()).isInstanceOf(AccessDeniedException.class);
        Callers.signOut();
        assertThat(protectedState.read(targets)).as("what %s could have changed", row).isEqualTo(before);
    }

    @Test
    void an_order_of_another_province_group_or_buyer_reads_as_no_order_at_all() {
        // Reading is not refused but answers nothing: an order of another province looks like no order at all.
        assertThat(Callers.as(curatorOfBanten, () -> orders.find(orderNumber, null))).isEmpty();
        assertThat(Callers.as(ownerOfBantenGroup, () -> orders.find(orderNumber, null))).isEmpty();
        assertThat(Callers.as(buyerACaller, () -> orders.find(orderNumber, null))).isEmpty();
        assertThat(orders.find(orderNumber, "forged")).isEmpty();
        assertThat(Callers.as(curatorOfNtt, () -> orders.find(orderNumber, null))).isPresent();
    }

    @Test
    void groups_that_are_not_public_are_shown_only_to_their_members_their_curators_and_administrators() {
        for (Caller outsider : List.of(memberOfNtt, curatorOfNtt, buyerACaller, anonymous)) {
            assertThat(Callers.as(outsider, () -> groups.find(bantenGroup))).as(name(outsider)).isEmpty();
            assertThat(Callers.as(outsider, () -> groups.findAll(List.of(bantenGroup, nttGroup)))).as(name(outsider))
                    .containsOnlyKeys(nttGroup);
        }
        for (Caller insider : List.of(ownerOfBantenGroup, curatorOfBanten, adminNotSystem)) {
            assertThat(Callers.as(insider, () -> groups.find(bantenGroup))).as(name(insider)).isPresent();
            assertThat(Callers.as(insider, () -> groups.findAll(List.of(bantenGroup, nttGroup)))).containsOnlyKeys(bantenGroup, nttGroup);
        }
    }

    @Test
    void a_curator_lists_only_the_groups_of_its_provinces() {
        assertThat(Callers.as(curatorOfBanten, () -> groups.listForStaff())).extracting(GroupSummary::provinceCode).containsOnly(BANTEN)
                .isNotEmpty();
        assertThat(Callers.as(curatorOfNtt, () -> groups.listForStaff())).extracting(GroupSummary::id).contains(nttGroup, nttOtherGroup)
                .doesNotContain(bantenGroup);
        assertThat(Callers.as(adminNotSystem, () -> groups.listForStaff())).extracting(GroupSummary::id)
                .contains(nttGroup, nttOtherGroup, bantenGroup);
    }

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
        assertThat(Callers.as(memberOfNtt, () -> earnings.statement(nttGroup, java.time.YearMonth.now())).rows()).extracting(row -> row.reference()).contains(orderNumber);
        assertThat(Callers.as(curatorOfNtt, () -> reports.dashboard(id.go.bnn.pasarbersinar.reporting.ReportFilter.lastTwelveMonths(
                java.time.Clock.systemUTC()).withProvince(NTT), null)).scope()).isEqualTo("Nusa Tenggara Timur");
    }

    private String name(Caller caller) {
        if (caller == curatorOfBanten) {
            return "a curator of Banten";
        } else if (caller == curatorOfNtt) {
            return "a curator of NTT";
        } else if (caller == memberOfNtt) {
            return "a member of the NTT group";
        } else if (caller == memberOfNttActingForItsOtherGroup) {
            return "a member acting for its other group";
        } else if (caller == ownerOfBantenGroup) {
            return "the owner of a Banten group";
        } else if (caller == buyerACaller) {
            return "buyer A";
        } else if (caller == adminNotSystem) {
            return "an administrator (not the shop itself)";
        }
        return "nobody";
    }

    static NewGroup group(String name, String province) {
        return new NewGroup(name, new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", province, "Kota", null, null, null, null,
                null, null, null, 5, 2024);
    }

    static ListingEdit edit(String title) {
        return new ListingEdit(new LocalizedText(title, null), new LocalizedText("Deskripsi.", null), "tenun", 150_000, 400,
                List.of(new ListingEdit.Variant(null, "Standar", null, null, 3)), List.of());
    }

    static NewListing listing(String title) {
        return new NewListing(new LocalizedText(title, title + " EN"), new LocalizedText("Deskripsi.", "Description."), "tenun", 150_000,
                400, NewListing.single(3), List.of());
    }
}
