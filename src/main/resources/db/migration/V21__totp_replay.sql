-- The 30-second step of the last authenticator code accepted: a code works once, even within its validity window.
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;
