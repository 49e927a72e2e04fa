package id.go.bnn.pasarbersinar.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.MovableClock;
import id.go.bnn.pasarbersinar.order.internal.OrderJobs;
import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import id.go.bnn.pasarbersinar.payment.Payments;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The buyer's choice of how to pay, on the real database with the demo provider: checkout offers the provider's
 * methods, keeps the chosen one with the order and hands it to the provider, refuses one it does not offer, and the
 * method decides how long the stock stays reserved (QRIS and e-wallets 15 minutes, a virtual account 24 hours).
 */
@SpringBootTest
class PaymentMethodCheckoutTest {

    @Autowired
    Checkout checkout;
    @Autowired
    Payments payments;
    @Autowired
    Orders orders;
    @Autowired
    OrderFixture fixture;
    @Autowired
    OrderJobs jobs;
    @Autowired
    DemoCheckout demo;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset_clock() {
        clock.reset();
    }

    private CheckoutForm paying(String method) {
        CheckoutForm f = fixture.form();
        return new CheckoutForm(f.name(), f.email(), f.phone(), f.provinceCode(), f.regencyCode(), f.districtCode(), f.postalCode(),
                f.street(), f.notes(), f.expectedTotal(), method);
    }

    private Duration reserved(String number) {
        record Times(Instant created, Instant until) {
        }
        Times times = fixture.jdbc().sql("SELECT created_at, reserved_until FROM customer_order WHERE number = ?").param(number)
                .query((rs, row) -> new Times(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())).single();
        return Duration.between(times.created(), times.until());
    }

    private String storedMethod(String number) {
        return fixture.jdbc().sql("SELECT payment_method FROM customer_order WHERE number = ?").param(number).query(String.class).single();
    }

    @Test
    void checkout_offers_exactly_the_methods_the_provider_has() {
        assertThat(checkout.paymentMethods()).isEqualTo(payments.availableMethods()).containsExactly(PaymentMethod.values());
    }

