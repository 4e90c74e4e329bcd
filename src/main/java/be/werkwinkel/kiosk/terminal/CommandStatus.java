package be.werkwinkel.kiosk.terminal;

/** Where a command is, as the console shows it. */
public enum CommandStatus {
    /** Queued; the terminal has not fetched it yet (it may be offline). */
    WAITING,
    /** The terminal fetched it and has not said how it went yet. */
    DELIVERED,
    /** The terminal did it. */
    SUCCEEDED,
    /** The terminal tried and could not; the result says why. */
    FAILED,
    /** Nobody fetched it before it expired ({@code kiosk.terminal.command-expiry}); it will never run. */
    EXPIRED
}
