-- Pictures' bytes may live in an S3-compatible bucket (PASAR_STORAGE_S3_*) instead of their row: stored_in says where,
-- and data is then NULL. Rows written before this stay in the database ('DATABASE') until an operator moves them
-- (--pasar.storage.migrate=to-s3, docs/operations.md). Portable between H2 (MySQL mode), MySQL 8 and MariaDB 10.11.
ALTER TABLE stored_image MODIFY data LONGBLOB NULL;
ALTER TABLE stored_image ADD COLUMN stored_in VARCHAR(10) DEFAULT 'DATABASE' NOT NULL;
ALTER TABLE stored_image_rendition MODIFY data LONGBLOB NULL;
ALTER TABLE stored_image_rendition ADD COLUMN stored_in VARCHAR(10) DEFAULT 'DATABASE' NOT NULL;
-- The move walks the rows still in one place, in hash order, so that an interrupted move goes on where it stopped.
CREATE INDEX ix_stored_image_stored_in ON stored_image (stored_in, hash);
CREATE INDEX ix_stored_image_rendition_stored_in ON stored_image_rendition (stored_in, hash, max_width);
