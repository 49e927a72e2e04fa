package id.go.bnn.pasarbersinar.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ErrorViewsBrowserlessTest extends SpringBrowserlessTest {

    @Test
    void not_found_page_offers_the_way_back() {
        navigate("tidak-ada/sama-sekali", NotFoundView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Halaman tidak ditemukan");
        assertThat($(Anchor.class).withClassName("pb-button").first().getHref()).isEqualTo("/");
    }

    @Test
    void error_page_gives_a_reference_and_no_stack_trace() {
        navigate("uji-galat", ServerErrorView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Terjadi kesalahan");
        assertThat($(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).matches("Kode rujukan: [0-9a-f]{8}"));
        assertThat($(ServerErrorView.class).single().getElement().getOuterHTML()).doesNotContain("Exception", "deliberate");
    }
}
