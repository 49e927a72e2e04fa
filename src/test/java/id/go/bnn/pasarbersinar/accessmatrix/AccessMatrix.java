package id.go.bnn.pasarbersinar.accessmatrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * The IDOR matrix: every service method that reads or changes a group's, an order's or a person's data, called by
 * someone of another group, another province, another buyer or nobody, is refused and changes nothing, whatever the
 * views show. One class a module (or two close ones) gives its {@link #rows()}; each later issue adds its rows there.
 * {@link AccessMatrixRightfulCallersTest} checks the rightful callers pass, so the refusals are not an accident. No
 * test relies on another having run before or after it, in its class or in another.
 */
abstract class AccessMatrix extends AccessMatrixSetUp {

    /** One row: who calls, what, and the service call itself. */
    record Row(String who, String what, Caller caller, Runnable call) {
        @Override
        public String toString() {
            return what + " by " + who;
        }
    }

    /** Adds the refused calls of this class's module. */
    abstract void addRows(List<Row> rows);

    final Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        addRows(rows);
        return rows.stream();
    }

    /**
     * Each refused call is checked against what it could have changed, read just before and just after it, so the
     * check holds in any order of the tests (the rightful callers' test changes the same records on purpose).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void is_refused_and_changes_nothing(Row row) {
        Map<String, Object> before = protectedState.read(targets);
        Callers.signIn(row.caller());
        assertThatThrownBy(() -> row.call().run()).isInstanceOf(AccessDeniedException.class);
        Callers.signOut();
        assertThat(protectedState.read(targets)).as("what %s could have changed", row).isEqualTo(before);
    }
}
