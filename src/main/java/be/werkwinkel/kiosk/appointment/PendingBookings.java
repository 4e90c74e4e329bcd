package be.werkwinkel.kiosk.appointment;

import be.werkwinkel.kiosk.storage.RequestId;

/**
 * Booking while the hub is unreachable (a terminal only; absent in standalone and on a hub, where
 * the appointments are at hand): the free times shown are the last known ones, and a booking is a
 * request, queued for the hub, that the hub confirms, or books at the nearest free time, when it
 * gets it (decision 044). Never a double booking: only the hub books, through the same slot claims
 * as any booking.
 */
public interface PendingBookings {

    /**
     * True while the hub is unreachable: free times come from the last known answers and must be
     * shown as "to be confirmed".
     */
    boolean toBeConfirmed();

    /**
     * Queues the request for the hub, durably and sealed to the hub's key, under {@code request}
     * (the same id again queues nothing more). The contact details are checked as a booking checks
     * them.
     *
     * @throws AppointmentProblem when the request can never be booked (contact details, a type or
     *     site not known to this terminal)
     * @throws NotQueued when it cannot be kept for the hub; nothing was queued
     */
    PendingBooking request(RequestId request, BookingRequest booking);

    /** The request could not be kept for the hub; the visitor is told why, nothing is lost silently. */
    final class NotQueued extends RuntimeException {

        /** Why not. Each has a plain sentence under {@code appointment.pending.notQueued.<name>}. */
        public enum Reason {
            /** The terminal holds as many waiting requests as it may. */
            FULL,
            /** The terminal never got the hub's key to seal requests with. */
            HUB_KEY_UNKNOWN,
            /** The terminal's disk refused the write. */
            DISK
        }

        private final Reason reason;

        public NotQueued(Reason reason, Throwable cause) {
            super(reason.name(), cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }

        public String messageKey() {
            return "appointment.pending.notQueued." + reason.name();
        }
    }
}
