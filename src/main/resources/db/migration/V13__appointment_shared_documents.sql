-- Documents a visitor shares with the consultant of an appointment (with consent; revocable), and
-- the audit trail of every attempt by staff to open one.

CREATE TABLE appointment_shared_document (
    appointment_id CHAR(36)    NOT NULL,
    document_id    CHAR(36)    NOT NULL,
    account_id     CHAR(36)    NOT NULL,
    shared_at      DATETIME(6) NOT NULL,
    revoked_at     DATETIME(6) NULL,
    PRIMARY KEY (appointment_id, document_id),
    CONSTRAINT fk_appointment_shared_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE appointment_document_opening (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    opened_at      DATETIME(6)  NOT NULL,
    staff_username VARCHAR(100) NOT NULL,
    appointment_id CHAR(36)     NOT NULL,
    document_id    CHAR(36)     NOT NULL,
    allowed        BOOLEAN      NOT NULL,
    INDEX ix_appointment_opening_appointment (appointment_id, opened_at),
    INDEX ix_appointment_opening_at (opened_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
