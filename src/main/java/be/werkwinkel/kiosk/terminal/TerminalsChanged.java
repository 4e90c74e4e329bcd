package be.werkwinkel.kiosk.terminal;

/**
 * Something about a terminal changed (a heartbeat, a command's status, enrollment, revocation, or
 * it went offline); the console refreshes. Published after the change is committed.
 */
public record TerminalsChanged(TerminalId terminal) {
}
