package id.go.bnn.pasarbersinar.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;

/** What the staff page tests share: finding fields and buttons by their (Indonesian) labels, and the feedback line. */
abstract class StaffViewSupport extends SpringBrowserlessTest {

    static final String INJECTION = "</script><img src=x onerror=alert(1)>";

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    void click(String text) {
        Button button = $(Button.class).all().stream().filter(b -> text.equals(b.getText()) && b.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("No button " + text));
        test(button).click();
    }

    TextField textField(String label) {
        return $(TextField.class).all().stream().filter(f -> label.equals(f.getLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("No field " + label));
    }

    TextArea textArea(String label) {
        return $(TextArea.class).all().stream().filter(f -> label.equals(f.getLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("No text area " + label));
    }

    String feedback() {
        Paragraph line = $(Paragraph.class).withClassName("pb-feedback").first();
        return line.isVisible() ? line.getText() : "";
    }

    boolean feedbackIsError() {
        return $(Paragraph.class).withClassName("pb-feedback").first().hasClassName("pb-feedback-error");
    }

    /** Nothing a person typed may reach the page as markup: no component renders raw HTML. */
    void noRawHtml() {
        assertThat($(Html.class).all()).isEmpty();
        assertThat($(Component.class).all()).allSatisfy(component ->
                assertThat(component.getElement().getProperty("innerHTML")).as("innerHTML of " + component).isNull());
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, (int) (System.nanoTime() & 0xffffff));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
