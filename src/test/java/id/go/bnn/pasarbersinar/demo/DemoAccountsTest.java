package id.go.bnn.pasarbersinar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.Profile;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DemoAccountsTest {

    @Autowired
    Accounts accounts;
    @Autowired
    DataSource dataSource;

    @Test
    void demo_accounts_exist_on_the_embedded_database_only() throws Exception {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        String[] emails = {"pembeli", "anggota.fatululi", "anggota.tkp-jaya", "kurator.ntt", "kurator.banten", "admin"};
        for (String email : emails) {
            assertThat(accounts.exists(email + DemoAccounts.DOMAIN)).as(email + " on " + url).isEqualTo(url.startsWith("jdbc:h2:"));
        }
        assertThat(DemoAccounts.allowedOn("jdbc:mysql://db/pasar")).isFalse();
        assertThat(DemoAccounts.allowedOn("jdbc:mariadb://db/pasar")).isFalse();
    }

    @Test
    void demo_staff_sign_in_with_a_second_factor_and_curators_hold_their_province() throws Exception {
        if (!accounts.exists("kurator.ntt" + DemoAccounts.DOMAIN)) {
            return;
        }
        Callers.signIn(Callers.admin(-1));
        try {
            Profile ntt = accounts.profile(findId("kurator.ntt" + DemoAccounts.DOMAIN));
            assertThat(ntt.twoFactorEnabled()).isTrue();
            assertThat(ntt.roles()).containsExactly(Caller.Role.CURATOR);
            assertThat(ntt.provinces()).containsExactly("53");
        } finally {
            Callers.signOut();
        }
    }

    private AccountId findId(String email) throws Exception {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT id FROM account WHERE email = ?")) {
            statement.setString(1, email);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return new AccountId(rows.getLong(1));
            }
        }
    }
}
