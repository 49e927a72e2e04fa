package id.go.bnn.pasarbersinar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class DemoSwitchTest {

    private static final String REFUSAL = "Pasar Bersinar needs a database: set DB_URL, DB_USER and DB_PASSWORD for a real shop, "
            + "or PASAR_DEMO=true for the demo on an embedded database (see docs/configuration.md)";

    private final DemoSwitch demoSwitch = new DemoSwitch(java.util.function.Supplier::get);

    @Test
    void the_application_without_database_settings_and_without_the_demo_switch_refuses_to_start_in_one_line(CapturedOutput output) {
        // Empty values hide whatever DB_URL or PASAR_DEMO the machine running the tests has; no profile means no test settings.
        assertThatThrownBy(() -> new SpringApplicationBuilder(PasarBersinarApplication.class)
                .run("--spring.profiles.active=refusal", "--DB_URL=", "--PASAR_DEMO=", "--PASAR_DEMO_DATA="))
                .isInstanceOf(StartRefused.class).hasMessage(REFUSAL);

        assertThat(output.getErr()).contains(REFUSAL + System.lineSeparator());
        assertThat(output.getAll()).doesNotContain("\tat ", "APPLICATION FAILED TO START");
    }

    @Test
    void without_a_database_and_without_the_switch_nothing_starts() {
        assertThatThrownBy(() -> process(new MockEnvironment())).isInstanceOf(StartRefused.class).hasMessage(REFUSAL);
        assertThatThrownBy(() -> process(new MockEnvironment().withProperty("spring.datasource.url", " ")
                .withProperty("pasar.demo.enabled", "false"))).hasMessage(REFUSAL);
    }

    @Test
    void the_old_auto_is_no_demo_any_more_even_on_an_embedded_database() {
        assertThatThrownBy(() -> process(new MockEnvironment().withProperty("pasar.demo.enabled", "auto"))).hasMessage(REFUSAL);

        MockEnvironment h2 = process(new MockEnvironment().withProperty("pasar.demo.enabled", "auto")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/pasar-bersinar"));
        assertThat(h2.getProperty("pasar.demo.enabled")).isEqualTo("false");
    }

    @Test
    void the_demo_switch_brings_the_embedded_database_when_none_is_named() {
        MockEnvironment demo = process(new MockEnvironment().withProperty("pasar.demo.enabled", "TRUE"));

        assertThat(demo.getProperty("pasar.demo.enabled")).isEqualTo("true");
        assertThat(demo.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/pasar-bersinar;MODE=MySQL");
    }

    @Test
    void a_real_database_without_the_switch_is_a_shop_without_demo() {
        MockEnvironment shop = process(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mysql://db:3306/pasar"));

        assertThat(shop.getProperty("pasar.demo.enabled")).isEqualTo("false");
        assertThat(shop.getProperty("spring.datasource.url")).isEqualTo("jdbc:mysql://db:3306/pasar");
    }

    @Test
    void a_switch_that_is_neither_true_nor_false_stops_the_start_with_what_to_set() {
        assertThatThrownBy(() -> process(new MockEnvironment().withProperty("pasar.demo.enabled", "ja")
                .withProperty("spring.datasource.url", "jdbc:mysql://db:3306/pasar")))
                .isInstanceOf(StartRefused.class).hasMessageContaining("PASAR_DEMO").hasMessageContaining("true or false");
    }

    private MockEnvironment process(MockEnvironment environment) {
        demoSwitch.postProcessEnvironment(environment, null);
        return environment;
    }
}
