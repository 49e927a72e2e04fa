-- Booth charges by QRIS or card (issue 21) hold their items while the buyer pays: held is what waiting charges keep
-- of the event's stock, out of reach of every other sale and of the give-back when the event ends. A charge that is
-- paid turns its hold into the sale (sold + n, held - n in one transaction); one that fails, expires or is cancelled
-- gives it back (held - n). What is free at the booth is allocated - sold - returned - held.
ALTER TABLE exhibition_stock ADD COLUMN held INT NOT NULL DEFAULT 0;
ALTER TABLE exhibition_stock ADD CONSTRAINT ck_exhibition_stock_held CHECK (held >= 0 AND allocated - sold - returned - held >= 0);
