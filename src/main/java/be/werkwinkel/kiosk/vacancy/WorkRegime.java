package be.werkwinkel.kiosk.vacancy;

/** Full-time or part-time, read from schema.org {@code employmentType} (FULL_TIME, PART_TIME). */
public enum WorkRegime {
    FULL_TIME,
    PART_TIME
}
