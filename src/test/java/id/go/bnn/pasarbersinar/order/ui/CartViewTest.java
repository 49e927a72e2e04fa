package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CartViewTest extends SpringBrowserlessTest {

    @Test
    void the_header_cart_link_leads_to_a_cart_that_says_it_is_empty() {
        navigate("keranjang", CartView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Keranjang belanja");
        assertThat($(Paragraph.class).first().getText()).isEqualTo("Keranjang Anda masih kosong.");
        assertThat($(Anchor.class).withClassName("pb-button").first().getHref()).isEqualTo("/");
    }
}
