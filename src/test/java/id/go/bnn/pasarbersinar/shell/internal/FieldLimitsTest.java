package id.go.bnn.pasarbersinar.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Every text field has a length limit that also holds on the server: the header search box as the example. */
@SpringBootTest
class FieldLimitsTest extends SpringBrowserlessTest {

    @Test
    void the_header_search_box_refuses_a_ten_megabyte_value_on_the_server() {
        navigate("katalog", com.vaadin.flow.component.Component.class);
        TextField search = $(TextField.class).withClassName("pb-search").first();
        assertThat(search.getMaxLength()).isBetween(1, FieldLimits.TEXT);

        // As if sent by hand past the browser's maxlength.
        search.setValue("x".repeat(10 * 1024 * 1024));

        assertThat(search.getValue()).isEmpty();
        assertThat(search.isInvalid()).isTrue();
        assertThat(search.getErrorMessage()).contains(String.valueOf(search.getMaxLength()));
    }
}
