-- Booth sales paid by QRIS through the shop's payment provider (issue 21): the sale as the phone sent it waits here
-- (sale_json) while the buyer pays the QR code the provider made for it; it is recorded as a booth sale once the
-- provider confirmed the payment (the booth page's check, or the provider's notification), and never when the charge
-- failed or expired. sale_key is the sale's id made on the phone, also the key of the charge in the payment module.
CREATE TABLE booth_qris_charge (
    sale_key            VARCHAR(36)   NOT NULL PRIMARY KEY,
    exhibition_id       BIGINT        NOT NULL,
    group_id            BIGINT        NOT NULL,
    seller_id           BIGINT        NOT NULL,
    total               BIGINT        NOT NULL,
    sale_json           TEXT          NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_booth_qris_charge_booth FOREIGN KEY (exhibition_id, group_id) REFERENCES exhibition_booth (exhibition_id, group_id)
);

-- Receipts mailed to buyers from the booth page: one row per mail, so that a sale's receipt and a seller's mails can be
-- limited over every app node.
CREATE TABLE booth_receipt_mail (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sale_key            VARCHAR(36)   NOT NULL,
    seller_id           BIGINT        NOT NULL,
    sent_at             DATETIME(6)   NOT NULL
);
CREATE INDEX ix_booth_receipt_mail_sale ON booth_receipt_mail (sale_key);
CREATE INDEX ix_booth_receipt_mail_seller ON booth_receipt_mail (seller_id, sent_at);

-- A sale flagged SHORT (the event's stock could no longer cover it) is resolved by staff with a note saying what was
-- done (the piece found, the buyer refunded, the stock corrected); it stays SHORT and out of the ledger.
ALTER TABLE booth_sale ADD COLUMN resolved_by BIGINT;
ALTER TABLE booth_sale ADD COLUMN resolved_at DATETIME(6);
ALTER TABLE booth_sale ADD COLUMN resolution_note VARCHAR(500);
