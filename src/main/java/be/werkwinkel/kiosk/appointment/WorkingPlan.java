package be.werkwinkel.kiosk.appointment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a consultant's weekly working plan: on this weekday, at this site, from .. until,
 * with breaks, during a period. A consultant's plans never overlap one another (at any site): the
 * save is refused with PLAN_OVERLAPS.
 *
 * @param id the line's identity
 * @param consultant whose plan
 * @param site where (must be one of the consultant's sites)
 * @param day the weekday
 * @param from start of work, on the 5-minute grid
 * @param until end of work, after {@code from}, on the 5-minute grid
 * @param breaks within from..until, not overlapping one another
 * @param validFrom the first day it applies
 * @param validUntil the last day it applies, or null for "until further notice"
 */
public record WorkingPlan(PlanId id, ConsultantId consultant, SiteId site, DayOfWeek day, LocalTime from,
        LocalTime until, List<Break> breaks, LocalDate validFrom, @Nullable LocalDate validUntil) {

    public WorkingPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consultant, "consultant");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        breaks = breaks.stream().sorted(Comparator.comparing(Break::from)).toList();
        Objects.requireNonNull(validFrom, "validFrom");
    }

    /** Whether this line applies on that date (right weekday, within its period). */
    public boolean appliesOn(LocalDate date) {
        return date.getDayOfWeek() == day && !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    /** A break within a working day, e.g. lunch 12:00-12:30. */
    public record Break(LocalTime from, LocalTime until) {
        public Break {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }
    }
}
