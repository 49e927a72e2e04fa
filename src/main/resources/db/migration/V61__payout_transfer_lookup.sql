-- Stripe's transfer webhooks find their payout by the transfer's id.
CREATE INDEX ix_payout_stripe_transfer ON payout (stripe_transfer_id);
