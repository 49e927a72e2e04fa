package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/**
 * What the provider keeps of an order's payment (Midtrans's rate for QRIS, an e-wallet or a virtual account): the
 * platform's cost, never a group's. Published once per order, with its {@link PaymentSucceeded}, when the fee is more
 * than Rp 0. {@code paymentType} is the provider's name of how the buyer paid ({@code qris}, {@code bank_transfer}, …).
 */
public record PaymentFeeCharged(String orderNumber, String provider, String paymentType, Money fee, Instant at) {
}
