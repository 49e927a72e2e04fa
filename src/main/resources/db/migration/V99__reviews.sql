-- Reviews by buyers of delivered parcels (issue 20): one per order line, written by the buyer (an account or a guest
-- holding the order's signed link). author_name is the buyer's first name and initial as shown ("Sari W."); the
-- variant bought and the order's date are copied so that the review reads the same when the listing changes.
-- status: PUBLISHED (counted and shown), HELD (a link or a phone number in it: waits for the curator), HIDDEN (the
-- curator hid it). in_queue: waiting in the province's curator queue (held, or reported by someone).
CREATE TABLE review (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_number    VARCHAR(20)   NOT NULL,
    line_id         BIGINT        NOT NULL,
    product_id      BIGINT        NOT NULL,
    group_id        BIGINT        NOT NULL,
    province_code   VARCHAR(8)    NOT NULL,
    account_id      BIGINT,
    author_name     VARCHAR(80)   NOT NULL,
    variant_id      VARCHAR(300)  NOT NULL,
    variant_en      VARCHAR(300)  NOT NULL,
    bought_at       DATETIME(6)   NOT NULL,
    rating          INT           NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    in_queue        BOOLEAN       NOT NULL DEFAULT FALSE,
    queue_reason    VARCHAR(16),
    report_note     VARCHAR(300),
    answer          VARCHAR(2000),
    answered_at     DATETIME(6),
    answered_by     BIGINT,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uq_review_line UNIQUE (line_id),
    CONSTRAINT ck_review_rating CHECK (rating BETWEEN 1 AND 5)
);

CREATE INDEX ix_review_product ON review (product_id, status, created_at);
CREATE INDEX ix_review_group ON review (group_id, created_at);
CREATE INDEX ix_review_queue ON review (in_queue, province_code, created_at);
CREATE INDEX ix_review_order ON review (order_number);

CREATE TABLE review_photo (
    review_id   BIGINT       NOT NULL,
    position    INT          NOT NULL,
    image_hash  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (review_id, position),
    CONSTRAINT fk_review_photo_review FOREIGN KEY (review_id) REFERENCES review (id) ON DELETE CASCADE
);

-- The catalog's projection of the published reviews of each product, written by the review module through
-- catalog.ListingRatings: the average in tenths of a star (0 when none) and the count, for cards and the rating sort.
ALTER TABLE product ADD COLUMN rating_tenths INT NOT NULL DEFAULT 0;
ALTER TABLE product ADD COLUMN rating_count INT NOT NULL DEFAULT 0;
