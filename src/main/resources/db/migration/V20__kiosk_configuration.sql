-- What staff configure for the kiosks (module terminal, decision 033): one row per site and one
-- per terminal that has settings of its own. A NULL column inherits: a terminal's from its site,
-- a site's from the application properties. Typed columns, so the database itself refuses a
-- value of the wrong kind; the service validates ranges, places and hours before it writes.
CREATE TABLE kiosk_configuration (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- exactly one of the two: the site (as the registry names it) or the terminal
    site                 VARCHAR(80)  NULL,
    terminal_id          BIGINT       NULL,
    idle_timeout_seconds INT          NULL,
    -- language codes on offer, e.g. 'nl,fr'; Dutch always among them
    languages            VARCHAR(20)  NULL,
    vacancies            BOOLEAN      NULL,
    documents            BOOLEAN      NULL,
    appointments         BOOLEAN      NULL,
    -- "postcode name" of a Belgian place, e.g. '9000 Gent'
    default_place        VARCHAR(60)  NULL,
    printing             BOOLEAN      NULL,
    -- the opening hours for the help screen: all seven days or none ('09:00-12:00, 13:00-16:30' or 'closed')
    hours_monday         VARCHAR(100) NULL,
    hours_tuesday        VARCHAR(100) NULL,
    hours_wednesday      VARCHAR(100) NULL,
    hours_thursday       VARCHAR(100) NULL,
    hours_friday         VARCHAR(100) NULL,
    hours_saturday       VARCHAR(100) NULL,
    hours_sunday         VARCHAR(100) NULL,
    -- where a visitor finds staff: Dutch set (or not at all), French and English optional
    staff_location_nl    VARCHAR(200) NULL,
    staff_location_fr    VARCHAR(200) NULL,
    staff_location_en    VARCHAR(200) NULL,
    updated_at           TIMESTAMP(3) NOT NULL,
    updated_by           VARCHAR(80)  NOT NULL,
    CONSTRAINT uk_kiosk_configuration_site UNIQUE (site),
    CONSTRAINT uk_kiosk_configuration_terminal UNIQUE (terminal_id),
    CONSTRAINT ck_kiosk_configuration_scope CHECK ((site IS NULL) <> (terminal_id IS NULL)),
    CONSTRAINT fk_kiosk_configuration_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id) ON DELETE CASCADE
) ENGINE = InnoDB;
