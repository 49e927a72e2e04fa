package id.go.bnn.pasarbersinar.identity;

import static id.go.bnn.pasarbersinar.identity.SignInSupport.PASSWORD;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.freshAddress;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.freshEmail;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.MovableClock;
import id.go.bnn.pasarbersinar.identity.internal.AccountAuthenticationProvider;
import id.go.bnn.pasarbersinar.identity.internal.SignInRefused;
import id.go.bnn.pasarbersinar.identity.internal.Totp;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class TwoFactorTest {

    @Autowired
    Accounts accounts;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    AccountAuthenticationProvider provider;
    @Autowired
    Totp totp;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        Callers.signOut();
    }

    @Test
    void a_buyer_turns_on_an_authenticator_and_then_signs_in_with_its_code() {
        String email = freshEmail("dua-langkah");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        Callers.signIn((Caller) signIn(provider, email, PASSWORD, freshAddress()).getPrincipal());

        TwoFactor.Enrollment enrollment = twoFactor.begin();
        assertThat(enrollment.uri()).startsWith("otpauth://totp/").contains("secret=" + enrollment.secret());
        assertThatThrownBy(() -> twoFactor.confirm("000000")).isInstanceOf(AccountException.class);
        twoFactor.confirm(totp.code(enrollment.secret(), clock.instant()));
        Callers.signOut();

        SignInRefused.SecondFactorRequired pending = catchThrowableOfType(SignInRefused.SecondFactorRequired.class,
                () -> signIn(provider, email, PASSWORD, freshAddress()));
        assertThat(pending).as("a right password alone does not sign in").isNotNull();
        assertThatThrownBy(() -> twoFactor.completeSignIn(pending, "123456", freshAddress()))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.code-wrong");
        clock.advance(Duration.ofSeconds(30));
        Caller caller = (Caller) twoFactor.completeSignIn(pending, totp.code(enrollment.secret(), clock.instant()), freshAddress())
                .getPrincipal();
        assertThat(caller.email()).isEqualTo(email);
    }

    @Test
    void a_code_works_once_even_within_its_thirty_seconds() {
        String email = freshEmail("ulang");
        String secret = totp.newSecret();
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), secret);
        String code = totp.code(secret, clock.instant());
        SignInRefused.SecondFactorRequired first = catchThrowableOfType(SignInRefused.SecondFactorRequired.class,
                () -> signIn(provider, email, PASSWORD, freshAddress()));
        assertThat(twoFactor.completeSignIn(first, code, freshAddress()).isAuthenticated()).isTrue();

        SignInRefused.SecondFactorRequired second = catchThrowableOfType(SignInRefused.SecondFactorRequired.class,
                () -> signIn(provider, email, PASSWORD, freshAddress()));
        assertThatThrownBy(() -> twoFactor.completeSignIn(second, code, freshAddress()))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.code-wrong");
    }

    @Test
    void the_code_step_expires_after_five_minutes() {
        String email = freshEmail("lambat");
        String secret = totp.newSecret();
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), secret);
        SignInRefused.SecondFactorRequired pending = catchThrowableOfType(SignInRefused.SecondFactorRequired.class,
                () -> signIn(provider, email, PASSWORD, freshAddress()));
        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> twoFactor.completeSignIn(pending, totp.code(secret, clock.instant()), freshAddress()))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.second-factor-expired");
    }

    @Test
    void wrong_codes_count_as_failed_sign_ins_and_lock_the_account() {
        String email = freshEmail("tebak-kode");
        String secret = totp.newSecret();
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), secret);
        SignInRefused.SecondFactorRequired pending = catchThrowableOfType(SignInRefused.SecondFactorRequired.class,
                () -> signIn(provider, email, PASSWORD, freshAddress()));
        String wrong = totp.code(secret, clock.instant()).equals("111111") ? "222222" : "111111";
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> twoFactor.completeSignIn(pending, wrong, freshAddress())).isInstanceOf(AccountException.class);
        }
        assertThatThrownBy(() -> twoFactor.completeSignIn(pending, totp.code(secret, clock.instant()), freshAddress()))
                .isInstanceOf(SignInRefused.Locked.class);
    }

    @Test
    void staff_roles_count_only_in_sessions_signed_in_with_a_second_factor() {
        String email = freshEmail("kurator-tanpa-kode");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.CURATOR), Set.of("53"), Set.of(), null);
        Caller withoutCode = (Caller) signIn(provider, email, PASSWORD, freshAddress()).getPrincipal();
        assertThat(withoutCode.has(Caller.Role.CURATOR)).isFalse();
        assertThat(withoutCode.curates("53")).isFalse();

        Callers.signIn(withoutCode);
        TwoFactor.Enrollment enrollment = twoFactor.begin();
        twoFactor.confirm(totp.code(enrollment.secret(), clock.instant()));
        assertThatThrownBy(() -> twoFactor.disable(totp.code(enrollment.secret(), clock.instant())))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.two-factor-required-for-staff");
        Callers.signOut();

        clock.advance(Duration.ofSeconds(30));
        SignInRefused.SecondFactorRequired pending = catchThrowableOfType(SignInRefused.SecondFactorRequired.class,
                () -> signIn(provider, email, PASSWORD, freshAddress()));
        Caller withCode = (Caller) twoFactor.completeSignIn(pending, totp.code(enrollment.secret(), clock.instant()), freshAddress())
                .getPrincipal();
        assertThat(withCode.curates("53")).isTrue();
        assertThat(withCode.curates("36")).isFalse();
    }
}
