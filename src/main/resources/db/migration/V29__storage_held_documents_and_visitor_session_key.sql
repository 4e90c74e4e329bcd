-- Personal storage for terminals (module storage, decision 043).
--
-- Documents saved for later on a terminal whose hub was away, delivered through its outbox with a
-- username and PIN that did not match: held here, sealed, under the claim code printed on the
-- visitor's receipt, until they claim it after signing in or it expires (kiosk.storage.held-retention).
-- The code is kept only as a keyed hash (HMAC under storage's pepper), the name and content sealed
-- with the row's request id as context. The request id is the outbox entry's.
CREATE TABLE storage_held_document (
    request_id      CHAR(36)      PRIMARY KEY,
    code_hash       BINARY(32)    NOT NULL,
    terminal_id     BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    media_type      VARCHAR(100)  NOT NULL,
    name_sealed     BLOB          NOT NULL,
    content_sealed  LONGBLOB      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    received_at     TIMESTAMP(3)  NOT NULL,
    expires_at      TIMESTAMP(3)  NOT NULL,
    UNIQUE KEY uq_storage_held_code (code_hash),
    INDEX ix_storage_held_expires (expires_at)
) ENGINE = InnoDB;

-- The key that signs visitor session tokens (HMAC-SHA256), which the hub gives a terminal when a
-- visitor signs in: one row (id 1), made by the first hub instance that needs it, shared by every
-- instance on this database so that any of them accepts a token another issued. Sealed with the
-- sealing keyset the instances of a region share, like hub_key.
CREATE TABLE storage_session_key (
    id          TINYINT       PRIMARY KEY,
    key_sealed  BLOB          NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL
) ENGINE = InnoDB;
