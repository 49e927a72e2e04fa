package id.go.bnn.pasarbersinar.payout;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.payment.PaymentFeeCharged;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The payment provider's fee is the platform's expense, posted once, and never touches a group's account. */
@SpringBootTest
@ExtendWith(EveryTransactionBalances.class)
class PaymentFeeLedgerTest {

    @Autowired
    OrderEvents events;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_midtrans_fee_is_posted_once_as_platform_expense_against_buyer_payments() {
        String order = "PB-FEE" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        PaymentFeeCharged fee = new PaymentFeeCharged(order, "MIDTRANS", "qris", Money.rupiah(1_260), Instant.now());

        events.publish(fee);
        events.publish(fee);

        List<String> entries = jdbc.sql("SELECT e.account, e.group_id, e.amount FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                        + "WHERE t.source_key = ? ORDER BY e.account")
                .param("fee:" + order).query((rs, row) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3)).list();
        assertThat(entries).containsExactly("PLATFORM_BUYER_PAYMENTS 0 1260", "PLATFORM_PAYMENT_FEES 0 -1260");
    }
}
