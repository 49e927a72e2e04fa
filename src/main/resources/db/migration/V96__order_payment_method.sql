-- How the buyer chose to pay (payment.PaymentMethod's name); NULL for orders from before the choice, whose
-- provider's page decided.
ALTER TABLE customer_order ADD COLUMN payment_method VARCHAR(20) NULL;
