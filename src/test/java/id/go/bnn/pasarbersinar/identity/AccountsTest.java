package id.go.bnn.pasarbersinar.identity;

import static id.go.bnn.pasarbersinar.identity.SignInSupport.PASSWORD;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.freshAddress;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.freshEmail;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.identity.internal.SignInRefused;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

class AccountsTest extends SignInSetUp {

    @Test
    void a_malformed_address_is_refused_with_a_message_and_creates_nothing() {
        for (String bad : new String[] {"bukan-email", "dua@@contoh.id", "spasi di@contoh.id", "a@b", "x".repeat(250) + "@contoh.id"}) {
            assertThatThrownBy(() -> accounts.register(bad, "Rina Pembeli", PASSWORD, freshAddress()))
                    .isInstanceOfSatisfying(AccountException.class,
                            refusal -> assertThat(refusal.messageKey()).isEqualTo("identity.error.email-invalid"));
            assertThat(accounts.exists(bad)).isFalse();
        }
    }

    @Test
    void a_buyer_signs_in_only_after_opening_the_mailed_verification_link_which_works_once() {
        String email = freshEmail("pembeli");
        accounts.register(email, "Rina Pembeli", PASSWORD, freshAddress());

        assertThatThrownBy(() -> signIn(provider, email, PASSWORD, freshAddress())).isInstanceOf(SignInRefused.EmailNotVerified.class);
        String token = TestMailServer.tokenFromLatestMail(email, "verifikasi-email");
        assertThat(accounts.verifyEmail(token)).isTrue();
        assertThat(accounts.verifyEmail(token)).as("the link works once").isFalse();

        Authentication signedIn = signIn(provider, email.toUpperCase(), PASSWORD, freshAddress());
        Caller caller = (Caller) signedIn.getPrincipal();
        assertThat(caller.roles()).containsExactly(Caller.Role.BUYER);
        assertThat(caller.email()).isEqualTo(email);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_BUYER");
    }

    @Test
    void registering_a_taken_address_answers_the_same_and_tells_only_the_owner() throws Exception {
        String email = freshEmail("ganda");
        accounts.register(email, "Pertama", PASSWORD, freshAddress());
        accounts.register(email, "Kedua", "Sungai-Batanghari-Jambi-9", freshAddress());

        assertThat(TestMailServer.mailsTo(email)).hasSize(2);
        assertThat(TestMailServer.subjectOfLatestMail(email)).contains("Percobaan pendaftaran");
        assertThatThrownBy(() -> signIn(provider, email, "Sungai-Batanghari-Jambi-9", freshAddress()))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void refuses_short_long_weak_and_common_passwords_and_accepts_64_characters() {
        assertThatThrownBy(() -> accounts.register(freshEmail("lemah"), "Budi", "Tenun-12", freshAddress()))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.password-too-short");
        assertThatThrownBy(() -> accounts.register(freshEmail("lemah"), "Budi", "password1234", freshAddress()))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.password-weak");
        assertThatThrownBy(() -> accounts.register(freshEmail("lemah"), "Budi", "qwertyuiop123", freshAddress()))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.password-weak");
        assertThatThrownBy(() -> accounts.register(freshEmail("lemah"), "Budi", "a".repeat(129), freshAddress()))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.password-too-long");

        String email = freshEmail("panjang");
        String long64 = "Tenun ikat dari Kupang dijahit menjadi kemeja oleh warga Fatulul";
        assertThat(long64).hasSize(64);
        accounts.register(email, "Budi", long64, freshAddress());
        accounts.verifyEmail(TestMailServer.tokenFromLatestMail(email, "verifikasi-email"));
        assertThat(signIn(provider, email, long64, freshAddress()).isAuthenticated()).isTrue();
    }

    @Test
    void a_reset_link_sets_a_new_password_once() {
        String email = freshEmail("lupa");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        accounts.requestPasswordReset(email, freshAddress());
        String token = TestMailServer.tokenFromLatestMail(email, "atur-sandi");

        assertThatThrownBy(() -> accounts.resetPassword(token, "123456789012", freshAddress()))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.password-weak");
        accounts.resetPassword(token, "Batik-Pinang-Tangerang-3", freshAddress());

        assertThat(signIn(provider, email, "Batik-Pinang-Tangerang-3", freshAddress()).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(provider, email, PASSWORD, freshAddress())).isInstanceOf(BadCredentialsException.class);
        assertThat(accounts.isResetLinkValid(token)).isFalse();
        assertThatThrownBy(() -> accounts.resetPassword(token, "Eceng-Gondok-Sangiang-4", freshAddress()))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.link-invalid");
    }

    @Test
    void a_reset_link_expires_after_30_minutes_and_a_newer_one_replaces_it() {
        String email = freshEmail("kedaluwarsa");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        accounts.requestPasswordReset(email, freshAddress());
        String first = TestMailServer.tokenFromLatestMail(email, "atur-sandi");
        accounts.requestPasswordReset(email, freshAddress());
        String second = TestMailServer.tokenFromLatestMail(email, "atur-sandi");
        assertThat(accounts.isResetLinkValid(first)).as("replaced by the newer link").isFalse();

        clock.advance(Duration.ofMinutes(29));
        assertThat(accounts.isResetLinkValid(second)).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> accounts.resetPassword(second, "Batik-Pinang-Tangerang-3", freshAddress()))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.link-invalid");
    }

