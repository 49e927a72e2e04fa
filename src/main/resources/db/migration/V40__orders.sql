-- Carts of registered buyers (guests keep theirs in the session), orders, one fulfilment (parcel) per producer group,
-- their lines, refunds and shipping rates. Portable between H2 (MySQL mode), MySQL 8 and MariaDB 10.11.

CREATE TABLE cart_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    variant_id      BIGINT        NOT NULL,
    quantity        INT           NOT NULL,
    -- The price when the item was put in the cart, so that a change is shown before paying.
    price_added     BIGINT        NOT NULL,
    added_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_cart_item UNIQUE (account_id, variant_id),
    CONSTRAINT ck_cart_item_quantity CHECK (quantity > 0)
);

CREATE TABLE customer_order (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number          VARCHAR(20)   NOT NULL,
    account_id      BIGINT,
    status          VARCHAR(24)   NOT NULL,
    buyer_name      VARCHAR(120)  NOT NULL,
    buyer_email     VARCHAR(254)  NOT NULL,
    buyer_phone     VARCHAR(20)   NOT NULL,
    province_code   VARCHAR(2)    NOT NULL,
    regency         VARCHAR(120)  NOT NULL,
    district        VARCHAR(120)  NOT NULL,
    postal_code     VARCHAR(5)    NOT NULL,
    street          VARCHAR(255)  NOT NULL,
    notes           VARCHAR(500),
    items_total     BIGINT        NOT NULL,
    shipping_total  BIGINT        NOT NULL,
    total           BIGINT        NOT NULL,
    payment_session VARCHAR(255),
    created_at      DATETIME(6)   NOT NULL,
    reserved_until  DATETIME(6)   NOT NULL,
    paid_at         DATETIME(6),
    closed_at       DATETIME(6),
    CONSTRAINT uk_customer_order_number UNIQUE (number),
    CONSTRAINT ck_customer_order_total CHECK (total = items_total + shipping_total)
);

CREATE INDEX ix_customer_order_account ON customer_order (account_id, created_at);
CREATE INDEX ix_customer_order_expiry ON customer_order (status, reserved_until);

CREATE TABLE fulfilment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id        BIGINT        NOT NULL,
    group_id        BIGINT        NOT NULL,
    -- The group's province and programme at the time of the order: who may see it, and what OrderPaid reports.
    province_code   VARCHAR(2)    NOT NULL,
    programme_code  VARCHAR(40)   NOT NULL,
    group_name      VARCHAR(160)  NOT NULL,
    status          VARCHAR(24)   NOT NULL,
    items_total     BIGINT        NOT NULL,
    shipping        BIGINT        NOT NULL,
    weight_grams    INT           NOT NULL,
    refunded        BIGINT        NOT NULL DEFAULT 0,
    courier         VARCHAR(60),
    tracking_number VARCHAR(60),
    shipped_at      DATETIME(6),
    delivered_at    DATETIME(6),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_fulfilment_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT uk_fulfilment_group UNIQUE (order_id, group_id)
);

CREATE INDEX ix_fulfilment_group ON fulfilment (group_id, status);
CREATE INDEX ix_fulfilment_province ON fulfilment (province_code, status);
CREATE INDEX ix_fulfilment_shipped ON fulfilment (status, shipped_at);

CREATE TABLE order_line (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fulfilment_id       BIGINT        NOT NULL,
    product_id          BIGINT        NOT NULL,
    variant_id          BIGINT        NOT NULL,
    category_code       VARCHAR(40)   NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    quantity            INT           NOT NULL,
    unit_price          BIGINT        NOT NULL,
    refunded_quantity   INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_order_line_fulfilment FOREIGN KEY (fulfilment_id) REFERENCES fulfilment (id),
    CONSTRAINT ck_order_line_quantity CHECK (quantity > 0 AND refunded_quantity >= 0 AND refunded_quantity <= quantity)
);

CREATE TABLE order_refund (
    refund_id       VARCHAR(40)   NOT NULL PRIMARY KEY,
    fulfilment_id   BIGINT        NOT NULL,
    items           BIGINT        NOT NULL,
    shipping        BIGINT        NOT NULL,
    whole           BOOLEAN       NOT NULL,
    restock         BOOLEAN       NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    settled_at      DATETIME(6),
    CONSTRAINT fk_order_refund_fulfilment FOREIGN KEY (fulfilment_id) REFERENCES fulfilment (id)
);

CREATE TABLE order_refund_line (
    refund_id       VARCHAR(40)   NOT NULL,
    line_id         BIGINT        NOT NULL,
    quantity        INT           NOT NULL,
    PRIMARY KEY (refund_id, line_id),
    CONSTRAINT fk_order_refund_line_refund FOREIGN KEY (refund_id) REFERENCES order_refund (refund_id)
);

-- Shipping per parcel: a first kilogram and each further started kilogram, by destination zone. group_id 0 is the
-- national default the administrator edits; a group may set its own rows.
CREATE TABLE shipping_rate (
    group_id        BIGINT        NOT NULL,
    zone            VARCHAR(20)   NOT NULL,
    first_kg        BIGINT        NOT NULL,
    per_extra_kg    BIGINT        NOT NULL,
    PRIMARY KEY (group_id, zone),
    CONSTRAINT ck_shipping_rate CHECK (first_kg >= 0 AND per_extra_kg >= 0)
);

INSERT INTO shipping_rate (group_id, zone, first_kg, per_extra_kg) VALUES
(0, 'SAME_PROVINCE', 12000, 6000),
(0, 'SAME_ISLAND', 20000, 10000),
(0, 'DOMESTIC', 35000, 20000),
(0, 'ABROAD', 250000, 120000);

-- A secret made once per database (the first node to start writes it) for signed order links, unless configured.
CREATE TABLE order_secret (
    name            VARCHAR(40)   NOT NULL PRIMARY KEY,
    secret          VARCHAR(128)  NOT NULL
);
