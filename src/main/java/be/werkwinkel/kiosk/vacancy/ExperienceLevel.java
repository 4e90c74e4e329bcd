package be.werkwinkel.kiosk.vacancy;

/**
 * The work experience a vacancy asks for, from schema.org {@code experienceRequirements}
 * ({@code monthsOfExperience}, or text that names years).
 */
public enum ExperienceLevel {
    NONE,
    UP_TO_TWO_YEARS,
    TWO_TO_FIVE_YEARS,
    MORE_THAN_FIVE_YEARS;

    public static ExperienceLevel ofMonths(int months) {
        if (months <= 0) {
            return NONE;
        }
        if (months <= 24) {
            return UP_TO_TWO_YEARS;
        }
        return months <= 60 ? TWO_TO_FIVE_YEARS : MORE_THAN_FIVE_YEARS;
    }
}
