/**
 * The ledger of each producer group, commission, payout runs and statements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payout")
package id.go.bnn.pasarbersinar.payout;
