-- Issue #16: the dashboards show the makers' income without the shipping passed through to couriers, and that
-- shipping apart. Per month and group the rollup keeps the shipping credited with the paid parcels and the shipping
-- given back by refunds; "earned" now holds the items credits only (items − commission). The rollups are a cache of
-- closed months: they are emptied here and built again by the next dashboard with the new columns.
DELETE FROM report_month_group;
DELETE FROM report_month_shared_order;
DELETE FROM report_month_done;
ALTER TABLE report_month_group ADD COLUMN shipping_credited BIGINT NOT NULL DEFAULT 0;
ALTER TABLE report_month_group ADD COLUMN shipping_refunded BIGINT NOT NULL DEFAULT 0;
