package be.werkwinkel.kiosk.vacancy;

/**
 * The education a vacancy asks for, read from schema.org {@code educationRequirements}
 * (a credential's {@code credentialCategory}, or text in Dutch, French or English).
 */
public enum EducationLevel {
    /** Explicitly no diploma needed. */
    NONE_REQUIRED,
    /** Secondary school (schema.org "high school"). */
    SECONDARY,
    /** Higher vocational education, HBO5 (schema.org "associate degree", "professional certificate"). */
    HIGHER_VOCATIONAL,
    BACHELOR,
    /** Master or higher (schema.org "postgraduate degree"). */
    MASTER
}
