package id.go.bnn.pasarbersinar.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void a_second_person_is_another_known_account() {
        Caller admin = Callers.admin(7);

        assertThat(admin.isSecondPersonTo(8L)).isTrue();
        assertThat(admin.isSecondPersonTo(7L)).as("the same person").isFalse();
        assertThat(admin.isSecondPersonTo(null)).as("nobody known did the first step").isFalse();
        assertThat(Caller.ANONYMOUS.isSecondPersonTo(8L)).as("no account").isFalse();
    }
}
