-- Appointments (issue 10): what staff manage. Sites, appointment types, consultants with their
-- sites, types and languages, weekly working plans with breaks, absences and site closures.
-- Times in plans, absences and closures are local times in Europe/Brussels.

CREATE TABLE appointment_site (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    kind          VARCHAR(30)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    street        VARCHAR(200) NOT NULL,
    postcode      CHAR(4)      NOT NULL,
    municipality  VARCHAR(100) NOT NULL,
    latitude      DOUBLE       NOT NULL,
    longitude     DOUBLE       NOT NULL,
    -- one line per open day: MONDAY=09:00-12:00, 13:00-16:30 (base's OpeningHours form)
    opening_hours VARCHAR(1000) NOT NULL,
    route_hint_nl VARCHAR(300) NOT NULL,
    route_hint_fr VARCHAR(300) NOT NULL,
    route_hint_en VARCHAR(300) NOT NULL,
    active        BOOLEAN      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE appointment_type (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL,
    name_nl          VARCHAR(100) NOT NULL,
    name_fr          VARCHAR(100) NOT NULL,
    name_en          VARCHAR(100) NOT NULL,
    description_nl   VARCHAR(300) NOT NULL,
    description_fr   VARCHAR(300) NOT NULL,
    description_en   VARCHAR(300) NOT NULL,
    duration_minutes INT          NOT NULL,
    buffer_minutes   INT          NOT NULL,
    bring_nl         VARCHAR(300) NOT NULL,
    bring_fr         VARCHAR(300) NOT NULL,
    bring_en         VARCHAR(300) NOT NULL,
    icon             VARCHAR(60)  NOT NULL,
    sort_order       INT          NOT NULL,
    active           BOOLEAN      NOT NULL,
    CONSTRAINT uk_appointment_type_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE appointment_consultant (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    name           VARCHAR(60)  NOT NULL,
    -- ISO 639-1 codes, comma-separated: nl,fr,ar
    languages      VARCHAR(100) NOT NULL,
    -- the admin module's staff account that is this consultant (opens shared documents)
    staff_username VARCHAR(100) NULL,
    active         BOOLEAN      NOT NULL,
    CONSTRAINT uk_appointment_consultant_staff UNIQUE (staff_username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE appointment_consultant_site (
    consultant_id CHAR(36) NOT NULL,
    site_id       CHAR(36) NOT NULL,
    PRIMARY KEY (consultant_id, site_id),
    CONSTRAINT fk_appointment_cs_consultant FOREIGN KEY (consultant_id) REFERENCES appointment_consultant (id) ON DELETE CASCADE,
    CONSTRAINT fk_appointment_cs_site FOREIGN KEY (site_id) REFERENCES appointment_site (id),
    INDEX ix_appointment_cs_site (site_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE appointment_consultant_type (
    consultant_id CHAR(36) NOT NULL,
    type_id       CHAR(36) NOT NULL,
    PRIMARY KEY (consultant_id, type_id),
    CONSTRAINT fk_appointment_ct_consultant FOREIGN KEY (consultant_id) REFERENCES appointment_consultant (id) ON DELETE CASCADE,
    CONSTRAINT fk_appointment_ct_type FOREIGN KEY (type_id) REFERENCES appointment_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One line of a weekly plan; a consultant's lines never overlap (checked on save under a row lock
-- on the consultant).
CREATE TABLE appointment_plan (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    consultant_id CHAR(36)     NOT NULL,
    site_id       CHAR(36)     NOT NULL,
    day_of_week   TINYINT      NOT NULL, -- 1 = Monday ... 7 = Sunday (ISO)
    start_time    TIME         NOT NULL,
    end_time      TIME         NOT NULL,
    -- 12:00-12:30, 15:00-15:15
    breaks        VARCHAR(300) NOT NULL,
    valid_from    DATE         NOT NULL,
    valid_until   DATE         NULL,
    CONSTRAINT fk_appointment_plan_consultant FOREIGN KEY (consultant_id) REFERENCES appointment_consultant (id) ON DELETE CASCADE,
    CONSTRAINT fk_appointment_plan_site FOREIGN KEY (site_id) REFERENCES appointment_site (id),
    INDEX ix_appointment_plan_consultant (consultant_id, day_of_week)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE appointment_absence (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    consultant_id CHAR(36)     NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    starts_at     DATETIME     NOT NULL,
    ends_at       DATETIME     NOT NULL,
    note          VARCHAR(500) NOT NULL,
    CONSTRAINT fk_appointment_absence_consultant FOREIGN KEY (consultant_id) REFERENCES appointment_consultant (id) ON DELETE CASCADE,
    INDEX ix_appointment_absence_consultant (consultant_id, ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE appointment_closure (
    id        CHAR(36)     NOT NULL PRIMARY KEY,
    site_id   CHAR(36)     NOT NULL,
    first_day DATE         NOT NULL,
    last_day  DATE         NOT NULL,
    reason    VARCHAR(200) NOT NULL,
    CONSTRAINT fk_appointment_closure_site FOREIGN KEY (site_id) REFERENCES appointment_site (id) ON DELETE CASCADE,
    INDEX ix_appointment_closure_site (site_id, last_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
