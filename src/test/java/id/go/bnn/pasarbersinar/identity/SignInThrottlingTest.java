package id.go.bnn.pasarbersinar.identity;

import static id.go.bnn.pasarbersinar.identity.SignInSupport.PASSWORD;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.freshAddress;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.freshEmail;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.CountingPasswordEncoder;
import id.go.bnn.pasarbersinar.identity.internal.SignInRefused;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;

class SignInThrottlingTest extends SignInSetUp {

    @Autowired
    CountingPasswordEncoder encoder;

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
    void guesses_from_many_addresses_do_not_lock_the_owner_out_of_a_browser_that_signed_in_before() {
        String email = freshEmail("pemilik");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        String ownersAddress = freshAddress();
        jakarta.servlet.http.Cookie device = inRequest(null, () -> signIn(provider, email, PASSWORD, ownersAddress));
        assertThat(device).as("a completed sign-in remembers the browser").isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        encoder.resetCount();
        for (int i = 0; i < 200; i++) {
            String from = "10.8." + (i % 200) + "." + (i % 7 + 1);
            catchThrowable(() -> signIn(provider, email, "tebakan-salah-sekali", from));
        }
        assertThat(encoder.checks()).as("200 guesses from elsewhere").isLessThanOrEqualTo(10);
        assertThatThrownBy(() -> inRequest(null, () -> signIn(provider, email, PASSWORD, freshAddress())))
                .as("an unknown browser waits").isInstanceOf(SignInRefused.Locked.class);

        assertThat(inRequestAuthenticated(device, () -> signIn(provider, email, PASSWORD, ownersAddress)))
                .as("the owner's known browser still gets in").isTrue();
    }

    @Test
    void one_address_guessing_one_account_waits_longer_after_each_failure() {
        String email = freshEmail("jeda");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        String address = freshAddress();
        for (int i = 0; i < 4; i++) {
            assertThat(catchThrowable(() -> signIn(provider, email, "salah-" + 0, address))).isExactlyInstanceOf(BadCredentialsException.class);
        }
        encoder.resetCount();
        SignInRefused.Locked first = (SignInRefused.Locked) catchThrowable(() -> signIn(provider, email, "salah-0", address));
        assertThat(first.until()).isBetween(clock.instant().plusSeconds(25), clock.instant().plusSeconds(31));
        assertThat(catchThrowable(() -> signIn(provider, email, PASSWORD, address))).as("even the right password waits").isInstanceOf(SignInRefused.Locked.class);
        assertThat(encoder.checks()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(31));
        assertThat(catchThrowable(() -> signIn(provider, email, "salah-0", address))).isInstanceOf(SignInRefused.Locked.class);
        assertThat(encoder.checks()).as("checked again after the delay").isEqualTo(2);
        SignInRefused.Locked second = (SignInRefused.Locked) catchThrowable(() -> signIn(provider, email, "salah-0", address));
        assertThat(Duration.between(clock.instant(), second.until())).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61));
        assertThat(signIn(provider, email, PASSWORD, freshAddress()).isAuthenticated()).as("other addresses are not held up").isTrue();
    }

    /** Runs a sign-in as if inside an HTTP request carrying this device cookie; returns the device cookie it set. */
    private static jakarta.servlet.http.Cookie inRequest(jakarta.servlet.http.Cookie device, Runnable signIn) {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        if (device != null) {
            request.setCookies(device);
        }
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request, response));
        try {
            signIn.run();
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
        return response.getCookie("pb_perangkat");
    }

    private static boolean inRequestAuthenticated(jakarta.servlet.http.Cookie device, java.util.function.Supplier<org.springframework.security.core.Authentication> signIn) {
        boolean[] authenticated = {false};
        inRequest(device, () -> authenticated[0] = signIn.get().isAuthenticated());
        return authenticated[0];
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
