package be.werkwinkel.kiosk.appointment.internal;

import java.time.Instant;

/** A half-open span of time [from, until). */
record Interval(Instant from, Instant until) {

    Interval {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("interval ends before it starts: " + from + " " + until);
        }
    }

    boolean overlaps(Interval other) {
        return from.isBefore(other.until) && other.from.isBefore(until);
    }

    boolean contains(Interval other) {
        return !other.from.isBefore(from) && !other.until.isAfter(until);
    }
}
