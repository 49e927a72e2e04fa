-- Payouts by Midtrans Iris (payout module).
-- A destination paid through Iris (method IRIS, bank_name holding Iris's bank code such as bca): the last account check
-- (Iris's account validation) made for exactly this bank code, account number and holder name (validated_for); a
-- failed check keeps its message.
ALTER TABLE payout_destination ADD COLUMN validated_for VARCHAR(200);
ALTER TABLE payout_destination ADD COLUMN validated_name VARCHAR(120);
ALTER TABLE payout_destination ADD COLUMN validated_at DATETIME(6);
ALTER TABLE payout_destination ADD COLUMN validation_error VARCHAR(255);

-- A payout sent through Iris: what was sent (resent unchanged with the same idempotency key after a crash), Iris's
-- reference, our step (CREATING before the call, QUEUED, APPROVED, then Iris's last word) and the approver.
ALTER TABLE payout ADD COLUMN iris_bank VARCHAR(20);
ALTER TABLE payout ADD COLUMN iris_account VARCHAR(40);
ALTER TABLE payout ADD COLUMN iris_name VARCHAR(120);
ALTER TABLE payout ADD COLUMN iris_reference VARCHAR(64);
ALTER TABLE payout ADD COLUMN iris_state VARCHAR(12);
ALTER TABLE payout ADD COLUMN iris_requested_at DATETIME(6);
ALTER TABLE payout ADD COLUMN iris_approved_by BIGINT;
CREATE UNIQUE INDEX uk_payout_iris_reference ON payout (iris_reference);

-- Iris's signed notifications, each stored once (by the SHA-256 of its body) before it is processed.
CREATE TABLE payout_iris_notification (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_hash     CHAR(64)      NOT NULL,
    reference_no  VARCHAR(64),
    status        VARCHAR(20),
    body          TEXT          NOT NULL,
    received_at   DATETIME(6)   NOT NULL,
    processed_at  DATETIME(6),
    CONSTRAINT uk_payout_iris_notification UNIQUE (body_hash)
);

CREATE INDEX ix_payout_iris_notification_ref ON payout_iris_notification (reference_no, processed_at);
