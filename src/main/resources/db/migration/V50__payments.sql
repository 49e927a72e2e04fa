-- Payments (issue #9). One row per order that ever started paying: its single outcome (PAID or FAILED) is set by
-- one conditional UPDATE, so the webhook, the return page's lookup and the expiry job can race and the order's
-- PaymentSucceeded/PaymentFailed is still published once.
CREATE TABLE payment (
    order_number       VARCHAR(40)   NOT NULL PRIMARY KEY,
    outcome            VARCHAR(10),
    session_id         VARCHAR(255),
    payment_reference  VARCHAR(255),
    amount             BIGINT        NOT NULL,
    reason             VARCHAR(40),
    created_at         DATETIME(6)   NOT NULL,
    decided_at         DATETIME(6)
);

-- One row per attempt to open a provider session for an order. The row (with its idempotency key and the exact
-- request) is committed BEFORE the provider is called, so a crash between the provider's answer and our commit is
-- recovered by sending the same request with the same key again: the provider answers with the same session.
CREATE TABLE payment_session (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_number       VARCHAR(40)   NOT NULL,
    attempt            INT           NOT NULL,
    provider           VARCHAR(10)   NOT NULL,
    idempotency_key    VARCHAR(100)  NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    session_id         VARCHAR(255),
    url                VARCHAR(2000),
    amount             BIGINT        NOT NULL,
    request_json       MEDIUMTEXT    NOT NULL,
    expires_at         DATETIME(6)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uk_payment_session_attempt UNIQUE (order_number, attempt),
    CONSTRAINT uk_payment_session_session UNIQUE (session_id),
    CONSTRAINT fk_payment_session_payment FOREIGN KEY (order_number) REFERENCES payment (order_number)
);

-- Refunds by the caller's own id (the idempotency key at the provider); settled (RefundSettled published) once.
CREATE TABLE payment_refund (
    refund_id          VARCHAR(100)  NOT NULL PRIMARY KEY,
    order_number       VARCHAR(40)   NOT NULL,
    amount             BIGINT        NOT NULL,
    reason             VARCHAR(200),
    provider_refund_id VARCHAR(255),
    status             VARCHAR(10)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    settled_at         DATETIME(6),
    CONSTRAINT uk_payment_refund_provider UNIQUE (provider_refund_id),
    CONSTRAINT fk_payment_refund_payment FOREIGN KEY (order_number) REFERENCES payment (order_number)
);

-- Every Stripe webhook event, stored once by its id before it is processed: a redelivered event finds its row
-- and changes nothing; an event whose processing failed is picked up again (processed_at still empty).
CREATE TABLE payment_webhook_event (
    event_id           VARCHAR(255)  NOT NULL PRIMARY KEY,
    type               VARCHAR(100)  NOT NULL,
    payload            MEDIUMTEXT    NOT NULL,
    received_at        DATETIME(6)   NOT NULL,
    processed_at       DATETIME(6),
    note               VARCHAR(300)
);
