package be.werkwinkel.kiosk.kiosk;

import com.vaadin.flow.server.VaadinSession;
import java.nio.file.Path;

/**
 * The visitor sessions on this kiosk and the one way they end: a complete wipe. After a wipe
 * nothing of the visitor remains: the browser has cleared its storage and cookies of this app and
 * shows the attract screen, the Vaadin and HTTP sessions are gone, and the session's temporary
 * files are deleted.
 */
public interface VisitorSessions {

    /**
     * Wipes one session. Safe to call from the session's own request thread (Stop button) and from
     * any other thread (staff reset); the browser is sent away through server push.
     */
    void wipe(VaadinSession session, SessionEndReason reason);

    /**
     * Wipes every visitor session on this kiosk and returns how many there were. Sessions that
     * only ever showed staff screens (under {@code /admin}) are not visitor sessions and stay.
     */
    int wipeAll(SessionEndReason reason);

    /**
     * Records that the visitor did something (a touch, a key, a scroll, a new screen). A visitor
     * session without input for the idle timeout plus the countdown is wiped by the server, even
     * when the browser's own idle watch never fires (a frozen browser, a hidden tab, a blocked
     * script). A session starts to count only once it has recorded input.
     */
    void recordInput(VaadinSession session);

    /** How many visitor sessions are open right now. */
    int activeCount();

    /**
     * An opaque id of this visitor session, for features that keep something per session outside
     * the Vaadin session (they forget it on {@link VisitorSessionEnded} with the same id).
     */
    String sessionId(VaadinSession session);

    /**
     * A private directory for this session's temporary files (a generated PDF, an upload); it is
     * deleted with everything in it when the session ends, and at start-up after a crash.
     */
    Path temporaryDirectory(VaadinSession session);
}
