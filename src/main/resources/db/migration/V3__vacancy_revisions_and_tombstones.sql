-- Durable removals and a change log a replica can follow.
--
-- Every change to the vacancies gets a revision: a number that is unique and only grows, handed out
-- in the transaction that makes the change (under the lock on the vacancy_sequence row, so
-- revisions are committed in the order they were handed out). An added or changed vacancy carries
-- the revision of its latest change; a removed one leaves a tombstone with the revision of its
-- removal, written in the same transaction as the DELETE. "Every change after revision N" is then
-- the rows and tombstones with a higher revision: what a terminal replica and the search index
-- catch up with after any crash.
--
-- The sequence (vacancy_sequence.value) stays the version of the whole table, raised once per
-- committed transaction; tombstones carry it too, so that the index (which records the sequence it
-- has caught up with) finds the removals it missed.

ALTER TABLE vacancy_sequence ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;

ALTER TABLE vacancy ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;

-- the rows already there get revisions in the order they were last changed
SET @revision := 0;
UPDATE vacancy SET revision = (@revision := @revision + 1) ORDER BY change_seq, id;
UPDATE vacancy_sequence SET revision = (SELECT COUNT(*) FROM vacancy) WHERE id = 1;

ALTER TABLE vacancy ADD UNIQUE KEY uk_vacancy_revision (revision);

CREATE TABLE vacancy_tombstone (
    revision    BIGINT       NOT NULL,
    -- the vacancy_sequence value of the transaction that removed it
    sequence    BIGINT       NOT NULL,
    -- the kiosk's id of the removed vacancy (ids are never handed out twice)
    vacancy_id  BIGINT       NOT NULL,
    source      VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    identifier  VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    -- EXPIRED, WITHDRAWN, MISSING (from a complete feed) or SOURCE_REMOVED (e.g. demo data switched off)
    reason      VARCHAR(20)  CHARACTER SET ascii NOT NULL,
    removed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (revision),
    KEY ix_vacancy_tombstone_sequence (sequence),
    KEY ix_vacancy_tombstone_vacancy (vacancy_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
