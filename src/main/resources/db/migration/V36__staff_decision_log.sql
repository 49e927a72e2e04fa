-- The audit log of staff decisions (issue #8): written once by the curation module, never updated or deleted.
CREATE TABLE staff_decision (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decided_at        DATETIME(6)   NOT NULL,
    actor_account_id  BIGINT,
    actor_email       VARCHAR(254),
    province_code     VARCHAR(2),
    subject_type      VARCHAR(40)   NOT NULL,
    subject_id        VARCHAR(64)   NOT NULL,
    action            VARCHAR(40)   NOT NULL,
    before_state      TEXT,
    after_state       TEXT,
    -- SHA-256 of the event, so that an event delivered again after a crash is recorded once.
    fingerprint       VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_staff_decision_fingerprint UNIQUE (fingerprint)
);

CREATE INDEX ix_staff_decision_time ON staff_decision (decided_at);
CREATE INDEX ix_staff_decision_province ON staff_decision (province_code, decided_at);
CREATE INDEX ix_staff_decision_subject ON staff_decision (subject_type, subject_id);
