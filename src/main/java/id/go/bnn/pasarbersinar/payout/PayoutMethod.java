package id.go.bnn.pasarbersinar.payout;

/**
 * How a group is paid: a Stripe Connect transfer, a bank / koperasi transfer made by staff by hand, or a transfer to a
 * bank account through Midtrans Iris (created by one administrator, approved by a second).
 */
public enum PayoutMethod { STRIPE, BANK, IRIS }
