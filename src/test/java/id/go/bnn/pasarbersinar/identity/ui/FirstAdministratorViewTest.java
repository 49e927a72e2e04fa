package id.go.bnn.pasarbersinar.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.identity.AdministratorSetup;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.shared.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FirstAdministratorViewTest extends SpringBrowserlessTest {

    @Autowired
    AdministratorSetup setup;
    @Autowired
    Accounts accounts;

    @Test
    void the_printed_link_opens_a_form_that_creates_the_administrator_once() {
        String link = Caller.runAsSystem(setup::issueLink);
        String token = link.substring(link.indexOf("token=") + "token=".length());
        String email = "admin-formulir-" + System.nanoTime() + "@test.pasarbersinar.id";

        open(token);
        assertThat(getCurrentView()).isInstanceOf(FirstAdministratorView.class);
        $(EmailField.class).first().setValue(email);
        $(TextField.class).all().stream().filter(field -> "Nama".equals(field.getLabel())).findFirst().orElseThrow().setValue("Pengelola Pusat");
        $(PasswordField.class).all().forEach(field -> field.setValue("Pengelola-Pasar-Nasional-2026"));
        test($(Button.class).all().stream().filter(button -> "Buat administrator".equals(button.getText())).findFirst().orElseThrow()).click();

        assertThat($(Paragraph.class).all()).anySatisfy(note -> assertThat(note.getText()).startsWith("Administrator telah dibuat"));
        assertThat(accounts.exists(email)).isTrue();

        open(token);
        assertThat($(EmailField.class).all()).isEmpty();
        assertThat($(Paragraph.class).all()).anySatisfy(note -> assertThat(note.getText()).startsWith("Tautan ini tidak berlaku lagi"));
    }

    @Test
    void a_made_up_link_shows_no_form() {
        open("x".repeat(43));
        assertThat($(EmailField.class).all()).isEmpty();
        assertThat($(Button.class).all()).noneSatisfy(button -> assertThat(button.getText()).isEqualTo("Buat administrator"));
    }

    @Test
    void typed_markup_stays_text_whether_refused_or_accepted() {
        String payload = "</script><img src=x onerror=alert(1)>";
        String link = Caller.runAsSystem(setup::issueLink);
        String token = link.substring(link.indexOf("token=") + "token=".length());
        open(token);

        $(EmailField.class).first().setValue(payload);
        $(TextField.class).all().stream().filter(field -> "Nama".equals(field.getLabel())).findFirst().orElseThrow().setValue(payload);
        $(PasswordField.class).all().forEach(field -> field.setValue("Pengelola-Pasar-Nasional-2026"));
        Button submit = $(Button.class).all().stream().filter(button -> "Buat administrator".equals(button.getText())).findFirst().orElseThrow();
        test(submit).click();
        assertThat($(EmailField.class).first().isInvalid()).isTrue();
        assertThat(imagesIn(getCurrentView().getElement())).isZero();

        String email = "admin-markup-" + System.nanoTime() + "@test.pasarbersinar.id";
        $(EmailField.class).first().setValue(email);
        test(submit).click();

        assertThat(accounts.exists(email)).isTrue();
        assertThat(imagesIn(getCurrentView().getElement())).isZero();
    }

    /** Elements made from markup: a typed {@code <img>} that became one would be counted here. */
    private static long imagesIn(com.vaadin.flow.dom.Element element) {
        if (element.isTextNode()) {
            return 0;
        }
        return ("img".equalsIgnoreCase(element.getTag()) ? 1 : 0)
                + element.getChildren().mapToLong(FirstAdministratorViewTest::imagesIn).sum();
    }

    private static void open(String token) {
        UI.getCurrent().navigate("admin-pertama", QueryParameters.of("token", token));
    }
}
