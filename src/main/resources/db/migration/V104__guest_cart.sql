-- A guest's cart in the database under the random key of its cookie (before: in the HTTP session of one node), so
-- that a guest whose node stopped finds it on another. A cart untouched for pasar.order.guest-cart-lifetime is deleted
-- (OrderJobs). Portable between H2 (MySQL mode), MySQL 8 and MariaDB 10.11.

CREATE TABLE guest_cart (
    cart_key        VARCHAR(43)   NOT NULL PRIMARY KEY,
    changed_at      DATETIME(6)   NOT NULL
);

CREATE INDEX ix_guest_cart_changed ON guest_cart (changed_at);

CREATE TABLE guest_cart_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cart_key        VARCHAR(43)   NOT NULL,
    variant_id      BIGINT        NOT NULL,
    quantity        INT           NOT NULL,
    -- The price when the item was put in the cart, so that a change is shown before paying.
    price_added     BIGINT        NOT NULL,
    added_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_guest_cart_item UNIQUE (cart_key, variant_id),
    CONSTRAINT fk_guest_cart_item_cart FOREIGN KEY (cart_key) REFERENCES guest_cart (cart_key) ON DELETE CASCADE,
    CONSTRAINT ck_guest_cart_item_quantity CHECK (quantity > 0)
);
