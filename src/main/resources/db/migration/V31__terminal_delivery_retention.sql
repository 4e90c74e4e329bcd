-- The hub forgets terminal deliveries after kiosk.terminal.delivery-retention (90 days by default):
-- a terminal sends an entry again within minutes of reaching the hub, and usage reports alone add
-- one row per terminal every five minutes. The nightly clean-up finds the old rows by this index.
CREATE INDEX ix_terminal_delivery_received ON terminal_delivery (received_at);
