package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.AppointmentId;
import be.werkwinkel.kiosk.appointment.BookingCode;
import be.werkwinkel.kiosk.storage.RequestId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where each reference of a terminal's offline booking request led (table {@code
 * appointment_request}, decision 044): the appointment booked for it, or nothing. Written in the
 * transaction of the terminal delivery that carried the request out, so it is there exactly when
 * the booking is.
 */
final class BookingRequests {

    /** What became of a request. */
    enum Outcome {
        /** Booked at the time the visitor chose. */
        BOOKED,
        /** That time was taken meanwhile: booked at the nearest free time of the same type and site. */
        ALTERNATIVE,
        /** Nothing free for this type and site any more: not booked. */
        NOT_BOOKED
    }

    private final JdbcClient jdbc;

    BookingRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(BookingCode reference, RequestId request, Instant requestedStart, Outcome outcome,
            @Nullable AppointmentId appointment, Instant now) {
        jdbc.sql("""
                INSERT INTO appointment_request (reference, request_id, requested_start, outcome, appointment_id, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(reference.value(), request.toString(), Bookings.utc(requestedStart), outcome.name(),
                        appointment == null ? null : appointment.toString(), Bookings.utc(now))
                .update();
    }

    /** The appointment booked for this reference, if one was. */
    Optional<AppointmentId> appointment(BookingCode reference) {
        return jdbc.sql("SELECT appointment_id FROM appointment_request WHERE reference = ? AND appointment_id IS NOT NULL")
                .param(reference.value()).query(String.class).optional().flatMap(AppointmentId::parse);
    }

    /** True when this reference is a request that could not be booked. */
    boolean notBooked(BookingCode reference) {
        return jdbc.sql("SELECT COUNT(*) FROM appointment_request WHERE reference = ? AND outcome = ?")
                .params(reference.value(), Outcome.NOT_BOOKED.name()).query(Integer.class).single() > 0;
    }

    /** True when this reference is taken (by a request of another terminal: two drew the same code). */
    boolean taken(BookingCode reference) {
        return jdbc.sql("SELECT COUNT(*) FROM appointment_request WHERE reference = ?")
                .param(reference.value()).query(Integer.class).single() > 0;
    }
}
