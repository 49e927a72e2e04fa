-- Pictures not for everyone (issue 20): the photos of a message and of a return request are served only through
-- their module's checked address (the two sides of the conversation and the province's curator once it is reported
-- or disputed; the buyer, the group and the province's staff of a return), never at the public /gambar/… one. A
-- picture that is also shown publicly (a listing, a group, a review) stays public: the same bytes are one row, and
-- whoever published them had them.
ALTER TABLE stored_image ADD COLUMN kept_private BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE stored_image SET kept_private = TRUE
 WHERE (hash IN (SELECT image_hash FROM message_photo) OR hash IN (SELECT image_hash FROM order_return_photo))
   AND hash NOT IN (SELECT image_hash FROM product_image)
   AND hash NOT IN (SELECT image_hash FROM producer_group_photo)
   AND hash NOT IN (SELECT image_hash FROM review_photo);
