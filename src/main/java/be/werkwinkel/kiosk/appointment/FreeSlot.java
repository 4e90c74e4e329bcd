package be.werkwinkel.kiosk.appointment;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A time the visitor can book: its start and end in Europe/Brussels ({@link Appointments#ZONE})
 * and the consultants free for the whole of it (matching the query's choice), in the order
 * "anyone" would pick them.
 */
public record FreeSlot(ZonedDateTime start, ZonedDateTime end, List<ConsultantProfile> consultants) {

    public FreeSlot {
        start = start.withZoneSameInstant(Appointments.ZONE);
        end = end.withZoneSameInstant(Appointments.ZONE);
        consultants = List.copyOf(consultants);
        Objects.requireNonNull(start, "start");
    }
}
