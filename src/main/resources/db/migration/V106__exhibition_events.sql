-- Exhibitions (pameran): an event with booths of producer groups, the people who sell at each booth, and the stock
-- a group moved from online sale to the event. The exhibition module owns these tables.
CREATE TABLE exhibition (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(160)  NOT NULL,
    place               VARCHAR(200)  NOT NULL,
    province_code       VARCHAR(8),
    starts_on           DATE          NOT NULL,
    ends_on             DATE          NOT NULL,
    -- Commission on booth sales, in basis points (0 = none); online sales keep the payout module's rate.
    commission_bps      INT           NOT NULL DEFAULT 0,
    status              VARCHAR(16)   NOT NULL,
    created_by          BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    ended_at            DATETIME(6),
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_exhibition_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_exhibition_commission CHECK (commission_bps BETWEEN 0 AND 10000)
);

CREATE INDEX ix_exhibition_dates ON exhibition (starts_on, ends_on);

-- A group taking part: its booth at the event.
CREATE TABLE exhibition_booth (
    exhibition_id       BIGINT        NOT NULL,
    group_id            BIGINT        NOT NULL,
    booth_label         VARCHAR(40),
    PRIMARY KEY (exhibition_id, group_id),
    CONSTRAINT fk_exhibition_booth_exhibition FOREIGN KEY (exhibition_id) REFERENCES exhibition (id) ON DELETE CASCADE
);

-- Who sells at a booth: a member of the group or a staff account.
CREATE TABLE exhibition_seller (
    exhibition_id       BIGINT        NOT NULL,
    group_id            BIGINT        NOT NULL,
    account_id          BIGINT        NOT NULL,
    PRIMARY KEY (exhibition_id, group_id, account_id),
    CONSTRAINT fk_exhibition_seller_booth FOREIGN KEY (exhibition_id, group_id)
        REFERENCES exhibition_booth (exhibition_id, group_id) ON DELETE CASCADE
);

CREATE INDEX ix_exhibition_seller_account ON exhibition_seller (account_id);

-- Stock of one variant at the event: moved from online sale (allocated, possibly in several moves), sold at the
-- booth (sold) and given back to online sale when the event ends (returned). On hand = allocated - sold - returned.
CREATE TABLE exhibition_stock (
    exhibition_id       BIGINT        NOT NULL,
    variant_id          BIGINT        NOT NULL,
    product_id          BIGINT        NOT NULL,
    group_id            BIGINT        NOT NULL,
    allocated           INT           NOT NULL DEFAULT 0,
    sold                INT           NOT NULL DEFAULT 0,
    returned            INT           NOT NULL DEFAULT 0,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (exhibition_id, variant_id),
    CONSTRAINT fk_exhibition_stock_booth FOREIGN KEY (exhibition_id, group_id)
        REFERENCES exhibition_booth (exhibition_id, group_id),
    CONSTRAINT ck_exhibition_stock_on_hand CHECK (allocated - sold - returned >= 0 AND sold >= 0 AND returned >= 0)
);

-- Each move of stock to the event, with the id the group's form made, so that a move sent twice counts once.
CREATE TABLE exhibition_stock_move (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    move_key            VARCHAR(64)   NOT NULL,
    exhibition_id       BIGINT        NOT NULL,
    variant_id          BIGINT        NOT NULL,
    quantity            INT           NOT NULL,
    moved_by            BIGINT        NOT NULL,
    moved_at            DATETIME(6)   NOT NULL,
    CONSTRAINT uk_exhibition_stock_move_key UNIQUE (move_key),
    CONSTRAINT fk_exhibition_stock_move_stock FOREIGN KEY (exhibition_id, variant_id)
        REFERENCES exhibition_stock (exhibition_id, variant_id)
);
