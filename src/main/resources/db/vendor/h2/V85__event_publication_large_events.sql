-- An event is stored whole until its listener completes: an OrderPaid of a 50-line order is far longer than
-- VARCHAR(4000), so the column holds any length (see db/vendor/mysql).
ALTER TABLE EVENT_PUBLICATION ALTER COLUMN SERIALIZED_EVENT SET DATA TYPE CHARACTER LARGE OBJECT;
