-- Personal storage (decisions 012-014). Nothing readable about a visitor is stored here: the
-- username is kept as a keyed hash for look-up plus an encrypted display form, the e-mail address,
-- document names and contents only encrypted (Tink AES-256-GCM, the row's identity as associated data).

CREATE TABLE storage_account (
    id                 CHAR(36)       NOT NULL PRIMARY KEY,
    -- HMAC-SHA256 of the normalised username under the pepper: unique, case-insensitive look-up
    username_hash      BINARY(32)     NOT NULL,
    username_sealed    VARBINARY(400) NOT NULL,
    email_sealed       VARBINARY(800) NULL,
    -- Argon2id of HMAC-SHA256(pepper, PIN)
    pin_hash           VARCHAR(200)   NOT NULL,
    pin_reset_required BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at         DATETIME(6)    NOT NULL,
    last_active_at     DATETIME(6)    NOT NULL,
    CONSTRAINT uk_storage_account_username UNIQUE (username_hash),
    INDEX ix_storage_account_last_active (last_active_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE storage_document (
    id             CHAR(36)       NOT NULL PRIMARY KEY,
    account_id     CHAR(36)       NOT NULL,
    kind           VARCHAR(20)    NOT NULL,
    media_type     VARCHAR(100)   NOT NULL,
    name_sealed    VARBINARY(800) NOT NULL,
    content_sealed LONGBLOB       NOT NULL,
    size_bytes     BIGINT         NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    CONSTRAINT fk_storage_document_account FOREIGN KEY (account_id) REFERENCES storage_account (id) ON DELETE CASCADE,
    INDEX ix_storage_document_account (account_id, updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per write that took effect: the unique request id makes a replay a no-op that returns the first outcome.
CREATE TABLE storage_write (
    request_id CHAR(36)    NOT NULL PRIMARY KEY,
    account_id CHAR(36)    NOT NULL,
    operation  VARCHAR(20) NOT NULL,
    result_id  CHAR(36)    NULL,
    created_at DATETIME(6) NOT NULL,
    INDEX ix_storage_write_account (account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Wrong-PIN counters and pauses, per account (keyed username hash) and per terminal; durable, so a restart lifts no pause.
CREATE TABLE storage_lockout (
    subject           VARCHAR(100) NOT NULL PRIMARY KEY,
    failures          INT          NOT NULL,
    window_started_at DATETIME(6)  NOT NULL,
    locked_until      DATETIME(6)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- What staff (and the retention job) did to accounts: who, when, what; never a PIN, username or e-mail.
CREATE TABLE storage_audit (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at         DATETIME(6)  NOT NULL,
    actor      VARCHAR(100) NOT NULL,
    action     VARCHAR(40)  NOT NULL,
    account_id CHAR(36)     NULL,
    detail     VARCHAR(200) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
