package be.werkwinkel.kiosk.appointment;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An exception to a consultant's plan: no slots from {@code from} until {@code until} (local
 * times in Europe/Brussels; a whole day is 00:00 until 00:00 the next day). Appointments already
 * booked in it are not cancelled automatically: the agenda shows them for staff to handle.
 *
 * @param note for staff only; may be empty
 */
public record Absence(AbsenceId id, ConsultantId consultant, AbsenceKind kind, LocalDateTime from,
        LocalDateTime until, String note) {

    public Absence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consultant, "consultant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        note = Objects.requireNonNull(note, "note").strip();
    }
}
