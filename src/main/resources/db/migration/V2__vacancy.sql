-- Vacancies from schema.org JobPosting feeds (the source of truth the Lucene index is built from),
-- and a log of every import. Timestamps are UTC.

CREATE TABLE vacancy (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    -- binary collation: feed identifiers are case-sensitive ("A1" and "a1" are two vacancies)
    source            VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    identifier        VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    description_html  MEDIUMTEXT    NOT NULL,
    description_text  MEDIUMTEXT    NOT NULL,
    date_posted       DATE          NOT NULL,
    valid_through     DATE          NULL,
    -- enum names, comma-separated in a fixed order (e.g. "PERMANENT,TEMPORARY"); empty when unknown
    contracts         VARCHAR(100)  NOT NULL,
    regimes           VARCHAR(30)   NOT NULL,
    employer          VARCHAR(300)  NOT NULL,
    postcode          VARCHAR(10)   NULL,
    locality          VARCHAR(200)  NULL,
    street_address    VARCHAR(300)  NULL,
    latitude          DOUBLE        NULL,
    longitude         DOUBLE        NULL,
    sector            VARCHAR(20)   NULL,
    occupation        VARCHAR(300)  NULL,
    education         VARCHAR(20)   NULL,
    education_text    VARCHAR(1000) NULL,
    experience        VARCHAR(25)   NULL,
    experience_text   VARCHAR(1000) NULL,
    -- a JSON array of strings: skills may contain commas
    skills            JSON          NOT NULL,
    work_hours        VARCHAR(300)  NULL,
    salary_min        DECIMAL(12,2) NULL,
    salary_max        DECIMAL(12,2) NULL,
    salary_currency   CHAR(3)       NULL,
    salary_unit       VARCHAR(5)    NULL,
    language          VARCHAR(3)    NOT NULL,
    url               VARCHAR(2000) NULL,
    direct_apply      BOOLEAN       NOT NULL,
    contact_name      VARCHAR(200)  NULL,
    contact_email     VARCHAR(254)  NULL,
    contact_telephone VARCHAR(40)   NULL,
    contact_url       VARCHAR(2000) NULL,
    -- SHA-256 of every mapped field: an import rewrites a row only when this differs
    content_hash      CHAR(64)      CHARACTER SET ascii NOT NULL,
    first_seen        DATETIME(6)   NOT NULL,
    last_changed      DATETIME(6)   NOT NULL,
    -- the vacancy_sequence value of the import that added or last changed this row
    change_seq        BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_vacancy_source_identifier (source, identifier),
    KEY ix_vacancy_valid_through (valid_through),
    KEY ix_vacancy_change_seq (change_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: the version of the vacancy table. Every transaction that changes vacancies locks it,
-- raises it by one and commits it with the change, so it only ever grows and a rolled-back import
-- leaves no gap; the search index stores the value it has caught up with.
CREATE TABLE vacancy_sequence (
    id         TINYINT     NOT NULL,
    value      BIGINT      NOT NULL,
    changed_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_vacancy_sequence_single_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO vacancy_sequence (id, value, changed_at) VALUES (1, 0, NULL);

-- Every import attempt, successful or not. A failed one (failure set) changed nothing.
CREATE TABLE vacancy_import (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    source     VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    started    DATETIME(6)   NOT NULL,
    finished   DATETIME(6)   NOT NULL,
    -- the vacancy_sequence value after this import; NULL when it failed
    sequence   BIGINT        NULL,
    records    INT           NOT NULL,
    added      INT           NOT NULL,
    updated    INT           NOT NULL,
    unchanged  INT           NOT NULL,
    removed    INT           NOT NULL,
    rejected   INT           NOT NULL,
    failure    VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_vacancy_import_finished (finished),
    KEY ix_vacancy_import_source (source, finished)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
