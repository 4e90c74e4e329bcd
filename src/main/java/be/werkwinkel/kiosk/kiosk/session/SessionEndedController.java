package be.werkwinkel.kiosk.kiosk.session;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

    @GetMapping(PATH)
    ResponseEntity<Void> sessionEnded(HttpServletRequest request) {
        var session = request.getSession(false);
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
}
