-- A paid line keeps what it was sold as (both languages), so the statement reads the payout module's own table
-- instead of joining the catalog's product. New lines take the order line's title from OrderPaid.
ALTER TABLE payout_order_line ADD COLUMN title_id VARCHAR(300);
ALTER TABLE payout_order_line ADD COLUMN title_en VARCHAR(300);

-- Lines paid before: the product's name as the statement showed it until now (read once, here).
UPDATE payout_order_line SET
    title_id = (SELECT p.title_id FROM product p WHERE p.id = payout_order_line.product_id),
    title_en = (SELECT p.title_en FROM product p WHERE p.id = payout_order_line.product_id)
WHERE title_id IS NULL;
