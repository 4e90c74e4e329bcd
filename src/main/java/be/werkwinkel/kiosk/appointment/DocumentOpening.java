package be.werkwinkel.kiosk.appointment;

import be.werkwinkel.kiosk.storage.DocumentId;
import java.time.Instant;

/**
 * One attempt by a staff member to open a shared document, allowed or not: the audit trail
 * of {@link AppointmentAdministration#openSharedDocument}.
 */
public record DocumentOpening(Instant at, String staffUsername, AppointmentId appointment, DocumentId document,
        boolean allowed) {
}
