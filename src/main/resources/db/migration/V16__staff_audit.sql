-- Every staff action of every module (base.StaffAudit): who, what, when, to what, how it ended.
-- Targets are ids and usernames of staff, never a visitor's personal data.
CREATE TABLE staff_audit (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at      DATETIME(6)  NOT NULL,
    actor   VARCHAR(100) NOT NULL,
    action  VARCHAR(60)  NOT NULL,
    target  VARCHAR(200) NULL,
    result  VARCHAR(10)  NOT NULL,
    detail  VARCHAR(500) NULL,
    INDEX ix_staff_audit_at (at),
    INDEX ix_staff_audit_actor (actor, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
