package be.werkwinkel.kiosk.appointment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One appointment in a staff agenda: the ticket's content plus what only staff see (contact
 * details, which documents are shared, who booked it from where).
 *
 * @param booking the appointment as on the ticket (its status included)
 * @param contactName as the visitor typed it
 * @param phone or null
 * @param email or null
 * @param sharedDocuments how many documents the visitor shares for it (openable by its consultant only)
 * @param conflict true when the consultant is absent or the site closed at that time (booked before
 *     the exception was entered): staff should call the visitor
 * @param bookedAt when it was booked
 * @param statusChangedBy the staff member (or "visitor") who last changed its status, or null
 */
public record AgendaEntry(Booking booking, String contactName, @Nullable String phone, @Nullable String email,
        List<SharedDocument> sharedDocuments, boolean conflict, Instant bookedAt, @Nullable String statusChangedBy) {

    public AgendaEntry {
        sharedDocuments = List.copyOf(sharedDocuments);
    }
}
