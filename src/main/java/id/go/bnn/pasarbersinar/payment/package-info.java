/**
 * Payment providers (Stripe, demo) and the webhook endpoint. com.stripe is imported only here and in payout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment")
package id.go.bnn.pasarbersinar.payment;
