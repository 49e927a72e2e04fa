-- Why a booth sale was kept SHORT (issue 21): STOCK (the event's stock could no longer cover it), EVENT_CLOSED,
-- SELLER_REMOVED, ITEM_WITHDRAWN (a paid charge whose sale could no longer be recorded), OTHER; shown to the seller and
-- staff in words. Recorded sales have none; short sales kept before this column existed say UNKNOWN (not recorded).
ALTER TABLE booth_sale ADD COLUMN short_reason VARCHAR(16);
UPDATE booth_sale SET short_reason = 'UNKNOWN' WHERE status = 'SHORT';
