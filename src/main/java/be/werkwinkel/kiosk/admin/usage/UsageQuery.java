package be.werkwinkel.kiosk.admin.usage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Which counts to show: the days from and to (both included), and optionally one site (the empty
 * name: counts from before sites were recorded) or one terminal (a terminal id of the registry; 0
 * for this instance's own screens). Null means all.
 */
public record UsageQuery(LocalDate from, LocalDate to, @Nullable String site, @Nullable Long terminal) {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 731;

    public UsageQuery {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        if (days(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("the period is longer than " + MAX_DAYS + " days");
        }
    }

    /** How many days the period has. */
    public long days() {
        return days(from, to);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
