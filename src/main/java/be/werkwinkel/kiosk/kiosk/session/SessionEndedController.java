package be.werkwinkel.kiosk.kiosk.session;

import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Collections;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a wiped browser goes: ends whatever is left of the HTTP session, makes the browser forget
 * every cookie and all storage of this site ({@code Clear-Site-Data}) and sends it to the attract
 * screen. The browser cache is left alone on purpose: clearing it takes Chromium seconds, and the
 * app serves nothing personal from it (Vaadin's UIDL responses are not cacheable).
 */
@RestController
class SessionEndedController {

    static final String PATH = "/session-ended";

    private final VisitorSessions sessions;

    SessionEndedController(VisitorSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * @param reason {@code stopped} when the browser came here straight from the Stop button,
     *     before the server heard of the tap: then the wipe of the visitor session happens here
     */
    @GetMapping(PATH)
    ResponseEntity<Void> sessionEnded(HttpServletRequest request,
            @RequestParam(name = "reason", required = false) @Nullable String reason) {
        var session = request.getSession(false);
        if (session != null && "stopped".equals(reason)) {
            wipeVisitorSessions(session);
        }
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // the server finished the wipe first
            }
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(request.getContextPath() + "/"))
                .header("Clear-Site-Data", "\"cookies\", \"storage\"")
                .cacheControl(CacheControl.noStore())
                .build();
    }

    private void wipeVisitorSessions(HttpSession session) {
        try {
            for (var name : Collections.list(session.getAttributeNames())) {
                if (session.getAttribute(name) instanceof VaadinSession visitor) {
                    visitor.accessSynchronously(() -> sessions.wipe(visitor, SessionEndReason.STOPPED));
                }
            }
        } catch (IllegalStateException alreadyInvalidated) {
            // the wipe from the tap itself came first
        } catch (RuntimeException e) {
            // the session is invalidated below all the same
            LoggerFactory.getLogger(SessionEndedController.class).warn("Could not wipe a stopped session: {}", e.toString());
        }
    }
}
