-- The staff console's content status (issue 11, decision 037): why an import failed, as a kind the
-- console can say in the staff member's language (VacancyFeeds.FailureKind: DOWNLOAD, TOO_LARGE,
-- NOT_A_FEED, EMPTY, FILE, DATABASE, OTHER), beside the importer's own technical reason. The report
-- column (V4) is now kept for every import, not only for those a staff command started.
ALTER TABLE vacancy_import
    ADD COLUMN failure_kind VARCHAR(20) CHARACTER SET ascii NULL AFTER failure;
