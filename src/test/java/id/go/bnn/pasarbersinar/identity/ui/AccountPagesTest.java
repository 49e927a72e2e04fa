package id.go.bnn.pasarbersinar.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.internal.SignInRefused;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.web.WebAttributes;

@SpringBootTest
class AccountPagesTest extends SpringBrowserlessTest {

    @Autowired
    Accounts accounts;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    @Test
    void signing_up_in_the_form_mails_the_confirmation_link() {
        navigate(RegisterView.class);
        String email = "formulir-" + System.nanoTime() + "@test.pasarbersinar.id";
        $(EmailField.class).first().setValue(email);
        $(TextField.class).all().stream().filter(field -> "Nama".equals(field.getLabel())).findFirst().orElseThrow().setValue("Rina");
        $(PasswordField.class).all().forEach(field -> field.setValue("Tenun-Ikat-Fatululi-88"));
        test($(Button.class).all().stream().filter(button -> "Daftar".equals(button.getText())).findFirst().orElseThrow()).click();

        assertThat($(Paragraph.class).all()).anySatisfy(note -> assertThat(note.getText()).contains("Kami mengirim tautan konfirmasi ke " + email));
        assertThat(TestMailServer.tokenFromLatestMail(email, "verifikasi-email")).hasSize(43);
    }

    @Test
    void a_weak_password_is_refused_in_the_form_with_its_reason() {
        navigate(RegisterView.class);
        $(EmailField.class).first().setValue("lemah-" + System.nanoTime() + "@test.pasarbersinar.id");
        $(TextField.class).all().stream().filter(field -> "Nama".equals(field.getLabel())).findFirst().orElseThrow().setValue("Rina");
        $(PasswordField.class).all().forEach(field -> field.setValue("password1234"));
        test($(Button.class).all().stream().filter(button -> "Daftar".equals(button.getText())).findFirst().orElseThrow()).click();

        assertThat($(PasswordField.class).first().isInvalid()).isTrue();
        assertThat($(PasswordField.class).first().getErrorMessage()).contains("terlalu mudah ditebak");
    }

    @Test
    void a_right_password_for_an_account_with_an_authenticator_leads_to_the_code_step() {
        navigate(LoginView.class);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInRefused.SecondFactorRequired(1, "x@test.id", Instant.now().plusSeconds(300)));
        com.vaadin.flow.component.UI.getCurrent().navigate("masuk", com.vaadin.flow.router.QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);
    }

    @Test
    void the_account_page_shows_the_signed_in_person() {
        String email = "halaman-" + System.nanoTime() + "@test.pasarbersinar.id";
        AccountId id = Caller.runAsSystem(() -> accounts.provision(email, "Dewi", "Kopi-Lamteuba-Seulawah-7", Set.of(Caller.Role.BUYER),
                Set.of(), Set.of(), null, false));
        Callers.signIn(new Caller(id.value(), email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null, false));
        navigate("akun", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Akun saya");
        assertThat($(Paragraph.class).all()).anySatisfy(note -> assertThat(note.getText()).contains(email, "Pembeli"));
    }
}
