-- Messages between a buyer and a producer group (issue 20). A conversation is about an order (one per order and
-- group that ships a parcel of it) or a product question of a signed-in buyer. The last message each side has read
-- (by id: ids order the messages even within one second, where stored times may tie) gives the unread counts; a
-- report or a dispute opens the conversation to the curator of the group's province.
CREATE TABLE message_conversation (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id         BIGINT        NOT NULL,
    province_code    VARCHAR(8)    NOT NULL,
    buyer_account_id BIGINT,
    buyer_email      VARCHAR(254)  NOT NULL,
    order_number     VARCHAR(20),
    product_id       BIGINT,
    subject          VARCHAR(200)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    last_message_at  DATETIME(6)   NOT NULL,
    last_post        BIGINT        NOT NULL DEFAULT 0,
    buyer_read_post  BIGINT        NOT NULL DEFAULT 0,
    group_read_post  BIGINT        NOT NULL DEFAULT 0,
    reported_at      DATETIME(6),
    reported_by      VARCHAR(8),
    disputed_at      DATETIME(6),
    CONSTRAINT uq_message_conversation_order UNIQUE (order_number, group_id)
);
CREATE INDEX ix_message_conversation_buyer ON message_conversation (buyer_account_id, last_post);
CREATE INDEX ix_message_conversation_group ON message_conversation (group_id, last_post);

CREATE TABLE message_post (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id  BIGINT        NOT NULL,
    author_side      VARCHAR(8)    NOT NULL,
    author_key       VARCHAR(40)   NOT NULL,
    body             VARCHAR(4000) NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_message_post_conversation FOREIGN KEY (conversation_id) REFERENCES message_conversation (id)
);
CREATE INDEX ix_message_post_conversation ON message_post (conversation_id, created_at);
CREATE INDEX ix_message_post_author ON message_post (author_key, created_at);
