-- Staff accounts of the admin console (decision 027). The password is an Argon2id hash in Spring
-- Security's delegating format ({argon2@SpringSecurity_v5_8}...), so the algorithm can change later
-- without a migration. Failed sign-ins count per account and pause it, durably: a restart lifts no pause.
CREATE TABLE staff_account (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- lower case; what the staff member types to sign in
    username         VARCHAR(60)  NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    role             VARCHAR(10)  NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts  INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6)  NULL,
    last_sign_in_at  DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_staff_account_username UNIQUE (username),
    CONSTRAINT ck_staff_account_role CHECK (role IN ('ADMIN', 'STAFF'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
