package be.werkwinkel.kiosk.terminal;

/**
 * What a terminal is doing, as the console shows it. The first four are what a terminal reports in
 * its heartbeat; the others the registry concludes.
 */
public enum TerminalState {
    /** Waiting for a visitor on the attract screen. */
    ATTRACT,
    /** A visitor is using it. */
    IN_SESSION,
    /** Staff locked it ("out of order"). */
    LOCKED,
    /** Starting up or being set up; not yet serving visitors. */
    SETUP,
    /** No heartbeat for longer than {@code kiosk.terminal.offline-after}. */
    OFFLINE,
    /** Created, but its enrollment code has not been used yet. */
    NOT_ENROLLED,
    /** Its token was revoked: it is refused on its next call and out of service. */
    REVOKED;

    /** The states a terminal may report itself. */
    public boolean reportable() {
        return ordinal() <= SETUP.ordinal();
    }
}
