package be.werkwinkel.kiosk.terminal;

import java.util.List;

/**
 * A configuration that was refused: nothing of it was saved. Each problem names the field it is
 * about, so the console can say it next to that field in the staff member's language
 * ({@code config.problem.<REASON>}).
 */
public final class SetupProblem extends RuntimeException {

    /** Why a value was refused. */
    public enum Reason {
        /** The idle timeout is not between 30 seconds and an hour. */
        IDLE_TIMEOUT_RANGE,
        /** Dutch, the kiosk's default language, was left out. */
        DUTCH_ALWAYS,
        /** The place is not a Belgian postcode or municipality in the reference data. */
        PLACE_UNKNOWN,
        /** Opening hours that do not read as {@code 09:00-12:00, 13:00-16:30}. */
        HOURS_FORMAT,
        /** A period that ends before it starts. */
        HOURS_ORDER,
        /** Periods of one day that overlap or are not in order. */
        HOURS_OVERLAP,
        /** Own staff location texts without the Dutch one. */
        STAFF_LOCATION_DUTCH,
        /** A text longer than its field allows. */
        TEXT_TOO_LONG,
        /** No terminal of the registry is at this site. */
        UNKNOWN_SITE,
        /** No such terminal. */
        UNKNOWN_TERMINAL
    }

    /**
     * @param field {@code idleTimeout}, {@code languages}, {@code defaultPlace},
     *     {@code openingHours.MONDAY} …, {@code staffLocation.nl} …, {@code site} or {@code terminal}
     */
    public record Problem(String field, Reason reason) {
    }

    private final List<Problem> problems;

    public SetupProblem(List<Problem> problems) {
        super("configuration refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
