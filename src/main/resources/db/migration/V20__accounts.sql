-- Accounts, roles, memberships, one-time tokens, sign-in attempts and the security audit log (issue #4).

CREATE TABLE account (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email             VARCHAR(254)  NOT NULL,
    password_hash     VARCHAR(255)  NOT NULL,
    display_name      VARCHAR(120)  NOT NULL,
    phone             VARCHAR(20),
    email_verified_at DATETIME(6),
    totp_secret       VARCHAR(64),
    totp_enabled      BOOLEAN       NOT NULL DEFAULT FALSE,
    demo              BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_email UNIQUE (email)
);

CREATE TABLE account_role (
    account_id  BIGINT       NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE TABLE curator_province (
    account_id     BIGINT      NOT NULL,
    province_code  VARCHAR(2)  NOT NULL,
    PRIMARY KEY (account_id, province_code),
    CONSTRAINT fk_curator_province_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_curator_province_province FOREIGN KEY (province_code) REFERENCES province (code)
);

CREATE TABLE group_membership (
    account_id  BIGINT   NOT NULL,
    group_id    BIGINT   NOT NULL,
    owner       BOOLEAN  NOT NULL DEFAULT FALSE,
    joined_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, group_id),
    CONSTRAINT fk_group_membership_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_membership_group FOREIGN KEY (group_id) REFERENCES producer_group (id)
);

CREATE INDEX ix_group_membership_group ON group_membership (group_id);

CREATE TABLE saved_address (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT        NOT NULL,
    label          VARCHAR(60)   NOT NULL,
    recipient      VARCHAR(120)  NOT NULL,
    phone          VARCHAR(20)   NOT NULL,
    street         VARCHAR(255)  NOT NULL,
    district       VARCHAR(120),
    city           VARCHAR(120)  NOT NULL,
    province_code  VARCHAR(2)    NOT NULL,
    postal_code    VARCHAR(5)    NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_saved_address_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_saved_address_province FOREIGN KEY (province_code) REFERENCES province (code)
);

CREATE INDEX ix_saved_address_account ON saved_address (account_id);

-- Single-use tokens sent by e-mail: only their SHA-256 is stored, so a database leak does not leak working links.
CREATE TABLE account_token (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash     VARCHAR(64)   NOT NULL,
    purpose        VARCHAR(20)   NOT NULL,
    account_id     BIGINT,
    email          VARCHAR(254)  NOT NULL,
    role           VARCHAR(20),
    province_code  VARCHAR(2),
    group_id       BIGINT,
    invited_by     BIGINT,
    expires_at     DATETIME(6)   NOT NULL,
    used_at        DATETIME(6),
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Every password check, kept in the database so that the limits hold across all app nodes.
CREATE TABLE login_attempt (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_key   VARCHAR(254)  NOT NULL,
    address       VARCHAR(64)   NOT NULL,
    succeeded     BOOLEAN       NOT NULL,
    attempted_at  DATETIME(6)   NOT NULL
);

CREATE INDEX ix_login_attempt_account ON login_attempt (account_key, attempted_at);
CREATE INDEX ix_login_attempt_address ON login_attempt (address, attempted_at);

CREATE TABLE security_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)   NOT NULL,
    type         VARCHAR(40)   NOT NULL,
    actor_id     BIGINT,
    subject      VARCHAR(254),
    address      VARCHAR(64),
    detail       VARCHAR(500)
);

CREATE INDEX ix_security_event_time ON security_event (occurred_at);
