-- Issue #8 (groups and staff): suspension, the group's public profile and how its members appear in public.

-- When a curator suspended the group (verification = 'SUSPENDED'); lifting returns it to VERIFIED, or PENDING if it
-- was never verified. Nothing of the group or its products is deleted.
ALTER TABLE producer_group ADD COLUMN suspended_at DATETIME(6);

-- How members appear on public pages: GROUP_NAME (only the group's name), FIRST_NAMES or PSEUDONYMS.
ALTER TABLE producer_group ADD COLUMN member_display VARCHAR(20) NOT NULL DEFAULT 'GROUP_NAME';

-- The group's own photos (workshop, members at work), in the group's order.
CREATE TABLE producer_group_photo (
    group_id    BIGINT       NOT NULL,
    position    INT          NOT NULL,
    image_hash  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (group_id, position),
    CONSTRAINT fk_producer_group_photo_group FOREIGN KEY (group_id) REFERENCES producer_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_producer_group_photo_image FOREIGN KEY (image_hash) REFERENCES stored_image (hash)
);

-- A member's chosen pseudonym, shown when the group chose PSEUDONYMS; it goes with the membership.
ALTER TABLE group_membership ADD COLUMN public_name VARCHAR(40);
