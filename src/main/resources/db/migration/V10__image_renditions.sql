-- Smaller versions of stored pictures, made on first request and kept so that every app node serves the same bytes.
CREATE TABLE stored_image_rendition (
    hash            VARCHAR(64)   NOT NULL,
    max_width       INT           NOT NULL,
    content_type    VARCHAR(40)   NOT NULL,
    width           INT           NOT NULL,
    height          INT           NOT NULL,
    size_bytes      INT           NOT NULL,
    data            LONGBLOB      NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (hash, max_width),
    CONSTRAINT fk_rendition_image FOREIGN KEY (hash) REFERENCES stored_image (hash) ON DELETE CASCADE
);
