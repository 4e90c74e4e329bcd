package be.werkwinkel.kiosk.appointment;

import java.time.Instant;

/** A visitor moved an appointment to another time (same code, same type and site); replays publish nothing. */
public record AppointmentMoved(AppointmentId appointment, ConsultantId consultant, Instant start, Instant end,
        Instant previousStart, Instant movedAt) {
}
