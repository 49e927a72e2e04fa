package id.go.bnn.pasarbersinar.accessmatrix;

import id.go.bnn.pasarbersinar.catalog.BulkListings;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.SearchIndex;
import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import id.go.bnn.pasarbersinar.curation.AuditLog;
import id.go.bnn.pasarbersinar.identity.GroupMembers;
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
import id.go.bnn.pasarbersinar.order.internal.PaymentOutcomeListener;
import id.go.bnn.pasarbersinar.payment.PaymentSucceeded;
import java.time.Instant;
import id.go.bnn.pasarbersinar.payout.Commissions;
import id.go.bnn.pasarbersinar.payout.Earnings;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.payout.BankTransfers;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.payout.Payouts;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The records and callers of the access matrix ({@link AccessMatrix}) and of its counterpart
 * {@link AccessMatrixRightfulCallersTest}, and the services they call. The records are set up once per Spring
 * context, by the first class that runs, and the other classes take them over ({@link AccessMatrixFixture}).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessMatrixSetUp {

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
    id.go.bnn.pasarbersinar.payment.OwedRefunds owedRefunds;
    @Autowired
    id.go.bnn.pasarbersinar.payout.IrisPayouts irisPayouts;
    @Autowired
    id.go.bnn.pasarbersinar.payout.IrisSettlement irisSettlement;
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
    @Autowired
    AccessMatrixFixture fixture;

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

    @BeforeAll
    void the_records_of_the_matrix() {
        fixture.setUpOnce(this);
    }

    /** Called once per Spring context, by the {@link AccessMatrixFixture}. */
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

    /** Takes the records and callers of the class that set them up. */
    void copyFrom(AccessMatrixSetUp first) {
        orderNumber = first.orderNumber;
        nttParcel = first.nttParcel;
        nttGroup = first.nttGroup;
        nttOtherGroup = first.nttOtherGroup;
        bantenGroup = first.bantenGroup;
        nttProduct = first.nttProduct;
        nttSubmitted = first.nttSubmitted;
        buyerA = first.buyerA;
        buyerB = first.buyerB;
        addressOfB = first.addressOfB;
        ownerOfNtt = first.ownerOfNtt;
        plainMemberOfNtt = first.plainMemberOfNtt;
        collection = first.collection;
        targets = first.targets;
        curatorOfNtt = first.curatorOfNtt;
        curatorOfBanten = first.curatorOfBanten;
        memberOfNtt = first.memberOfNtt;
        memberOfNttActingForItsOtherGroup = first.memberOfNttActingForItsOtherGroup;
        ownerOfBantenGroup = first.ownerOfBantenGroup;
        buyerACaller = first.buyerACaller;
        adminNotSystem = first.adminNotSystem;
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    String name(Caller caller) {
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
