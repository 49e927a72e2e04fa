package id.go.bnn.pasarbersinar.order.ui;

import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.order.Checkout;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The set-up of the tests of the buyer's order pages (cart, order): orders placed and paid through the demo provider,
 * then opened with their link.
 */
@SpringBootTest
abstract class OrderPageSetUp extends SpringBrowserlessTest {

    @Autowired
    OrderFixture fixture;
    @Autowired
    Checkout checkout;
    @Autowired
    DemoCheckout demo;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    /** The buyer pays on the demo payment page, and the order is paid once the payment's event has been handled. */
    void pay(PlacedOrder order) {
        demo.choose(fixture.paymentSession(order.number()), DemoCheckout.Choice.PAY);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.orderStatus(order.number()).equals("PAID"));
    }

    /** Opens the order page as the buyer does, with the link's token. */
    void open(PlacedOrder order) {
        String token = order.orderPath().substring(order.orderPath().indexOf("?t=") + 3);
        UI.getCurrent().navigate("pesanan/" + order.number(), QueryParameters.simple(Map.of("t", token)));
    }
}
