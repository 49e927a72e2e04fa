-- One row per account key and per client address that ever tried to sign in. A sign-in locks its two rows
-- (SELECT ... FOR UPDATE) while it counts recent failures and reserves its own attempt, so that concurrent
-- attempts on any number of app nodes are counted one after the other and the limits hold exactly.
CREATE TABLE login_guard (
    guard_key   VARCHAR(300)  NOT NULL PRIMARY KEY
);
