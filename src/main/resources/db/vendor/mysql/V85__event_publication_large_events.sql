-- An event is stored whole until its listener completes: an OrderPaid of a 50-line order is far longer than
-- VARCHAR(4000), so the column holds any length (LONGTEXT on MySQL/MariaDB, up to 4 GB).
-- The other columns are bounded by what the shop writes: class names and listener ids (512), a status word (20).
ALTER TABLE EVENT_PUBLICATION MODIFY SERIALIZED_EVENT LONGTEXT NOT NULL;
