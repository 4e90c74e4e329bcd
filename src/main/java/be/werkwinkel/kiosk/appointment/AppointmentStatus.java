package be.werkwinkel.kiosk.appointment;

/** Where an appointment stands. Only a {@link #BOOKED} one can be cancelled, moved or marked. */
public enum AppointmentStatus {
    BOOKED,
    /** The visitor came (marked by staff). */
    ATTENDED,
    /** The visitor did not come (marked by staff). */
    NO_SHOW,
    /** Cancelled by the visitor at a terminal or by staff; its time is free again. */
    CANCELLED
}
