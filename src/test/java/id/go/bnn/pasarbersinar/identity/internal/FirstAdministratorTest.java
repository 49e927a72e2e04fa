package id.go.bnn.pasarbersinar.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.identity.AccountException;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FirstAdministratorTest {

    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    AccountStore store;

    @Test
    void creates_the_first_administrator_once() {
        String email = "operator-" + System.nanoTime() + "@test.pasarbersinar.id";
        assertThat(firstAdministrator.ensure(email, "Operator", "Pengelola-Pasar-Nasional-2026")).isTrue();
        long id = store.findByEmail(email).orElseThrow().id();
        assertThat(store.roles(id)).contains(Role.ADMIN);

        assertThat(firstAdministrator.ensure(email, "Operator", "Pengelola-Pasar-Nasional-2026")).isFalse();
    }

    @Test
    void a_weak_or_missing_password_stops_and_creates_nothing() {
        String email = "lemah-" + System.nanoTime() + "@test.pasarbersinar.id";
        assertThatThrownBy(() -> firstAdministrator.ensure(email, "Operator", "password123456")).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> firstAdministrator.ensure(email, "Operator", "")).isInstanceOf(IllegalStateException.class);
        assertThat(store.existsByEmail(email)).isFalse();
    }
}
