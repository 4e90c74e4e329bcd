-- Usage statistics (module admin, decision 035): counts only, per day, site and terminal; nothing
-- here names or follows a visitor. terminal_id is the terminal registry's id (no foreign key: the
-- counts outlive a terminal that is removed); 0 stands for this instance's own screens when no
-- registered terminal showed them (a hub's kiosk pages). Rows are added to by the instance itself
-- (in-process events) and will be set by the terminals' own reports through the terminal API, so
-- every table is keyed by terminal.

-- Visitor sessions that ended, by length (lower bound of the bucket in seconds; -1: not recorded,
-- the rows taken over from session_usage), how they ended and the language last used.
CREATE TABLE usage_session (
    day           DATE        NOT NULL,
    site          VARCHAR(80) NOT NULL,
    terminal_id   BIGINT      NOT NULL,
    length_from_s INT         NOT NULL,
    end_reason    VARCHAR(20) NOT NULL,
    language      VARCHAR(5)  NOT NULL,
    sessions      INT         NOT NULL,
    PRIMARY KEY (day, site, terminal_id, length_from_s, end_reason, language)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How often each feature was used (searches, CVs and letters made, PDFs printed, documents saved,
-- appointments booked).
CREATE TABLE usage_feature (
    day         DATE        NOT NULL,
    site        VARCHAR(80) NOT NULL,
    terminal_id BIGINT      NOT NULL,
    feature     VARCHAR(32) NOT NULL,
    uses        INT         NOT NULL,
    PRIMARY KEY (day, site, terminal_id, feature)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Search words, normalised (lower case, no punctuation, nothing that looks like a phone number or
-- an e-mail address), counted once per visitor session that searched them. Shown only from
-- kiosk.statistics.min-term-count sessions up; rare ones are deleted after
-- kiosk.statistics.rare-terms-kept. utf8mb4_bin: "zorg" and "Zorg" never meet here (already lower
-- case), but "é" and "e" stay apart as the visitor typed them.
CREATE TABLE usage_search_term (
    day         DATE        NOT NULL,
    site        VARCHAR(80) NOT NULL,
    terminal_id BIGINT      NOT NULL,
    term        VARCHAR(60) NOT NULL,
    sessions    INT         NOT NULL,
    PRIMARY KEY (day, site, terminal_id, term),
    INDEX ix_usage_search_term_term (term)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- What V1 counted (per day, end reason and language) moves over without site, terminal or length.
INSERT INTO usage_session (day, site, terminal_id, length_from_s, end_reason, language, sessions)
SELECT day, '', 0, -1, end_reason, language, sessions FROM session_usage;

DROP TABLE session_usage;
