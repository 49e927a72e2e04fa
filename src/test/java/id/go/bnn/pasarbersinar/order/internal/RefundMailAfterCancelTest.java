package id.go.bnn.pasarbersinar.order.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.order.CheckoutForm;
import id.go.bnn.pasarbersinar.order.FulfilmentRefunded;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A partial refund's mail that goes out only after the parcel was cancelled (its listener failed and the event
 * publication registry delivers it again, or it was slow) still tells of that refund, not of a cancellation: what
 * the mail says follows the refund, not where the parcel stands by the time the mail is written.
 */
@SpringBootTest
class RefundMailAfterCancelTest {

    @Autowired
    Orders orders;
    @Autowired
    OrderFixture fixture;
    @Autowired
    OrderLinks links;
    @Autowired
    OrderMails mails;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    @Test
    void a_partial_refunds_mail_written_after_the_cancel_still_says_refunded_not_cancelled() {
        long scarf = fixture.variant(fixture.ntt(), 5, 120_000, "Selendang surat terlambat");
        String buyer = "terlambat." + System.nanoTime() + "@contoh.id";
        CheckoutForm form = fixture.form();
        form = new CheckoutForm(form.name(), buyer, form.phone(), form.provinceCode(), form.regencyCode(), form.districtCode(),
                form.postalCode(), form.street(), form.notes(), null);
        String number = fixture.paidOrder(fixture.cart(scarf, 2), form);
        long parcel = fixture.fulfilmentIds(number).getFirst();
        long line = fixture.jdbc().sql("SELECT id FROM order_line WHERE fulfilment_id = ?").param(parcel).query(Long.class).single();

        Callers.as(Callers.producer(-330, fixture.ntt().id()), () -> orders.refund(parcel, Map.of(line, 1), false));
        String refundId = fixture.jdbc().sql("SELECT refund_id FROM order_refund WHERE fulfilment_id = ? AND cancelled_from IS NULL")
                .param(parcel).query(String.class).single();
        await().atMost(Duration.ofSeconds(20)).until(() -> subjects(buyer).size() == 2);
        orders.cancel(parcel, links.token(number));
        await().atMost(Duration.ofSeconds(20)).until(() -> subjects(buyer).size() == 3);

        // The partial refund's event once more, now that the parcel is cancelled.
        mails.on(new FulfilmentRefunded(refundId, number, parcel, fixture.ntt().id(), Money.rupiah(120_000), Money.ZERO, false, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> subjects(buyer).size() == 4);
        List<String> subjects = subjects(buyer);
        assertThat(subjects).filteredOn(subject -> subject.startsWith("Dana Rp 120.000 dari pesanan " + number + " dikembalikan")).hasSize(2);
        assertThat(subjects).filteredOn(subject -> subject.contains("dibatalkan")).hasSize(1);
    }

    private static List<String> subjects(String address) {
        return TestMailServer.mailsTo(address).stream().map(mail -> {
            try {
                return mail.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
