package id.go.bnn.pasarbersinar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Text far longer than any field allows is refused by the services too, and nothing of it is stored. */
@SpringBootTest
class InputLimitsTest {

    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_ten_megabyte_reset_address_stores_nothing_and_sends_nothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM security_event").query(Long.class).single();
        accounts.requestPasswordReset("a".repeat(10 * 1024 * 1024) + "@contoh.id", "10.6.0.1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_event").query(Long.class).single()).isEqualTo(before);
    }
}
