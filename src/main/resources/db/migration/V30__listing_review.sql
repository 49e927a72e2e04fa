-- The listing lifecycle: when a listing was last submitted (the review queue is oldest first), and whether a curator
-- acting as field officer prepared it (a member of the group must confirm it before it goes to review).
ALTER TABLE product ADD COLUMN submitted_at DATETIME(6);
ALTER TABLE product ADD COLUMN prepared_by_account BIGINT;

-- An edit of an approved listing's public fields (texts, photos, category) or of its price beyond the limit waits
-- here for review; the approved listing stays on sale, unchanged, until a curator approves the revision.
-- One revision per product: a further edit replaces the waiting one.
CREATE TABLE product_revision (
    product_id      BIGINT         NOT NULL PRIMARY KEY,
    state           VARCHAR(24)    NOT NULL,
    category_code   VARCHAR(40)    NOT NULL,
    title_id        VARCHAR(160)   NOT NULL,
    title_en        VARCHAR(160),
    description_id  TEXT           NOT NULL,
    description_en  TEXT,
    price           BIGINT         NOT NULL,
    -- The photos as lines "hash<TAB>alt id<TAB>alt en", in order; the first is the cover.
    photos          TEXT           NOT NULL,
    -- Variant prices beyond the limit as lines "sku<TAB>price" ("sku<TAB>" for the listing's price).
    variant_prices  TEXT           NOT NULL,
    review_note     VARCHAR(1000),
    submitted_by    BIGINT,
    submitted_at    DATETIME(6)    NOT NULL,
    CONSTRAINT fk_product_revision_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_revision_category FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT ck_product_revision_price CHECK (price > 0)
);

CREATE INDEX ix_product_revision_queue ON product_revision (state, submitted_at);
CREATE INDEX ix_product_queue ON product (status, province_code, submitted_at);

-- What happened to a listing, who did it and why: the review history both the group and the curators see.
CREATE TABLE listing_event (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id      BIGINT         NOT NULL,
    action          VARCHAR(40)    NOT NULL,
    actor_account   BIGINT,
    actor_email     VARCHAR(254),
    actor_role      VARCHAR(16)    NOT NULL,
    reason          VARCHAR(1000),
    happened_at     DATETIME(6)    NOT NULL,
    CONSTRAINT fk_listing_event_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);

CREATE INDEX ix_listing_event_product ON listing_event (product_id, happened_at);