    @Test
    void nobody_makes_the_shop_flood_an_inbox_with_reset_mails() {
        String email = freshEmail("banjir");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        for (int i = 0; i < 10; i++) {
            accounts.requestPasswordReset(email, freshAddress());
        }
        assertThat(TestMailServer.mailsTo(email)).hasSize(3);
        String newest = TestMailServer.tokenFromLatestMail(email, "atur-sandi");
        assertThat(accounts.isResetLinkValid(newest)).isTrue();
        clock.advance(Duration.ofMinutes(16));
        accounts.requestPasswordReset(email, freshAddress());
        assertThat(TestMailServer.mailsTo(email)).hasSize(4);
    }

    @Test
    void a_reset_for_an_unknown_address_sends_nothing_and_says_nothing() {
        String email = freshEmail("tidak-ada");
        accounts.requestPasswordReset(email, freshAddress());
        assertThat(TestMailServer.mailsTo(email)).isEmpty();
    }

    @Test
    void changes_the_password_only_with_the_current_one() {
        String email = freshEmail("ganti");
        AccountId id = SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        Callers.signIn((Caller) signIn(provider, email, PASSWORD, freshAddress()).getPrincipal());

        assertThatThrownBy(() -> accounts.changePassword("salah-sama-sekali", "Rendang-Padang-Olo-2025"))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.current-password-wrong");
        accounts.changePassword(PASSWORD, "Rendang-Padang-Olo-2025");

        assertThat(signIn(provider, email, "Rendang-Padang-Olo-2025", freshAddress()).isAuthenticated()).isTrue();
        Callers.signIn(Callers.admin(-1));
        assertThat(log.newest(10, SecurityEvent.Type.PASSWORD_CHANGED, email)).extracting(SecurityEvent::detail)
                .containsExactly(null, "refused: wrong current password");
        assertThat(id.value()).isPositive();
    }

    @Test
    void keeps_name_phone_in_plus_62_form_and_saved_addresses() {
        String email = freshEmail("profil");
        AccountId id = SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        Callers.signIn(Callers.buyer(id.value()));

        accounts.updateProfile(id, "Dewi Lestari", "0812-3456-7890");
        assertThat(accounts.profile(id).phone()).isEqualTo("+6281234567890");
        assertThatThrownBy(() -> accounts.updateProfile(id, "Dewi", "12345"))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.phone-invalid");
        assertThatThrownBy(() -> accounts.updateProfile(id, "Dewi", "+1 555 0100 200"))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.phone-invalid");

        long address = accounts.addAddress(id, new SavedAddress(null, "Rumah", "Dewi Lestari", "+6281234567890",
                "Jl. Timor Raya No. 5", "Oebobo", "Kota Kupang", "53", "85111"));
        assertThat(accounts.addresses(id)).extracting(SavedAddress::city).containsExactly("Kota Kupang");
        assertThatThrownBy(() -> accounts.addAddress(id, new SavedAddress(null, "Kantor", "Dewi", "0812", "Jl. A", null, "Kupang", "53", "851")))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        accounts.removeAddress(address);
        assertThat(accounts.addresses(id)).isEmpty();
    }

    @Test
    void phone_numbers_are_read_as_indonesians_write_them() {
        assertThat(PhoneNumbers.normalize("+62 812 3456 7890")).contains("+6281234567890");
        assertThat(PhoneNumbers.normalize("62 21 555 1234")).contains("+62215551234");
        assertThat(PhoneNumbers.normalize("(0380) 833 123")).contains("+62380833123");
        assertThat(PhoneNumbers.normalize("0812")).isEmpty();
        assertThat(PhoneNumbers.normalize("+44 20 7946 0958")).isEmpty();
    }
}
