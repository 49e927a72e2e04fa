/**
 * Payment providers (Stripe for cards, Midtrans for QRIS, e-wallets and virtual accounts, demo) and their webhook
 * endpoints. com.stripe is imported only here and in payout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment")
package id.go.bnn.pasarbersinar.payment;
