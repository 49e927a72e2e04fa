-- The catalog's own copy of which producer groups it may show (verified), fed by the producer module's
-- GroupStandingChanged in the transaction that changes a group, so that the catalog's SQL no longer reads
-- producer_group. Every group has a row: the hidden ones (pending, suspended) are what a search excludes.
CREATE TABLE catalog_group (
    group_id  BIGINT   NOT NULL PRIMARY KEY,
    visible   BOOLEAN  NOT NULL
);

CREATE INDEX ix_catalog_group_visible ON catalog_group (visible, group_id);

INSERT INTO catalog_group (group_id, visible)
SELECT id, CASE WHEN verification = 'VERIFIED' THEN TRUE ELSE FALSE END FROM producer_group;
