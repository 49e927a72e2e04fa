-- Counts password changes and resets: a signed-in session remembers the value it started with and ends on its next
-- request once the account's value has moved on (identity.internal.SessionRefresh).
ALTER TABLE account ADD COLUMN credentials_stamp BIGINT NOT NULL DEFAULT 0;
