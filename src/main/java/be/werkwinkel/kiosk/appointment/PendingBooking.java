package be.werkwinkel.kiosk.appointment;

import be.werkwinkel.kiosk.base.KioskLanguage;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A booking request queued at a terminal while the hub was unreachable: what the visitor's ticket
 * shows, marked "to be confirmed" (decision 044). Nothing personal in it but what the ticket
 * already shows on the visitor's own screen.
 *
 * @param reference the code the visitor looks the outcome up with at "my appointment"; the hub
 *     books under this code when it can
 * @param type what for
 * @param site where
 * @param start the time asked for, in Europe/Brussels
 * @param language the visitor's language
 * @param byEmail true when the visitor gave an e-mail address: the outcome is sent there too
 */
public record PendingBooking(BookingCode reference, AppointmentType type, Site site, ZonedDateTime start,
        KioskLanguage language, boolean byEmail) {

    public PendingBooking {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(site, "site");
        start = start.withZoneSameInstant(Appointments.ZONE);
        Objects.requireNonNull(language, "language");
    }
}
