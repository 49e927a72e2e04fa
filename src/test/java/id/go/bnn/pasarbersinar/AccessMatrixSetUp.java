package id.go.bnn.pasarbersinar;

import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The records and callers of the access matrix ({@link AccessMatrix}) and of its counterpart
 * {@link AccessMatrixRightfulCallersTest}, taken from the {@link AccessMatrixFixture} that sets them up once.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessMatrixSetUp {

    static final String NTT = AccessMatrixFixture.NTT;
    static final String BANTEN = AccessMatrixFixture.BANTEN;

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
    void two_provinces_two_groups_two_buyers() {
        AccessMatrixFixture f = fixture.setUpOnce();
        orderNumber = f.orderNumber;
        nttParcel = f.nttParcel;
        nttGroup = f.nttGroup;
        nttOtherGroup = f.nttOtherGroup;
        bantenGroup = f.bantenGroup;
        nttProduct = f.nttProduct;
        nttSubmitted = f.nttSubmitted;
        buyerA = f.buyerA;
        buyerB = f.buyerB;
        addressOfB = f.addressOfB;
        ownerOfNtt = f.ownerOfNtt;
        plainMemberOfNtt = f.plainMemberOfNtt;
        collection = f.collection;
        targets = f.targets;
        curatorOfNtt = f.curatorOfNtt;
        curatorOfBanten = f.curatorOfBanten;
        memberOfNtt = f.memberOfNtt;
        memberOfNttActingForItsOtherGroup = f.memberOfNttActingForItsOtherGroup;
        ownerOfBantenGroup = f.ownerOfBantenGroup;
        buyerACaller = f.buyerACaller;
        adminNotSystem = f.adminNotSystem;
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
        return AccessMatrixFixture.group(name, province);
    }

    static ListingEdit edit(String title) {
        return AccessMatrixFixture.edit(title);
    }

    static NewListing listing(String title) {
        return AccessMatrixFixture.listing(title);
    }
}
