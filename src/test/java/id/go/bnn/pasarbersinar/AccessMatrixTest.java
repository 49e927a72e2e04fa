package id.go.bnn.pasarbersinar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.catalog.Collections;
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
import id.go.bnn.pasarbersinar.payout.CommissionRate;
import id.go.bnn.pasarbersinar.payout.Commissions;
import id.go.bnn.pasarbersinar.payout.Earnings;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
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
 * someone of another group, another province, another buyer or nobody, is refused, whatever the views show. Each
 * later issue adds its rows. The last test checks the rightful callers pass, so the refusals are not an accident.
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
    Earnings earnings;
    @Autowired
    PayoutRuns payoutRuns;
    @Autowired
    PayoutDestinations payoutDestinations;
    @Autowired
    Commissions commissions;

    GroupId nttGroup;
    GroupId nttOtherGroup;
    GroupId bantenGroup;
    ProductId nttProduct;
    AccountId buyerA;
    AccountId buyerB;
    long addressOfB;

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
        curatorOfNtt = Callers.curator(-5301, NTT);
        curatorOfBanten = Callers.curator(-3601, BANTEN);
        memberOfNtt = Callers.producer(-5302, nttGroup.value());
        memberOfNttActingForItsOtherGroup = new Caller(-5303L, "m@test.id", Set.of(Role.PRODUCER), Set.of(),
                Set.of(nttGroup.value(), nttOtherGroup.value()), nttOtherGroup.value(), false);
        ownerOfBantenGroup = Callers.producer(-3602, bantenGroup.value());
        buyerACaller = Callers.buyer(buyerA.value());
        adminNotSystem = Callers.admin(-1);
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ProducerGroups.register in NTT", caller, () -> groups.register(group("Matriks Liar", NTT), false)));
            rows.add(new Row(name(caller), "ProducerGroups.verify of an NTT group", caller, () -> groups.verify(nttOtherGroup)));
            rows.add(new Row(name(caller), "Listings.approve of an NTT product", caller, () -> listings.approve(nttProduct)));
            rows.add(new Row(name(caller), "Invitations.inviteMember to an NTT group", caller,
                    () -> invitations.inviteMember(nttGroup, "liar@test.pasarbersinar.id")));
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
                    () -> invitations.inviteCurator("liar@test.pasarbersinar.id", NTT)));
            rows.add(new Row(name(caller), "SecurityLog.newest", caller, () -> securityLog.newest(10, null, null)));
            rows.add(new Row(name(caller), "Mailer.devMailbox", caller, () -> mailer.devMailbox(10)));
        }
        rows.add(new Row(name(ownerOfBantenGroup), "Accounts.actFor a group it is not a member of", ownerOfBantenGroup,
                () -> accounts.actFor(nttGroup)));
        for (Caller caller : List.of(adminNotSystem, anonymous)) {
            rows.add(new Row(name(caller), "Accounts.provision", caller, () -> accounts.provision("liar@test.pasarbersinar.id", "Liar",
                    "Kopi-Lamteuba-Seulawah-7", Set.of(Role.ADMIN), Set.of(), Set.of(), null, false)));
        }
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Earnings.balance of an NTT group", caller, () -> earnings.balance(nttGroup)));
            rows.add(new Row(name(caller), "Earnings.statement of an NTT group", caller,
                    () -> earnings.statement(nttGroup, java.time.YearMonth.now())));
            rows.add(new Row(name(caller), "Earnings.payouts of an NTT group", caller, () -> earnings.payouts(nttGroup)));
            rows.add(new Row(name(caller), "PayoutDestinations.of an NTT group", caller, () -> payoutDestinations.of(nttGroup)));
            rows.add(new Row(name(caller), "Accounts.memberEmails of an NTT group", caller, () -> accounts.memberEmails(nttGroup)));
        }
        for (Caller caller : List.of(memberOfNtt, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "PayoutRuns.run", caller, () -> payoutRuns.run()));
            rows.add(new Row(name(caller), "PayoutRuns.recent", caller, () -> payoutRuns.recent(10)));
            rows.add(new Row(name(caller), "PayoutRuns.approve", caller, () -> payoutRuns.approve(1)));
            rows.add(new Row(name(caller), "PayoutDestinations.setBank of an NTT group", caller,
                    () -> payoutDestinations.setBank(nttGroup, "BRI", "1234567890", "Liar")));
            rows.add(new Row(name(caller), "Commissions.setPlatformRate", caller, () -> commissions.setPlatformRate(new CommissionRate(0))));
            rows.add(new Row(name(caller), "Commissions.settings", caller, () -> commissions.settings()));
        }
        rows.add(new Row("nobody", "Accounts.changePassword", anonymous, () -> accounts.changePassword("a", "Kopi-Lamteuba-Seulawah-8")));
        rows.add(new Row("nobody", "Accounts.me", anonymous, () -> accounts.me()));
        rows.add(new Row("nobody", "TwoFactor.begin", anonymous, () -> twoFactor.begin()));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void is_refused(Row row) {
        Callers.signIn(row.caller());
        assertThatThrownBy(() -> row.call().run()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothing_was_changed_by_the_refused_calls() {
        Callers.signIn(Callers.buyer(buyerB.value()));
        assertThat(accounts.addresses(buyerB)).extracting(SavedAddress::id).containsExactly(addressOfB);
        assertThat(accounts.profile(buyerB).name()).isEqualTo("Pembeli B");
        assertThat(groups.find(nttOtherGroup).orElseThrow().isPublic()).isFalse();
        assertThat(Callers.as(adminNotSystem, () -> payoutDestinations.of(nttGroup))).isEmpty();
        assertThat(Callers.as(adminNotSystem, () -> commissions.settings().platform().basisPoints())).isEqualTo(1000);
    }

    @Test
    void the_rightful_callers_pass() {
        Callers.as(curatorOfNtt, () -> groups.verify(nttOtherGroup));
        ProductId mine = Callers.as(memberOfNtt, () -> listings.create(nttGroup, listing("Produk Anggota"), false));
        Callers.as(curatorOfNtt, () -> listings.approve(mine));
        Callers.as(memberOfNttActingForItsOtherGroup, () -> listings.create(nttOtherGroup, listing("Produk Kelompok Lain"), false));
        assertThat(Callers.as(Callers.buyer(buyerB.value()), () -> accounts.addresses(buyerB))).hasSize(1);
        assertThat(Callers.as(adminNotSystem, () -> accounts.profile(buyerB)).email()).isEqualTo("matriks.b@test.pasarbersinar.id");
        assertThatCode(() -> Callers.as(curatorOfNtt, () -> invitations.inviteMember(nttGroup, "anggota.matriks@test.pasarbersinar.id")))
                .doesNotThrowAnyException();
        assertThat(Callers.as(memberOfNttActingForItsOtherGroup, () -> accounts.actFor(nttGroup)).actsFor(nttGroup.value())).isTrue();
        assertThat(Callers.as(memberOfNtt, () -> earnings.balance(nttGroup)).available().rupiah()).isZero();
        assertThat(Callers.as(memberOfNtt, () -> earnings.statement(nttGroup, java.time.YearMonth.now())).rows()).isEmpty();
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

    static NewListing listing(String title) {
        return new NewListing(new LocalizedText(title, title + " EN"), new LocalizedText("Deskripsi.", "Description."), "tenun", 150_000,
                400, NewListing.single(3), List.of());
    }
}
