package be.werkwinkel.kiosk.vacancy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The kiosk's own stable number for a vacancy (not the feed's identifier). */
public record VacancyId(long value) {

    public VacancyId {
        if (value <= 0) {
            throw new IllegalArgumentException("a vacancy id is a positive number");
        }
    }

    /**
     * Reads an id from a URL or API path; empty for anything that is not a positive number in ASCII
     * digits ({@link Character#isDigit} would also let Arabic-Indic or fullwidth digits name it).
     */
    public static Optional<VacancyId> parse(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        var value = Long.parseLong(text);
        return value > 0 ? Optional.of(new VacancyId(value)) : Optional.empty();
    }

    /** In JSON a vacancy id is just its number. */
    @JsonValue
    @Override
    public long value() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
