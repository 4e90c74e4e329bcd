package be.werkwinkel.kiosk.appointment;

import java.util.List;

/**
 * What became of a booking (or a move). A request that cannot be right whatever the timing
 * (an unknown type, a slot in the past, a missing name) is refused with {@link AppointmentProblem}
 * instead; "just taken" is the only refusal that a fresh screen would not have shown.
 */
public sealed interface BookingOutcome {

    /** The appointment is booked (or was, by the first request with the same id). */
    record Booked(Booking booking) implements BookingOutcome {
    }

    /**
     * Someone else booked that time (or the consultant became unavailable) after the screen was
     * drawn; nothing was booked. {@code alternatives} are the nearest free slots for the same type,
     * site and consultant choice, nearest in time first (at most a handful, possibly none).
     */
    record JustTaken(List<FreeSlot> alternatives) implements BookingOutcome {
        public JustTaken {
            alternatives = List.copyOf(alternatives);
        }
    }
}
