package id.go.bnn.pasarbersinar;

import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.SavedAddress;
import id.go.bnn.pasarbersinar.order.Checkout;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.internal.PaymentOutcomeListener;
import id.go.bnn.pasarbersinar.payment.PaymentSucceeded;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The records every {@link AccessMatrix} class aims at: two provinces, two groups, two buyers, a listing, a
 * collection and a paid order. Set up once per Spring context, on the first class that asks, because the accounts
 * have fixed addresses (the matrix's refusals are read against them) and the classes share the context and its
 * database; nothing is set up in a context whose tests never ask.
 */
@Component
class AccessMatrixFixture {

    static final String NTT = "53";
    static final String BANTEN = "36";

    private final ProducerGroups groups;
    private final Listings listings;
    private final Collections collections;
    private final Accounts accounts;
    private final Checkout checkout;
    private final OrderFixture orderFixture;
    private final PaymentOutcomeListener paymentOutcomes;
    private boolean setUp;

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
    Caller adminNotSystem;

    AccessMatrixFixture(ProducerGroups groups, Listings listings, Collections collections, Accounts accounts, Checkout checkout,
            OrderFixture orderFixture, PaymentOutcomeListener paymentOutcomes) {
        this.groups = groups;
        this.listings = listings;
        this.collections = collections;
        this.accounts = accounts;
        this.checkout = checkout;
        this.orderFixture = orderFixture;
        this.paymentOutcomes = paymentOutcomes;
    }

    synchronized AccessMatrixFixture setUpOnce() {
        if (!setUp) {
            two_provinces_two_groups_two_buyers();
            setUp = true;
        }
        return this;
    }

    private void two_provinces_two_groups_two_buyers() {
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
            listings.approve(nttProduct);
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
