-- Orders for later delivery taken at an exhibition booth (issue 21): the buyer may live abroad, so an order's address
-- has a country (ISO 3166-1 alpha-2, 'ID' for Indonesia); abroad it has no province (NULL), the city in regency,
-- the free address lines in street, an empty district and a postal code of up to 12 characters. channel says where the
-- order was placed (ONLINE, BOOTH), exhibition_id at which event and placed_by which seller's account took it;
-- request_key is the id the booth page made for the order, so that a request sent twice places one order.
-- booth_order (module exhibition) keeps what such an order took from the event's stock of the booth, so that an order
-- left unpaid gives it back to the booth while the event is open. Portable between H2 (MySQL mode), MySQL 8, MariaDB.
ALTER TABLE customer_order MODIFY province_code VARCHAR(2) NULL;
ALTER TABLE customer_order MODIFY postal_code VARCHAR(12) NOT NULL;
ALTER TABLE customer_order ADD COLUMN country_code VARCHAR(2) DEFAULT 'ID' NOT NULL;
ALTER TABLE customer_order ADD COLUMN channel VARCHAR(12) DEFAULT 'ONLINE' NOT NULL;
ALTER TABLE customer_order ADD COLUMN exhibition_id BIGINT NULL;
ALTER TABLE customer_order ADD COLUMN placed_by BIGINT NULL;
ALTER TABLE customer_order ADD COLUMN request_key VARCHAR(64) NULL;
CREATE UNIQUE INDEX uk_customer_order_request_key ON customer_order (request_key);
CREATE INDEX ix_customer_order_exhibition ON customer_order (exhibition_id);

CREATE TABLE booth_order (
    order_number        VARCHAR(20)   NOT NULL,
    variant_id          BIGINT        NOT NULL,
    exhibition_id       BIGINT        NOT NULL,
    group_id            BIGINT        NOT NULL,
    quantity            INT           NOT NULL,
    seller_id           BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    -- Set once the quantity went back to the booth (the order expired unpaid while the event was open).
    given_back_at       DATETIME(6),
    PRIMARY KEY (order_number, variant_id),
    CONSTRAINT fk_booth_order_stock FOREIGN KEY (exhibition_id, variant_id) REFERENCES exhibition_stock (exhibition_id, variant_id),
    CONSTRAINT ck_booth_order_quantity CHECK (quantity > 0)
);
CREATE INDEX ix_booth_order_exhibition ON booth_order (exhibition_id, group_id);
