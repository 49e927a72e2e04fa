CREATE TABLE curated_collection (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug            VARCHAR(120)  NOT NULL,
    title_id        VARCHAR(160)  NOT NULL,
    title_en        VARCHAR(160),
    description_id  TEXT,
    description_en  TEXT,
    featured        BOOLEAN       NOT NULL DEFAULT FALSE,
    position        INT           NOT NULL DEFAULT 0,
    demo            BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_curated_collection_slug UNIQUE (slug)
);

CREATE TABLE curated_collection_item (
    collection_id   BIGINT        NOT NULL,
    product_id      BIGINT        NOT NULL,
    position        INT           NOT NULL,
    PRIMARY KEY (collection_id, product_id),
    CONSTRAINT fk_collection_item_collection FOREIGN KEY (collection_id) REFERENCES curated_collection (id) ON DELETE CASCADE,
    CONSTRAINT fk_collection_item_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);
