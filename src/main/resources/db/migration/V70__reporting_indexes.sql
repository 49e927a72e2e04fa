-- Impact reporting (issue #11): the staff dashboards aggregate in SQL over a period of months. These indexes let each
-- query read only the period's rows; the ledger one covers its query (no table row is read).
CREATE INDEX ix_ledger_entry_report ON ledger_entry (account, booked_at, group_id, memo, amount);
CREATE INDEX ix_customer_order_paid ON customer_order (paid_at);
CREATE INDEX ix_fulfilment_shipped_at ON fulfilment (shipped_at);
CREATE INDEX ix_order_refund_settled ON order_refund (settled_at);
