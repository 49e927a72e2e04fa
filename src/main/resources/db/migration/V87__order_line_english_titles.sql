-- An order line keeps what was bought in both languages, as it was when ordered: title (Indonesian, as before) and
-- title_en (English; NULL when none was known, and then the Indonesian title is shown).
ALTER TABLE order_line ADD COLUMN title_en VARCHAR(300);

-- Variants whose English name was written as the Indonesian word (the demo catalog did so): the English word.
UPDATE product_variant SET name_en = 'Brown' WHERE name_id = 'Cokelat' AND (name_en IS NULL OR name_en = name_id);
UPDATE product_variant SET name_en = 'Black' WHERE name_id = 'Hitam' AND (name_en IS NULL OR name_en = name_id);
UPDATE product_variant SET name_en = 'Red' WHERE name_id = 'Merah' AND (name_en IS NULL OR name_en = name_id);
UPDATE product_variant SET name_en = 'Blue' WHERE name_id = 'Biru' AND (name_en IS NULL OR name_en = name_id);
UPDATE product_variant SET name_en = 'Yellow' WHERE name_id = 'Kuning' AND (name_en IS NULL OR name_en = name_id);
UPDATE product_variant SET name_en = 'Green' WHERE name_id = 'Hijau' AND (name_en IS NULL OR name_en = name_id);
UPDATE product_variant SET name_en = 'White' WHERE name_id = 'Putih' AND (name_en IS NULL OR name_en = name_id);
UPDATE product_variant SET name_en = 'Large' WHERE name_id = 'Besar' AND (name_en IS NULL OR name_en = name_id);
UPDATE product_variant SET name_en = 'Medium' WHERE name_id = 'Sedang' AND (name_en IS NULL OR name_en = name_id);
UPDATE product_variant SET name_en = 'Small' WHERE name_id = 'Kecil' AND (name_en IS NULL OR name_en = name_id);
UPDATE product_variant SET name_en = 'Beans' WHERE name_id = 'Biji' AND (name_en IS NULL OR name_en = name_id);
UPDATE product_variant SET name_en = 'Ground' WHERE name_id = 'Bubuk' AND (name_en IS NULL OR name_en = name_id);

-- Lines ordered before: the English label from the catalog, but only where the line's Indonesian title is still the
-- catalog's (a product renamed since would otherwise put today's name on an old order).
UPDATE order_line SET title_en = (
    SELECT CASE WHEN (SELECT COUNT(*) FROM product_variant o WHERE o.product_id = p.id) <= 1
                THEN COALESCE(NULLIF(p.title_en, ''), p.title_id)
                ELSE CONCAT(COALESCE(NULLIF(p.title_en, ''), p.title_id), ' (', COALESCE(NULLIF(v.name_en, ''), v.name_id), ')') END
    FROM product_variant v JOIN product p ON p.id = v.product_id
    WHERE v.id = order_line.variant_id
      AND (order_line.title = p.title_id OR order_line.title = CONCAT(p.title_id, ' (', v.name_id, ')')))
WHERE title_en IS NULL;
