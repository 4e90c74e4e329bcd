package be.werkwinkel.kiosk.appointment;

import java.time.Instant;

/**
 * A new appointment was booked; replays of the same
 * request publish nothing. Published after the booking's transaction committed.
 */
public record AppointmentBooked(AppointmentId appointment, AppointmentTypeId type, SiteId site,
        ConsultantId consultant, Instant start, Instant end, Instant bookedAt) {
}
