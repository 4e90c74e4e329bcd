-- The terminal registry (module terminal). A terminal is a kiosk PC known to this instance; a
-- standalone kiosk registers itself as its one local terminal. Its credential is a random token of
-- which only the SHA-256 hash is kept: the token has 256 bits of entropy, so a fast hash suffices
-- (decision 031). Revoking sets revoked_at and clears the hash: the next call is refused.
CREATE TABLE terminal (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(80)  NOT NULL,
    site            VARCHAR(80)  NOT NULL,
    location        VARCHAR(200) NOT NULL DEFAULT '',
    local_kiosk     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP(3) NOT NULL,
    token_hash      BINARY(32)   NULL,
    enrolled_at     TIMESTAMP(3) NULL,
    revoked_at      TIMESTAMP(3) NULL,
    -- what the terminal said in its last heartbeat (no personal data: a state, a feature's name)
    last_seen_at    TIMESTAMP(3) NULL,
    state           VARCHAR(16)  NULL,
    feature         VARCHAR(40)  NULL,
    app_version     VARCHAR(40)  NULL,
    uptime_seconds  BIGINT       NULL,
    index_built_at  TIMESTAMP(3) NULL,
    outbox_backlog  INT          NULL,
    free_disk_bytes BIGINT       NULL,
    -- the lock the terminal must show, also after a restart (NULL: not locked)
    lock_message    VARCHAR(500) NULL,
    announcement    VARCHAR(500) NULL,
    CONSTRAINT uk_terminal_token UNIQUE (token_hash),
    INDEX ix_terminal_site (site)
) ENGINE = InnoDB;

-- One-time enrollment codes: only the hash is kept; a code works once, before it expires.
CREATE TABLE terminal_enrollment (
    code_hash   BINARY(32)   PRIMARY KEY,
    terminal_id BIGINT       NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    expires_at  TIMESTAMP(3) NOT NULL,
    used_at     TIMESTAMP(3) NULL,
    CONSTRAINT fk_terminal_enrollment_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Commands for one terminal, numbered per terminal (seq): the terminal asks for those after the
-- last one it has seen, so a command queued while it is offline waits for it, in order.
CREATE TABLE terminal_command (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    terminal_id     BIGINT       NOT NULL,
    seq             BIGINT       NOT NULL,
    kind            VARCHAR(24)  NOT NULL,
    text            VARCHAR(500) NULL,
    issued_by       VARCHAR(80)  NOT NULL,
    queued_at       TIMESTAMP(3) NOT NULL,
    expires_at      TIMESTAMP(3) NOT NULL,
    delivered_at    TIMESTAMP(3) NULL,
    acknowledged_at TIMESTAMP(3) NULL,
    succeeded       BOOLEAN      NULL,
    result          VARCHAR(500) NULL,
    CONSTRAINT uk_terminal_command_seq UNIQUE (terminal_id, seq),
    CONSTRAINT fk_terminal_command_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id) ON DELETE CASCADE
) ENGINE = InnoDB;
