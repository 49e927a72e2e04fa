-- Changes to what the storefront shows, written in the transaction of the change; every app node reads the new rows
-- (by id, once a second) and drops the cached pages they touch. scope: "lists", "listing:42", "group:7" or "all".
CREATE TABLE page_cache_change (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scope VARCHAR(40) NOT NULL,
    changed_at TIMESTAMP(3) NOT NULL
);
CREATE INDEX page_cache_change_at ON page_cache_change (changed_at);
