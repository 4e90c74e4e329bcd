-- The hub's intake of terminal outboxes (module terminal, decisions 040 and 041).
--
-- The region's one HPKE key pair, to which terminals seal what they queue while the hub is away.
-- One row (id 1), made by whichever hub instance starts first; every instance on this database
-- reads the same row, so a terminal may deliver to any of them. The private keyset is sealed with
-- the instance's sealing keyset (kiosk.sealing.keyset-file), which every instance of a region
-- already shares: a database dump alone opens nothing. The public keyset is public.
CREATE TABLE hub_key (
    id                     TINYINT      PRIMARY KEY,
    private_keyset_sealed  BLOB         NOT NULL,
    public_keyset          TEXT         NOT NULL,
    created_at             TIMESTAMP(3) NOT NULL
) ENGINE = InnoDB;

-- One row per delivered outbox entry, keyed by the terminal's request id: inserted in the same
-- transaction as the handler's effect, so a replay finds it and runs nothing. No content, no
-- personal data: the outcome is a short text for the terminal and staff.
CREATE TABLE terminal_delivery (
    request_id   CHAR(36)      PRIMARY KEY,
    terminal_id  BIGINT        NOT NULL,
    kind         VARCHAR(60)   NOT NULL,
    received_at  TIMESTAMP(3)  NOT NULL,
    refused      BOOLEAN       NOT NULL,
    outcome      VARCHAR(2000) NOT NULL,
    INDEX ix_terminal_delivery_terminal (terminal_id, received_at)
) ENGINE = InnoDB;
