-- Browsers a person signed in with before (a cookie holds the token, only its SHA-256 is kept here): while their
-- account is throttled because of guesses from elsewhere, the owner's own known browser still gets a password check.
CREATE TABLE known_device (
    token_hash    VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_known_device_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_known_device_account ON known_device (account_id);
CREATE INDEX ix_login_attempt_pair ON login_attempt (account_key, address, attempted_at);
