package be.werkwinkel.kiosk.appointment;

/**
 * The appointments live on the hub and the hub cannot be reached now (a terminal only): nothing
 * was changed, and there is no last known answer to show instead. Screens say so plainly; a
 * booking can still be asked for "to be confirmed" through {@link PendingBookings}.
 */
public final class AppointmentsUnreachable extends RuntimeException {

    public AppointmentsUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
