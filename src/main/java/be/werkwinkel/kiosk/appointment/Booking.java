package be.werkwinkel.kiosk.appointment;

import be.werkwinkel.kiosk.base.KioskLanguage;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A booked appointment as the visitor's ticket shows it: everything for the ticket, in one value.
 * Contact details are not in it (a ticket on a shared screen shows none).
 *
 * @param id internal identity (for sharing a document right after booking)
 * @param code the booking code on the ticket and in its QR code
 * @param type what for (name and what to bring)
 * @param site where (name, address, route hint)
 * @param consultant with whom
 * @param start in Europe/Brussels
 * @param end in Europe/Brussels
 * @param status where it stands
 * @param language the language the visitor booked in
 * @param vacancy what it is about, or null
 */
public record Booking(AppointmentId id, BookingCode code, AppointmentType type, Site site,
        ConsultantProfile consultant, ZonedDateTime start, ZonedDateTime end, AppointmentStatus status,
        KioskLanguage language, @Nullable AttachedVacancy vacancy) {

    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        start = start.withZoneSameInstant(Appointments.ZONE);
        end = end.withZoneSameInstant(Appointments.ZONE);
    }
}
