-- Returns and disputes (issue 20): a buyer asks to return lines of a delivered parcel; the group accepts or declines;
-- a declined or unanswered request goes to the province's curator, who decides the refund and who bears it.
CREATE TABLE order_return (
    id              BIGINT        AUTO_INCREMENT PRIMARY KEY,
    fulfilment_id   BIGINT        NOT NULL,
    reason          VARCHAR(24)   NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    status          VARCHAR(24)   NOT NULL,
    requested_at    TIMESTAMP     NOT NULL,
    answered_at     TIMESTAMP     NULL,
    decline_reason  VARCHAR(1000),
    return_tracking VARCHAR(60),
    shipped_back_at TIMESTAMP     NULL,
    escalated_at    TIMESTAMP     NULL,
    decided_at      TIMESTAMP     NULL,
    decided_by      BIGINT,
    decision_note   VARCHAR(1000),
    refund_amount   BIGINT,
    platform_cost   BOOLEAN       NOT NULL DEFAULT FALSE,
    refund_id       VARCHAR(64),
    CONSTRAINT fk_order_return_fulfilment FOREIGN KEY (fulfilment_id) REFERENCES fulfilment (id)
);
CREATE INDEX ix_order_return_fulfilment ON order_return (fulfilment_id);
CREATE INDEX ix_order_return_status ON order_return (status, requested_at);

CREATE TABLE order_return_line (
    return_id BIGINT NOT NULL,
    line_id   BIGINT NOT NULL,
    quantity  INT    NOT NULL,
    PRIMARY KEY (return_id, line_id),
    CONSTRAINT fk_order_return_line_return FOREIGN KEY (return_id) REFERENCES order_return (id),
    CONSTRAINT fk_order_return_line_line FOREIGN KEY (line_id) REFERENCES order_line (id),
    CONSTRAINT ck_order_return_line_quantity CHECK (quantity > 0)
);

CREATE TABLE order_return_photo (
    return_id  BIGINT   NOT NULL,
    position   INT      NOT NULL,
    image_hash CHAR(64) NOT NULL,
    PRIMARY KEY (return_id, position),
    CONSTRAINT fk_order_return_photo_return FOREIGN KEY (return_id) REFERENCES order_return (id)
);

-- A refund a curator decided at the platform's cost: the ledger books it as the platform's expense, not the group's.
ALTER TABLE order_refund ADD COLUMN platform_cost BOOLEAN NOT NULL DEFAULT FALSE;
