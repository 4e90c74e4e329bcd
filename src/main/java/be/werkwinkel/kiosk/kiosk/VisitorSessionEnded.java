package be.werkwinkel.kiosk.kiosk;

import be.werkwinkel.kiosk.base.KioskLanguage;
import java.time.Instant;

/**
 * A visitor's session has been wiped (Stop, idle, staff reset). Features forget what they kept
 * for it; statistics count it. Published once per session, after the wipe has been sent to the
 * browser and the session's files are gone, on the thread that wiped it.
 *
 * @param sessionId an opaque id that features may have used to key what they keep for the
 *     session ({@link VisitorSessions#sessionId}); it is not the HTTP session id
 * @param reason why it ended
 * @param language the language the visitor last used
 * @param startedAt when the visitor started (first screen after the attract screen)
 * @param endedAt when it ended
 */
public record VisitorSessionEnded(String sessionId, SessionEndReason reason, KioskLanguage language,
        Instant startedAt, Instant endedAt) {
}
