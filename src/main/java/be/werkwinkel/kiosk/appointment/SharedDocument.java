package be.werkwinkel.kiosk.appointment;

import be.werkwinkel.kiosk.storage.DocumentId;
import java.time.Instant;

/** A document the visitor shared with the consultant of one appointment, with consent given at {@code sharedAt}. */
public record SharedDocument(AppointmentId appointment, DocumentId document, Instant sharedAt) {
}
