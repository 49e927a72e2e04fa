-- Photos attached to a message (issue 20), up to three per message in their order. The pictures themselves are kept
-- by the catalog's image store (checked by content, re-encoded without metadata); this table ties them to the post.
CREATE TABLE message_photo (
    post_id    BIGINT   NOT NULL,
    position   INT      NOT NULL,
    image_hash CHAR(64) NOT NULL,
    PRIMARY KEY (post_id, position),
    CONSTRAINT fk_message_photo_post FOREIGN KEY (post_id) REFERENCES message_post (id)
);

-- Return postage (issue 20, in this migration because it was the one number given for the work): what the buyer paid
-- to send a return back, stated with the tracking number; refunded at the group's cost when the reason is its fault.
ALTER TABLE order_return ADD COLUMN return_postage BIGINT;
ALTER TABLE order_return ADD COLUMN refund_postage BIGINT;
