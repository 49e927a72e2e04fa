package id.go.bnn.pasarbersinar.payout;

/** How a group is paid: a Stripe Connect transfer, or a bank / koperasi transfer made by staff by hand. */
public enum PayoutMethod { STRIPE, BANK }
