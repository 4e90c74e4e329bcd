package be.werkwinkel.kiosk.cv;

/**
 * What is wrong with one field of a CV or letter; screens show {@code cv.problem.<problem>} (with
 * the limit) next to the field.
 *
 * @param field where, as a path: {@code person.email}, {@code jobs.2.from}, {@code skills.0}
 * @param limit the length or count that was passed, where the problem has one; 0 otherwise
 */
public record FieldProblem(String field, Problem problem, int limit) {

    public enum Problem {
        /** Empty, but needed. */
        REQUIRED,
        /** Longer than {@link #limit()} characters. */
        TOO_LONG,
        /** More than {@link #limit()} entries. */
        TOO_MANY,
        /** Not an e-mail address. */
        EMAIL,
        /** Not a phone number. */
        PHONE,
        /** Not a postcode. */
        POSTCODE,
        /** An end before its start. */
        ENDS_BEFORE_START,
        /** A month that has not come yet where only the past makes sense. */
        IN_THE_FUTURE,
        /** A year before {@link CvCheck#FIRST_YEAR} or too far ahead. */
        YEAR_OUT_OF_RANGE,
        /** A language that is not a mother tongue without all five levels. */
        LEVEL_MISSING,
        /** Characters that cannot be printed (control characters). */
        UNPRINTABLE
    }
}
