-- Issue #11 (public impact): whether a group agrees that what it earned through the shop is shown on its public page.
-- Off by default; only a member acting for the group switches it. Every switch is kept (who, when, on or off).
ALTER TABLE producer_group ADD COLUMN impact_consent BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE producer_group_consent (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id    BIGINT       NOT NULL,
    subject     VARCHAR(40)  NOT NULL,
    granted     BOOLEAN      NOT NULL,
    account_id  BIGINT,
    changed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_producer_group_consent_group FOREIGN KEY (group_id) REFERENCES producer_group (id)
);

CREATE INDEX ix_producer_group_consent_group ON producer_group_consent (group_id, changed_at);
