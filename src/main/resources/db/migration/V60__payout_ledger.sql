-- Payouts (issue #10): a double-entry ledger in whole rupiah, commission rates, payout destinations and runs.

-- One ledger transaction per source event or staff action; source_key makes posting idempotent ("paid:<fulfilment>").
CREATE TABLE ledger_transaction (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_key   VARCHAR(80)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    description  VARCHAR(255)  NOT NULL,
    booked_at    DATETIME(6)   NOT NULL,
    booked_by    BIGINT,
    CONSTRAINT uk_ledger_transaction_source UNIQUE (source_key)
);

-- Entries: amount > 0 is a credit, < 0 a debit; a transaction's entries sum to zero. Never updated or deleted.
-- group_id 0 is the platform. fulfilment_id / payout_id say what an entry is about; rate_bp is the commission rate
-- (basis points) in force at payment time, on commission entries.
CREATE TABLE ledger_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    transaction_id  BIGINT        NOT NULL,
    account         VARCHAR(40)   NOT NULL,
    group_id        BIGINT        NOT NULL,
    amount          BIGINT        NOT NULL,
    fulfilment_id   BIGINT,
    payout_id       BIGINT,
    rate_bp         INT,
    memo            VARCHAR(40),
    booked_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_ledger_entry_transaction FOREIGN KEY (transaction_id) REFERENCES ledger_transaction (id)
);

CREATE INDEX ix_ledger_entry_transaction ON ledger_entry (transaction_id, amount);
CREATE INDEX ix_ledger_entry_balance ON ledger_entry (account, group_id, amount);
CREATE INDEX ix_ledger_entry_group ON ledger_entry (group_id, booked_at);

-- What the ledger knows of each paid parcel: the figures shown on the group's order lines, and when its earnings
-- become payable. A projection of the ledger (it is updated); the money itself is only in ledger_entry.
CREATE TABLE payout_fulfilment (
    fulfilment_id        BIGINT        NOT NULL PRIMARY KEY,
    group_id             BIGINT        NOT NULL,
    order_number         VARCHAR(40)   NOT NULL,
    paid_at              DATETIME(6)   NOT NULL,
    items                BIGINT        NOT NULL,
    shipping             BIGINT        NOT NULL,
    commission           BIGINT        NOT NULL,
    refunded_items       BIGINT        NOT NULL DEFAULT 0,
    refunded_shipping    BIGINT        NOT NULL DEFAULT 0,
    refunded_commission  BIGINT        NOT NULL DEFAULT 0,
    delivered_at         DATETIME(6),
    released_at          DATETIME(6)
);

CREATE INDEX ix_payout_fulfilment_group ON payout_fulfilment (group_id, paid_at);
CREATE INDEX ix_payout_fulfilment_release ON payout_fulfilment (released_at, delivered_at);

CREATE TABLE payout_order_line (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fulfilment_id   BIGINT        NOT NULL,
    product_id      BIGINT        NOT NULL,
    category_code   VARCHAR(40),
    quantity        INT           NOT NULL,
    unit_price      BIGINT        NOT NULL,
    rate_bp         INT           NOT NULL,
    commission      BIGINT        NOT NULL,
    CONSTRAINT fk_payout_order_line_fulfilment FOREIGN KEY (fulfilment_id) REFERENCES payout_fulfilment (fulfilment_id)
);

CREATE INDEX ix_payout_order_line_fulfilment ON payout_order_line (fulfilment_id);

-- Commission rates in basis points (1000 = 10 %): the platform's, and administrators' overrides per category or
-- group. Rows are never changed: the newest row of a scope is the rate in force; rate_bp NULL removes an override.
CREATE TABLE commission_rate (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scope       VARCHAR(10)   NOT NULL,
    scope_key   VARCHAR(40)   NOT NULL,
    rate_bp     INT,
    set_by      BIGINT,
    set_at      DATETIME(6)   NOT NULL,
    CONSTRAINT ck_commission_rate_range CHECK (rate_bp IS NULL OR (rate_bp >= 0 AND rate_bp <= 10000))
);

CREATE INDEX ix_commission_rate_scope ON commission_rate (scope, scope_key, set_at);

-- Where a group's money goes: a Stripe Connect account, or a bank / koperasi account paid by hand.
CREATE TABLE payout_destination (
    group_id        BIGINT        NOT NULL PRIMARY KEY,
    method          VARCHAR(10)   NOT NULL,
    stripe_account  VARCHAR(64),
    bank_name       VARCHAR(80),
    account_number  VARCHAR(40),
    holder_name     VARCHAR(120),
    updated_by      BIGINT,
    updated_at      DATETIME(6)   NOT NULL
);

CREATE TABLE payout_run (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_at   DATETIME(6)   NOT NULL,
    started_by   BIGINT,
    minimum      BIGINT        NOT NULL,
    scheduled    BOOLEAN       NOT NULL DEFAULT FALSE,
    payouts      INT           NOT NULL DEFAULT 0,
    total        BIGINT        NOT NULL DEFAULT 0
);

-- One payout per group and run. PENDING -> SENT -> PAID, or FAILED (retried with the same key) -> REVERSED.
CREATE TABLE payout (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id              BIGINT        NOT NULL,
    group_id            BIGINT        NOT NULL,
    amount              BIGINT        NOT NULL,
    method              VARCHAR(10)   NOT NULL,
    destination         VARCHAR(255)  NOT NULL,
    destination_masked  VARCHAR(255)  NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    stripe_transfer_id  VARCHAR(64),
    bank_reference      VARCHAR(80),
    recorded_by         BIGINT,
    recorded_at         DATETIME(6),
    approved_by         BIGINT,
    approved_at         DATETIME(6),
    failure             VARCHAR(255),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uk_payout_run_group UNIQUE (run_id, group_id),
    CONSTRAINT fk_payout_run FOREIGN KEY (run_id) REFERENCES payout_run (id),
    CONSTRAINT ck_payout_amount CHECK (amount > 0)
);

CREATE INDEX ix_payout_group ON payout (group_id, created_at);
CREATE INDEX ix_payout_status ON payout (status);

CREATE TABLE payout_proof (
    payout_id     BIGINT        NOT NULL PRIMARY KEY,
    file_name     VARCHAR(120)  NOT NULL,
    content_type  VARCHAR(40)   NOT NULL,
    data          LONGBLOB      NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_payout_proof_payout FOREIGN KEY (payout_id) REFERENCES payout (id)
);
