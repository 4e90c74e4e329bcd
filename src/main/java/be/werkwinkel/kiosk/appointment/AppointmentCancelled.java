package be.werkwinkel.kiosk.appointment;

import java.time.Instant;

/** An appointment was cancelled (by the visitor or by staff); its time is free again. */
public record AppointmentCancelled(AppointmentId appointment, ConsultantId consultant, Instant start,
        Instant cancelledAt) {
}
