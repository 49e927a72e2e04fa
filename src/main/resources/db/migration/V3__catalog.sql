-- Images are stored in the database (content-addressed by SHA-256) so that every app node serves the same files.
CREATE TABLE stored_image (
    hash            VARCHAR(64)      NOT NULL PRIMARY KEY,
    content_type    VARCHAR(40)   NOT NULL,
    width           INT           NOT NULL,
    height          INT           NOT NULL,
    size_bytes      INT           NOT NULL,
    data            LONGBLOB      NOT NULL,
    created_at      DATETIME(6)   NOT NULL
);

CREATE TABLE product (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug            VARCHAR(120)  NOT NULL,
    group_id        BIGINT        NOT NULL,
    category_code   VARCHAR(40)   NOT NULL,
    title_id        VARCHAR(160)  NOT NULL,
    title_en        VARCHAR(160),
    description_id  TEXT          NOT NULL,
    description_en  TEXT,
    price           BIGINT        NOT NULL,
    weight_grams    INT           NOT NULL,
    status          VARCHAR(24)   NOT NULL,
    review_note     VARCHAR(1000),
    -- Copied from the producer group so that catalog filters need no join; kept in step by GroupRelocated events.
    province_code   VARCHAR(2)      NOT NULL,
    programme_code  VARCHAR(40)   NOT NULL,
    -- Sum of the variants' stock, kept in step by the catalog service, for the "in stock" filter.
    total_stock     INT           NOT NULL DEFAULT 0,
    -- The first photo, so that a product card needs no second query.
    cover_image     VARCHAR(64),
    sales_count     INT           NOT NULL DEFAULT 0,
    demo            BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    published_at    DATETIME(6),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_product_slug UNIQUE (slug),
    CONSTRAINT fk_product_group FOREIGN KEY (group_id) REFERENCES producer_group (id),
    CONSTRAINT fk_product_category FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT fk_product_province FOREIGN KEY (province_code) REFERENCES province (code),
    CONSTRAINT ck_product_price CHECK (price > 0),
    CONSTRAINT ck_product_weight CHECK (weight_grams > 0),
    CONSTRAINT ck_product_stock CHECK (total_stock >= 0)
);

CREATE INDEX ix_product_published ON product (status, published_at);
CREATE INDEX ix_product_category ON product (status, category_code, published_at);
CREATE INDEX ix_product_province ON product (status, province_code, published_at);
CREATE INDEX ix_product_price ON product (status, price);
CREATE INDEX ix_product_popularity ON product (status, sales_count);
CREATE INDEX ix_product_group ON product (group_id, status);

CREATE TABLE product_variant (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id      BIGINT        NOT NULL,
    sku             VARCHAR(64)   NOT NULL,
    name_id         VARCHAR(120)  NOT NULL,
    name_en         VARCHAR(120),
    price           BIGINT,
    stock           INT           NOT NULL,
    position        INT           NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_product_variant_sku UNIQUE (sku),
    CONSTRAINT fk_product_variant_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT ck_product_variant_stock CHECK (stock >= 0),
    CONSTRAINT ck_product_variant_price CHECK (price IS NULL OR price > 0)
);

CREATE INDEX ix_product_variant_product ON product_variant (product_id, position);

CREATE TABLE product_image (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id      BIGINT        NOT NULL,
    image_hash      VARCHAR(64)      NOT NULL,
    position        INT           NOT NULL,
    alt_id          VARCHAR(200),
    alt_en          VARCHAR(200),
    CONSTRAINT fk_product_image_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_image_image FOREIGN KEY (image_hash) REFERENCES stored_image (hash)
);

CREATE INDEX ix_product_image_product ON product_image (product_id, position);
