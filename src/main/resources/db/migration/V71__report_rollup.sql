-- Impact reporting (issue #11): monthly rollups of closed months (Jakarta months that ended more than a day ago, so
-- late event listeners have posted). Built once per month by the first dashboard that needs it (report_month_done is
-- the marker and the lock); the current month is always read live. Per month and group the additive figures; and the
-- parcels of orders shared by several groups, so distinct orders can be counted exactly for any choice of groups.
CREATE TABLE report_month_group (
    month_start     DATETIME(6)   NOT NULL,
    group_id        BIGINT        NOT NULL,
    parcels         BIGINT        NOT NULL,
    items           BIGINT        NOT NULL,
    shipping        BIGINT        NOT NULL,
    quantity        BIGINT        NOT NULL,
    refunds         BIGINT        NOT NULL,
    earned          BIGINT        NOT NULL,
    refund_debits   BIGINT        NOT NULL,
    paid_out        BIGINT        NOT NULL,
    shipped         BIGINT        NOT NULL,
    ship_seconds    BIGINT        NOT NULL,
    PRIMARY KEY (month_start, group_id)
);

CREATE TABLE report_month_shared_order (
    month_start     DATETIME(6)   NOT NULL,
    order_id        BIGINT        NOT NULL,
    group_id        BIGINT        NOT NULL,
    PRIMARY KEY (month_start, order_id, group_id)
);

CREATE TABLE report_month_done (
    month_start     DATETIME(6)   NOT NULL PRIMARY KEY,
    built_at        DATETIME(6)   NOT NULL
);
