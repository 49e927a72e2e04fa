package id.go.bnn.pasarbersinar.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The dummy hash an unknown e-mail is checked against (so that it costs the same time as a known one) is computed off
 * the thread that creates the provider: an Argon2 hash is a share of the shop's start-up that nothing waits for.
 */
class DummyPasswordHashTest {

    @Test
    void the_provider_is_created_without_waiting_for_the_dummy_hash() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> hashedOn = new CompletableFuture<>();
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                hashedOn.complete(Thread.currentThread().getName());
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "{noop}" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return false;
            }
        };
        try {
            String createdOn = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                new AccountAuthenticationProvider(null, null, null, slow, Clock.systemUTC(), null);
                return Thread.currentThread().getName();
            });
            assertThat(hashedOn.get(10, TimeUnit.SECONDS)).isNotEqualTo(createdOn);
        } finally {
            release.countDown();
        }
    }
}
