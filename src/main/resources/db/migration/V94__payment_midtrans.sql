-- Midtrans (issue 19): QRIS, e-wallets and virtual accounts. Each payment records its provider, how the buyer paid
-- (Midtrans's payment_type) and the provider's fee, the platform's cost (never a group's).
ALTER TABLE payment ADD COLUMN provider VARCHAR(10);
ALTER TABLE payment ADD COLUMN payment_type VARCHAR(30);
ALTER TABLE payment ADD COLUMN fee BIGINT;

-- Every Midtrans notification, stored once (its key is a hash of what it says) before it is processed: a
-- redelivered notification finds its row and changes nothing; one whose processing failed is picked up again.
CREATE TABLE payment_midtrans_notification (
    notification_key   VARCHAR(64)   NOT NULL PRIMARY KEY,
    order_id           VARCHAR(60)   NOT NULL,
    transaction_status VARCHAR(30)   NOT NULL,
    payload            MEDIUMTEXT    NOT NULL,
    received_at        DATETIME(6)   NOT NULL,
    processed_at       DATETIME(6),
    note               VARCHAR(300)
);
CREATE INDEX ix_payment_midtrans_notification_open ON payment_midtrans_notification (processed_at, received_at);

-- A payment that arrived after the order had given up (our own expiry): the money is real and never lost. It is
-- refunded through the provider where it can be (status REFUNDED), else owed to the buyer (OWED, see below), or
-- left for staff (FOR_STAFF) when the provider refused.
CREATE TABLE payment_late (
    session_id         VARCHAR(255)  NOT NULL PRIMARY KEY,
    order_number       VARCHAR(40)   NOT NULL,
    provider           VARCHAR(10)   NOT NULL,
    payment_reference  VARCHAR(255),
    payment_type       VARCHAR(30),
    amount             BIGINT        NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    note               VARCHAR(300),
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL
);

-- Money owed to a buyer that no provider API can send back (a virtual account): the buyer's bank details, then a
-- transfer by hand recorded by one staff member and confirmed by a second (four eyes). kind REFUND settles the
-- payment_refund of the same id when confirmed; kind LATE gives back a late payment (payment_late).
CREATE TABLE payment_owed_refund (
    refund_id          VARCHAR(100)  NOT NULL PRIMARY KEY,
    kind               VARCHAR(10)   NOT NULL,
    order_number       VARCHAR(40)   NOT NULL,
    amount             BIGINT        NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    bank_name          VARCHAR(100),
    account_number     VARCHAR(40),
    account_holder     VARCHAR(100),
    transfer_reference VARCHAR(100),
    recorded_by        BIGINT,
    recorded_at        DATETIME(6),
    confirmed_by       BIGINT,
    confirmed_at       DATETIME(6),
    created_at         DATETIME(6)   NOT NULL
);
CREATE INDEX ix_payment_owed_refund_status ON payment_owed_refund (status, created_at);
