package be.werkwinkel.kiosk.terminal;

import java.time.Instant;

/**
 * A one-time enrollment code, shown once to the admin who created it: only its hash is kept.
 *
 * @param code what is typed on the terminal, e.g. {@code K7PX-M2QD-9RTA}
 */
public record Enrollment(TerminalId terminal, String code, Instant expiresAt) {
}
