package id.go.bnn.pasarbersinar.identity;

import static id.go.bnn.pasarbersinar.identity.SignInSupport.PASSWORD;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.freshAddress;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.freshEmail;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.CountingPasswordEncoder;
import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.MovableClock;
import id.go.bnn.pasarbersinar.identity.internal.AccountAuthenticationProvider;
import id.go.bnn.pasarbersinar.identity.internal.SignInRefused;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;

@SpringBootTest
class SignInThrottlingTest {

    @Autowired
    Accounts accounts;
    @Autowired
    AccountAuthenticationProvider provider;
    @Autowired
    CountingPasswordEncoder encoder;
    @Autowired
    MovableClock clock;
    @Autowired
    SecurityLog log;

    @AfterEach
    void reset() {
        clock.reset();
        Callers.signOut();
    }

    @Test
    void two_hundred_wrong_passwords_lock_the_account_after_no_more_than_ten_password_checks() {
        String email = freshEmail("tebak");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        String address = freshAddress();
        encoder.resetCount();

        List<Throwable> refusals = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // Spread over a few addresses, as a botnet would: the account limit holds regardless.
            String from = i % 4 == 0 ? address : "10.9." + (i % 4) + "." + (i % 200);
            refusals.add(catchThrowable(() -> signIn(provider, email, "tebakan-ke-" + 0 + "-salah", from)));
        }

        assertThat(encoder.checks()).isLessThanOrEqualTo(10);
        assertThat(refusals.subList(0, 9)).allSatisfy(refusal -> assertThat(refusal).isExactlyInstanceOf(BadCredentialsException.class));
        assertThat(refusals.subList(9, 200)).allSatisfy(refusal -> assertThat(refusal).isInstanceOf(SignInRefused.Locked.class));
        assertThatThrownBy(() -> signIn(provider, email, PASSWORD, freshAddress()))
                .as("even the right password waits for the lock to end").isInstanceOf(SignInRefused.Locked.class);
        assertThat(encoder.checks()).isLessThanOrEqualTo(10);

        SignInRefused.Locked locked = (SignInRefused.Locked) refusals.getLast();
        assertThat(locked.until()).isBetween(clock.instant().plus(Duration.ofMinutes(14)), clock.instant().plus(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(16));
        assertThat(signIn(provider, email, PASSWORD, freshAddress()).isAuthenticated()).as("free again after the window").isTrue();

        Callers.signIn(Callers.admin(-1));
        assertThat(log.newest(5, SecurityEvent.Type.ACCOUNT_LOCKED, email)).isNotEmpty();
    }

    @Test
    void guesses_arriving_all_at_once_still_get_no_more_than_ten_password_checks() throws Exception {
        String email = freshEmail("serbu");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        encoder.resetCount();
        int guesses = 40;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Throwable>> results = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String from = freshAddress();
                results.add(pool.submit(() -> {
                    start.await();
                    return catchThrowable(() -> signIn(provider, email, "serbuan-salah-sekaligus", from));
                }));
            }
            start.countDown();
            List<Throwable> refusals = new ArrayList<>();
            for (java.util.concurrent.Future<Throwable> result : results) {
                refusals.add(result.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(encoder.checks()).isLessThanOrEqualTo(10);
            assertThat(refusals).allSatisfy(refusal -> assertThat(refusal)
                    .isInstanceOfAny(BadCredentialsException.class, SignInRefused.Locked.class));
            assertThat(refusals).filteredOn(refusal -> refusal instanceof SignInRefused.Locked).hasSizeGreaterThanOrEqualTo(guesses - 10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_unknown_account_gets_the_same_answers_and_the_same_lock() {
        String known = freshEmail("ada");
        SignInSupport.provision(accounts, known, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        String unknown = freshEmail("tidak-ada");
        List<Class<?>> knownAnswers = new ArrayList<>();
        List<Class<?>> unknownAnswers = new ArrayList<>();
        encoder.resetCount();
        for (int i = 0; i < 12; i++) {
            knownAnswers.add(catchThrowable(() -> signIn(provider, known, "bukan-sandinya-1", freshAddress())).getClass());
            unknownAnswers.add(catchThrowable(() -> signIn(provider, unknown, "bukan-sandinya-1", freshAddress())).getClass());
        }
        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        assertThat(encoder.checks()).as("an unknown account costs a password check too, until locked").isEqualTo(20);
    }

    @Test
    void one_address_trying_many_accounts_is_stopped_too() {
        String address = freshAddress();
        for (int i = 0; i < 50; i++) {
            catchThrowable(() -> signIn(provider, freshEmail("semprot"), "sandi-umum-2025", address));
        }
        String victim = freshEmail("korban");
        SignInSupport.provision(accounts, victim, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        assertThatThrownBy(() -> signIn(provider, victim, PASSWORD, address)).isInstanceOf(SignInRefused.Locked.class);
        assertThat(signIn(provider, victim, PASSWORD, freshAddress()).isAuthenticated()).as("other addresses are not affected").isTrue();
    }
}
