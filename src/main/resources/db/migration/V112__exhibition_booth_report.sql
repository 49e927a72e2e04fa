-- The commission a booth sale owes (whole rupiah, half up, at the event's rate when the sale was recorded): the same
-- amount the ledger books for it, kept with the sale so the exhibition report and the dashboards need not read the
-- ledger and an event's rate edited later does not change past sales. Sales recorded before this column existed get
-- their event's rate now.
ALTER TABLE booth_sale ADD COLUMN commission BIGINT NOT NULL DEFAULT 0;

UPDATE booth_sale SET commission = FLOOR((total * (SELECT e.commission_bps FROM exhibition e WHERE e.id = booth_sale.exhibition_id) + 5000) / 10000);

-- The dashboards sum booth sales per month and group over every event.
CREATE INDEX ix_booth_sale_sold ON booth_sale (sold_at, group_id);
