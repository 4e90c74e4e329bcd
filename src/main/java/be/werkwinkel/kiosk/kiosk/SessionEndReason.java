package be.werkwinkel.kiosk.kiosk;

/** Why a visitor's session ended; counted per day for the usage statistics, never per person. */
public enum SessionEndReason {
    /** The visitor tapped Stop. */
    STOPPED,
    /** Nobody answered the "are you still there?" question in time. */
    IDLE,
    /** A staff member reset the terminal. */
    STAFF_RESET
}
