package id.go.bnn.pasarbersinar.identity;

import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.MovableClock;
import id.go.bnn.pasarbersinar.identity.internal.AccountAuthenticationProvider;
import id.go.bnn.pasarbersinar.shared.Callers;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The set-up of the tests of accounts and signing in: the accounts, the sign-in itself, the clock the tests move
 * (lockouts, expiring links) and the security log they read. After each test the clock is back to now and nobody is
 * signed in, so a moved clock never leaks into the next test.
 */
@SpringBootTest
abstract class SignInSetUp {

    @Autowired
    Accounts accounts;
    @Autowired
    AccountAuthenticationProvider provider;
    @Autowired
    MovableClock clock;
    @Autowired
    SecurityLog log;

    @AfterEach
    void reset() {
        clock.reset();
        Callers.signOut();
    }
}