    @Test
    void the_chosen_method_is_kept_with_the_order_and_handed_to_the_provider() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);

        PlacedOrder order = checkout.place(fixture.cart(tas, 1), paying("BRI_VA"));

        assertThat(storedMethod(order.number())).isEqualTo("BRI_VA");
        assertThat(demo.session(fixture.paymentSession(order.number())).orElseThrow().request().method()).isEqualTo(PaymentMethod.BRI_VA);
        assertThat(orders.find(order.number(), token(order)).orElseThrow().paymentMethod()).isEqualTo(PaymentMethod.BRI_VA);
    }

    @Test
    void a_method_checkout_does_not_offer_is_refused_by_name_and_changes_nothing() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);
        for (String tampered : List.of("BITCOIN", "qris", "QRIS; DROP TABLE customer_order", "CARD ")) {
            GuestCart guest = fixture.cart(tas, 2);
            String email = "tamper." + System.nanoTime() + "@contoh.id";
            CheckoutForm f = paying(tampered);
            CheckoutForm form = new CheckoutForm(f.name(), email, f.phone(), f.provinceCode(), f.regencyCode(), f.districtCode(),
                    f.postalCode(), f.street(), f.notes(), null, tampered);

            if (tampered.equals("CARD ")) {
                // Blanks around an offered name are the browser's, not a tampering: the card is taken.
                assertThat(storedMethod(checkout.place(guest, form).number())).isEqualTo("CARD");
                fixture.setStock(tas, 5);
                continue;
            }
            assertThatThrownBy(() -> checkout.place(guest, form))
                    .isInstanceOfSatisfying(InvalidCheckoutForm.class, refused -> assertThat(refused.problems())
                            .containsExactly(java.util.Map.entry(CheckoutForm.Field.PAYMENT_METHOD, "order.checkout.error.payment-method")));
            assertThat(fixture.stock(tas)).as(tampered).isEqualTo(5);
            assertThat(fixture.isEmpty(guest)).isFalse();
            assertThat(fixture.jdbc().sql("SELECT COUNT(*) FROM customer_order WHERE buyer_email = ?").param(email).query(Integer.class).single())
                    .isZero();
        }
    }

    @Test
    void the_time_to_pay_and_the_reservation_follow_the_method() {
        long tas = fixture.variant(fixture.ntt(), 20, 80_000);
        assertThat(reserved(checkout.place(fixture.cart(tas, 1), paying("QRIS")).number())).isEqualTo(Duration.ofMinutes(15));
        assertThat(reserved(checkout.place(fixture.cart(tas, 1), paying("SHOPEEPAY")).number())).isEqualTo(Duration.ofMinutes(15));
        assertThat(reserved(checkout.place(fixture.cart(tas, 1), paying("BCA_VA")).number())).isEqualTo(Duration.ofHours(24));
        assertThat(reserved(checkout.place(fixture.cart(tas, 1), paying("MANDIRI_VA")).number())).isEqualTo(Duration.ofHours(24));
        assertThat(reserved(checkout.place(fixture.cart(tas, 1), paying("CARD")).number())).isEqualTo(Duration.ofMinutes(30));
        assertThat(reserved(checkout.place(fixture.cart(tas, 1), fixture.form()).number())).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void the_payment_page_closes_when_the_reservation_ends() {
        long tas = fixture.variant(fixture.ntt(), 5, 80_000);
        PlacedOrder order = checkout.place(fixture.cart(tas, 1), paying("PERMATA_VA"));

        Instant until = fixture.jdbc().sql("SELECT reserved_until FROM customer_order WHERE number = ?").param(order.number())
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(demo.session(fixture.paymentSession(order.number())).orElseThrow().payableUntil()).isEqualTo(until);
    }

    @Test
    void a_qris_order_keeps_its_stock_for_exactly_its_fifteen_minutes_then_the_job_releases_it() {
        long tas = fixture.variant(fixture.ntt(), 5, 80_000);
        PlacedOrder order = checkout.place(fixture.cart(tas, 2), paying("QRIS"));

        clock.advance(Duration.ofMinutes(14));
        Caller.runAsSystem(() -> jobs.expireReservations());
        assertThat(fixture.orderStatus(order.number())).isEqualTo("AWAITING_PAYMENT");
        assertThat(fixture.stock(tas)).isEqualTo(3);

        clock.advance(Duration.ofMinutes(1).plusSeconds(5));
        Caller.runAsSystem(() -> jobs.expireReservations());
        assertThat(fixture.orderStatus(order.number())).isEqualTo("EXPIRED");
        assertThat(fixture.stock(tas)).isEqualTo(5);
    }

    @Test
    void a_virtual_account_order_waits_while_the_buyer_is_away_then_expires_and_its_stock_returns() {
        long tas = fixture.variant(fixture.banten(), 4, 120_000);
        PlacedOrder order = checkout.place(fixture.cart(tas, 3), paying("BNI_VA"));
        String token = token(order);

        // The buyer left the page to pay at an ATM: the order page asks the provider and the order keeps waiting.
        orders.checkPayment(order.number(), token);
        assertThat(fixture.orderStatus(order.number())).isEqualTo("AWAITING_PAYMENT");
        assertThat(orders.paymentPage(order.number(), token)).contains(order.paymentUrl());
        assertThat(fixture.stock(tas)).isEqualTo(1);

        // The demo's "let it expire": the session closes as expired and the order releases its stock on hearing it.
        assertThat(demo.choose(fixture.paymentSession(order.number()), DemoCheckout.Choice.EXPIRE)).isPresent();
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.orderStatus(order.number()).equals("EXPIRED"));
        assertThat(fixture.stock(tas)).isEqualTo(4);
        assertThat(fixture.fulfilmentStatuses(order.number())).containsExactly("CANCELLED");
        assertThat(orders.paymentPage(order.number(), token)).isEmpty();
    }

    @Test
    void a_virtual_account_order_whose_day_ran_out_is_closed_by_the_expiry_job() {
        long tas = fixture.variant(fixture.banten(), 4, 120_000);
        PlacedOrder order = checkout.place(fixture.cart(tas, 2), paying("BCA_VA"));
        fixture.reservationRunsOut(order.number());

        Caller.runAsSystem(() -> jobs.expireReservations());

        assertThat(fixture.orderStatus(order.number())).isEqualTo("EXPIRED");
        assertThat(fixture.stock(tas)).isEqualTo(4);
        assertThat(demo.session(fixture.paymentSession(order.number())).orElseThrow().open()).isFalse();
    }

    @Test
    void only_the_buyer_is_led_back_to_the_payment_page_of_a_waiting_order() {
        long tas = fixture.variant(fixture.ntt(), 4, 120_000);
        PlacedOrder order = checkout.place(fixture.cart(tas, 1), paying("MANDIRI_VA"));
        String number = order.number();

        assertThat(orders.paymentPage(number, "forged")).isEmpty();
        assertThat(orders.paymentPage(number, null)).isEmpty();
        assertThat(Callers.as(Callers.buyer(-9611), () -> orders.paymentPage(number, null))).isEmpty();
        // The group sees its parcel of the order, but paying it is the buyer's: no way to the payment page.
        assertThat(Callers.as(Callers.producer(-9612, fixture.ntt().id()), () -> orders.find(number, null))).isPresent();
        assertThat(Callers.as(Callers.producer(-9612, fixture.ntt().id()), () -> orders.paymentPage(number, null))).isEmpty();
        assertThat(Callers.as(Callers.admin(-9613), () -> orders.paymentPage(number, null))).isEmpty();
        assertThat(orders.paymentPage(number, token(order))).contains(order.paymentUrl());
    }

    private static String token(PlacedOrder order) {
        return order.orderPath().substring(order.orderPath().indexOf("?t=") + 3);
    }
}
