-- Aggregated session counts per day, end reason and language: no personal data.
CREATE TABLE session_usage (
    day        DATE        NOT NULL,
    end_reason VARCHAR(20) NOT NULL,
    language   VARCHAR(5)  NOT NULL,
    sessions   INT         NOT NULL,
    PRIMARY KEY (day, end_reason, language)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
