-- Refunds are decided against what was asked, not what has settled (issue 15): a parcel's shipping is claimed once,
-- by a conditional UPDATE of this flag, when a refund that includes it is requested; a failed refund gives it back.
ALTER TABLE fulfilment ADD COLUMN shipping_refunded BOOLEAN NOT NULL DEFAULT FALSE;

-- A cancel remembers where the parcel stood, so that a cancel whose refund fails puts the parcel back there instead
-- of leaving it cancelled with nothing paid back.
ALTER TABLE order_refund ADD COLUMN cancelled_from VARCHAR(24);

UPDATE fulfilment SET shipping_refunded = TRUE
WHERE id IN (SELECT r.fulfilment_id FROM order_refund r WHERE r.shipping > 0 AND r.status <> 'FAILED');
