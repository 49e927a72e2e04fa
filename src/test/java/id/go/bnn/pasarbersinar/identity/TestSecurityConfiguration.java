package id.go.bnn.pasarbersinar.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test doubles every context of the run shares: a clock tests can move (token expiry, throttling windows) and a
 * password encoder that counts real password checks (throttling must not even check a locked account's password).
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestSecurityConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return MovableClock.INSTANCE;
    }

    @Bean
    @Primary
    CountingPasswordEncoder countingPasswordEncoder(@Qualifier("passwordEncoder") PasswordEncoder real) {
        return new CountingPasswordEncoder(real);
    }

    /** The system clock, moved forward by what tests ask for. */
    public static final class MovableClock extends Clock {

        static final MovableClock INSTANCE = new MovableClock();
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        public void advance(Duration duration) {
            offset.updateAndGet(current -> current.plus(duration));
        }

        public void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        /** This clock seen in another zone (the shop's days are Jakarta's): moved with it, not a copy. */
        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(ZoneOffset.UTC) ? this : new Zoned(this, zone);
        }

        private static final class Zoned extends Clock {

            private final MovableClock clock;
            private final ZoneId zone;

            Zoned(MovableClock clock, ZoneId zone) {
                this.clock = clock;
                this.zone = zone;
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return clock.withZone(other);
            }
        }
    }

    /** Counts {@link #matches} calls: each is one real (Argon2) password check. */
    public static final class CountingPasswordEncoder implements PasswordEncoder {

        private final PasswordEncoder real;
        private final AtomicInteger checks = new AtomicInteger();

        CountingPasswordEncoder(PasswordEncoder real) {
            this.real = real;
        }

        public int checks() {
            return checks.get();
        }

        public void resetCount() {
            checks.set(0);
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return real.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return real.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return real.upgradeEncoding(encodedPassword);
        }
    }
}
