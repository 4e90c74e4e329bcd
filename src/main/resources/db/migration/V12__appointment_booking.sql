-- Appointments (issue 10): bookings, the claims that make double booking impossible, and the
-- write log that makes every write idempotent (decision 022). Instants are UTC.

CREATE TABLE appointment (
    id                CHAR(36)       NOT NULL PRIMARY KEY,
    code              CHAR(8)        NOT NULL,
    type_id           CHAR(36)       NOT NULL,
    site_id           CHAR(36)       NOT NULL,
    consultant_id     CHAR(36)       NOT NULL,
    starts_at         DATETIME(6)    NOT NULL,
    ends_at           DATETIME(6)    NOT NULL,
    -- the end plus the type's buffer: what the claims cover
    busy_until        DATETIME(6)    NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    language          CHAR(2)        NOT NULL,
    -- the visitor's contact details, sealed with the kiosk's sealing key (the row's id and the
    -- column as context): a dump shows no name, phone, e-mail or birth year
    name_sealed       VARBINARY(800) NOT NULL,
    phone_sealed      VARBINARY(400) NULL,
    email_sealed      VARBINARY(800) NULL,
    birth_year_sealed VARBINARY(200) NULL,
    account_id        CHAR(36)       NULL,
    vacancy_id        VARCHAR(200)   NULL,
    vacancy_title     VARCHAR(300)   NULL,
    terminal          VARCHAR(100)   NOT NULL,
    booked_at         DATETIME(6)    NOT NULL,
    status_changed_at DATETIME(6)    NULL,
    status_changed_by VARCHAR(100)   NULL,
    reminded_at       DATETIME(6)    NULL,
    CONSTRAINT uk_appointment_code UNIQUE (code),
    CONSTRAINT fk_appointment_type FOREIGN KEY (type_id) REFERENCES appointment_type (id),
    CONSTRAINT fk_appointment_site FOREIGN KEY (site_id) REFERENCES appointment_site (id),
    CONSTRAINT fk_appointment_consultant FOREIGN KEY (consultant_id) REFERENCES appointment_consultant (id),
    INDEX ix_appointment_consultant (consultant_id, starts_at),
    INDEX ix_appointment_site (site_id, starts_at),
    INDEX ix_appointment_status (status, starts_at),
    INDEX ix_appointment_account (account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every 5-minute quantum of a consultant's time that a booked appointment (with its buffer) takes:
-- the primary key is what forbids a double booking, whatever any screen believed. Cancelling
-- deletes the claims; moving replaces them in the same transaction.
CREATE TABLE appointment_claim (
    consultant_id  CHAR(36)    NOT NULL,
    quantum_at     DATETIME    NOT NULL,
    appointment_id CHAR(36)    NOT NULL,
    PRIMARY KEY (consultant_id, quantum_at),
    CONSTRAINT fk_appointment_claim_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id) ON DELETE CASCADE,
    INDEX ix_appointment_claim_appointment (appointment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per write that took effect (book, cancel, move, mark, share, revoke): the unique request
-- id makes a replay a no-op that returns the first outcome.
CREATE TABLE appointment_write (
    request_id     CHAR(36)    NOT NULL PRIMARY KEY,
    operation      VARCHAR(20) NOT NULL,
    appointment_id CHAR(36)    NOT NULL,
    -- SHA-256 of what was asked: the same id with another request is refused
    fingerprint    CHAR(64)    NOT NULL,
    created_at     DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
