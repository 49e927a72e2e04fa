package id.go.bnn.pasarbersinar.demo;

import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of the demo on its embedded database: a buyer, a member of each demo group, a curator for NTT, a curator for
 * Banten, an administrator and a second administrator for finance (four eyes on bank payouts). Their passwords are
 * fixed and public (README), and so are the staff's authenticator
 * secrets, because staff sign in with a second factor only. Never created where demo data is not wanted.
 */
@Component
class DemoAccounts {

    static final String DOMAIN = "@demo.pasarbersinar.id";
    static final String BUYER_PASSWORD = "Belanja-Tenun-Kupang-25";
    static final String MEMBER_PASSWORD = "Anyam-Eceng-Gondok-25";
    static final String STAFF_PASSWORD = "Kurasi-Pasar-Bersinar-25";
    /** Base32 authenticator secrets: add them to an authenticator app (or read the codes with oathtool --totp -b). */
    static final String NTT_CURATOR_TOTP = "KURATORNTTDEMOPASARBERSINAR23456";
    static final String BANTEN_CURATOR_TOTP = "KURATORBANTENDEMOPASARBERSINAR23";
    static final String ADMIN_TOTP = "ADMINDEMOPASARBERSINAR234567ABCD";
    /** The second administrator (finance), so that a bank payout recorded by one can be approved by another (four eyes). */
    static final String FINANCE_EMAIL = "keuangan" + DOMAIN;
    static final String FINANCE_TOTP = "KEUANGANDEMOPASARBERSINAR234567A";
    static final String ADMIN_EMAIL = "admin" + DOMAIN;

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final ProducerGroups groups;

    DemoAccounts(Accounts accounts, ProducerGroups groups) {
        this.accounts = accounts;
        this.groups = groups;
    }

    /** Accounts with public passwords exist on the embedded database only, even with the demo switch on. */
    static boolean allowedOn(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:");
    }

    /** {@code id} is the new account's id, null when the account existed before this start. */
    record DemoAccount(String email, String password, String role, String totpSecret, AccountId id) {
    }

    /** Creates the accounts that are missing (the caller runs this as the shop itself) and lists them all. */
    List<DemoAccount> ensure() {
        List<DemoAccount> list = new ArrayList<>();
        list.add(ensure("pembeli" + DOMAIN, "Sari Pembeli", BUYER_PASSWORD, Set.of(Role.BUYER), Set.of(), Set.of(), null, "BUYER"));
        Map<String, GroupSummary> demoGroups = groups.listPublic().stream().filter(GroupSummary::demo)
                .collect(Collectors.toMap(GroupSummary::slug, Function.identity()));
        DemoGroups.all().forEach((key, group) -> {
            GroupSummary summary = demoGroups.get(id.go.bnn.pasarbersinar.shared.Slug.from(group.name()).value());
            if (summary != null) {
                list.add(ensure("anggota." + key + DOMAIN, "Anggota " + group.name(), MEMBER_PASSWORD,
                        Set.of(Role.BUYER, Role.PRODUCER), Set.of(), Set.of(summary.id()), null, "PRODUCER · " + group.name()));
            }
        });
        list.add(ensure("kurator.ntt" + DOMAIN, "Kurator BNNP NTT", STAFF_PASSWORD, Set.of(Role.CURATOR), Set.of("53"), Set.of(),
                NTT_CURATOR_TOTP, "CURATOR · Nusa Tenggara Timur (53)"));
        list.add(ensure("kurator.banten" + DOMAIN, "Kurator BNNP Banten", STAFF_PASSWORD, Set.of(Role.CURATOR), Set.of("36"), Set.of(),
                BANTEN_CURATOR_TOTP, "CURATOR · Banten (36)"));
        list.add(ensure(ADMIN_EMAIL, "Admin BNN Pusat", STAFF_PASSWORD, Set.of(Role.ADMIN), Set.of(), Set.of(), ADMIN_TOTP, "ADMIN"));
        list.add(ensure(FINANCE_EMAIL, "Keuangan BNN Pusat", STAFF_PASSWORD, Set.of(Role.ADMIN), Set.of(), Set.of(), FINANCE_TOTP,
                "ADMIN · finance, approves payouts (four eyes)"));
        return list;
    }

    private DemoAccount ensure(String email, String name, String password, Set<Role> roles, Set<String> provinces, Set<GroupId> groupIds,
            String totp, String description) {
        AccountId id = null;
        if (!accounts.exists(email)) {
            id = accounts.provision(email, name, password, roles, provinces, groupIds, totp, true);
        }
        return new DemoAccount(email, password, description, totp, id);
    }

    static void print(List<DemoAccount> list) {
        StringBuilder text = new StringBuilder("\n=== Demo accounts (embedded demo data only; public passwords, never use them for real) ===\n");
        for (DemoAccount account : list) {
            text.append(String.format("  %-44s %-26s %s%n", account.email(), account.password(), account.role()));
            if (account.totpSecret() != null) {
                text.append(String.format("  %-44s authenticator secret: %s%n", "", account.totpSecret()));
            }
        }
        log.info(text.toString());
    }
}
