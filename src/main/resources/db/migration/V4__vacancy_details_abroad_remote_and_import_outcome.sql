-- What real JobPostings carry besides the fields of V2, and what a staff command needs to learn the
-- outcome of an import whose answer it lost.

ALTER TABLE vacancy
    -- the moment a posting closes when its feed gave a time ("until 17:00"), UTC; NULL: end of valid_through
    ADD COLUMN closes_at        DATETIME(6)  NULL AFTER valid_through,
    -- ISO 3166 code of a country other than Belgium; such a vacancy has no coordinates
    ADD COLUMN country          CHAR(2)      CHARACTER SET ascii NULL AFTER longitude,
    ADD COLUMN remote           BOOLEAN      NOT NULL DEFAULT FALSE AFTER country,
    ADD COLUMN remote_area      VARCHAR(200) NULL AFTER remote,
    -- a JSON array of further places the same job is offered in
    ADD COLUMN other_places     JSON         NULL AFTER remote_area,
    -- sanitised HTML like description_html, at most 10,000 characters each
    ADD COLUMN qualifications   TEXT         NULL,
    ADD COLUMN responsibilities TEXT         NULL,
    ADD COLUMN benefits         TEXT         NULL,
    ADD COLUMN incentives       TEXT         NULL,
    ADD KEY ix_vacancy_closes_at (closes_at);

ALTER TABLE vacancy_import
    -- chosen by the staff command that started the import, to ask for its outcome later
    ADD COLUMN request_id VARCHAR(64) CHARACTER SET ascii NULL,
    -- the report as the command would have printed it, added after the commit
    ADD COLUMN report     MEDIUMTEXT  NULL,
    ADD UNIQUE KEY uk_vacancy_import_request (request_id);
