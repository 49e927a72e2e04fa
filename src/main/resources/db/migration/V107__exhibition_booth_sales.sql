-- Sales at a booth of an exhibition, made on the seller's phone (possibly offline) and sent later. sale_key is the id
-- the phone made, so that a sale sent twice counts once. A sale the event's stock could no longer cover when it arrived
-- is kept with status SHORT (shown to the seller and to staff, not posted to the ledger, stock unchanged); a RECORDED
-- sale took its quantities from exhibition_stock.sold.
CREATE TABLE booth_sale (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sale_key            VARCHAR(36)   NOT NULL,
    exhibition_id       BIGINT        NOT NULL,
    group_id            BIGINT        NOT NULL,
    seller_id           BIGINT        NOT NULL,
    payment             VARCHAR(16)   NOT NULL,
    payment_reference   VARCHAR(64),
    total               BIGINT        NOT NULL,
    cash_received       BIGINT,
    status              VARCHAR(16)   NOT NULL,
    sold_at             DATETIME(6)   NOT NULL,
    received_at         DATETIME(6)   NOT NULL,
    -- The buyer's receipt link: unguessable, not the sale's number.
    receipt_token       VARCHAR(43)   NOT NULL,
    CONSTRAINT uk_booth_sale_key UNIQUE (sale_key),
    CONSTRAINT uk_booth_sale_receipt UNIQUE (receipt_token),
    CONSTRAINT fk_booth_sale_booth FOREIGN KEY (exhibition_id, group_id) REFERENCES exhibition_booth (exhibition_id, group_id),
    CONSTRAINT ck_booth_sale_total CHECK (total >= 0)
);

CREATE INDEX ix_booth_sale_booth ON booth_sale (exhibition_id, group_id, sold_at);

CREATE TABLE booth_sale_line (
    sale_id             BIGINT        NOT NULL,
    line_no             INT           NOT NULL,
    variant_id          BIGINT        NOT NULL,
    product_id          BIGINT        NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    quantity            INT           NOT NULL,
    unit_price          BIGINT        NOT NULL,
    PRIMARY KEY (sale_id, line_no),
    CONSTRAINT fk_booth_sale_line_sale FOREIGN KEY (sale_id) REFERENCES booth_sale (id),
    CONSTRAINT ck_booth_sale_line CHECK (quantity > 0 AND unit_price >= 0)
);

-- Closing a booth's day: the cash a seller counted against the cash sales recorded that day (the difference is
-- counted - expected), confirmed by a second person (four eyes) who is not the one who counted.
CREATE TABLE booth_day_close (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    exhibition_id       BIGINT        NOT NULL,
    group_id            BIGINT        NOT NULL,
    sales_day           DATE          NOT NULL,
    expected_cash       BIGINT        NOT NULL,
    counted_cash        BIGINT        NOT NULL,
    note                VARCHAR(500),
    counted_by          BIGINT        NOT NULL,
    counted_at          DATETIME(6)   NOT NULL,
    confirmed_by        BIGINT,
    confirmed_at        DATETIME(6),
    CONSTRAINT uk_booth_day_close UNIQUE (exhibition_id, group_id, sales_day),
    CONSTRAINT fk_booth_day_close_booth FOREIGN KEY (exhibition_id, group_id) REFERENCES exhibition_booth (exhibition_id, group_id),
    CONSTRAINT ck_booth_day_close_cash CHECK (counted_cash >= 0 AND expected_cash >= 0)
);
