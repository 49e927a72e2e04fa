package id.go.bnn.pasarbersinar.payout;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After each test of a class that posts to the ledger, the whole ledger still balances: no transaction that does
 * not sum to zero, and all entries together sum to zero. An extension rather than a copied {@code @AfterEach}, so
 * every class that feeds the ledger checks the same thing.
 */
class EveryTransactionBalances implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        LedgerStore ledger = SpringExtension.getApplicationContext(context).getBean(LedgerStore.class);
        assertThat(ledger.unbalancedTransactions()).isEmpty();
        assertThat(ledger.grandTotal()).isZero();
    }
}
