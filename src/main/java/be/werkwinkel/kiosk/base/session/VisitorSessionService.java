package be.werkwinkel.kiosk.base.session;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.base.SessionEndReason;
import be.werkwinkel.kiosk.base.VisitorSessions;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Keeps track of the open visitor sessions and wipes them.
 *
 * <p>A wipe tells every browser window of the session to clear its storage and go to
 * {@link SessionEndedController#PATH}, which invalidates the HTTP session, sends
 * {@code Clear-Site-Data} and redirects to the attract screen. On the server the session's
 * temporary files go at once and the session is invalidated: in the same request when the visitor
 * tapped Stop, or shortly after the push went out when the wipe came from elsewhere (staff reset),
 * in case the browser never comes back.
 */
@Service
class VisitorSessionService implements VisitorSessions, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(VisitorSessionService.class);

    /** Time for a pushed "leave now" to reach the browser before the server ends the session itself. */
    static final Duration REMOTE_WIPE_GRACE = Duration.ofSeconds(2);

    private static final String WIPED = VisitorSessionService.class.getName() + ".wiped";
    private static final String TEMPORARY_DIRECTORY = VisitorSessionService.class.getName() + ".temporaryDirectory";

    /**
     * Runs in the browser: clears what the app may have stored there, then leaves for the page
     * that clears the rest (HttpOnly cookies) with Clear-Site-Data. {@code replace} keeps the
     * visitor's screens out of the back history.
     */
    private static final String CLIENT_WIPE = """
            try { window.localStorage.clear(); window.sessionStorage.clear(); } catch (e) { /* storage disabled */ }
            document.cookie.split(';').forEach(function (cookie) {
              var name = cookie.split('=')[0].trim();
              if (name) { document.cookie = name + '=; Max-Age=0; path=/'; }
            });
            window.location.replace($0);""";

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final Path temporaryRoot;
    private final SessionUsageRepository usage;
    private final TaskScheduler scheduler;
    private final Clock clock;

    VisitorSessionService(KioskSettings settings, SessionUsageRepository usage, TaskScheduler scheduler, Clock clock) {
        this.temporaryRoot = settings.dataDir().resolve("session-files").toAbsolutePath().normalize();
        this.usage = usage;
        this.scheduler = scheduler;
        this.clock = clock;
        deleteLeftoversOfEarlierRuns();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> {
            sessions.remove(destroy.getSession());
            deleteTemporaryDirectory(destroy.getSession());
        });
    }

    @Override
    public void wipe(VaadinSession session, SessionEndReason reason) {
        if (session.hasLock()) {
            wipeLocked(session, reason, true);
        } else {
            session.access(() -> wipeLocked(session, reason, false));
        }
    }

    @Override
    public int wipeAll(SessionEndReason reason) {
        var open = List.copyOf(sessions);
        open.forEach(session -> wipe(session, reason));
        return open.size();
    }

    @Override
    public int activeCount() {
        return sessions.size();
    }

    @Override
    public Path temporaryDirectory(VaadinSession session) {
        var name = (String) session.getAttribute(TEMPORARY_DIRECTORY);
        if (name == null) {
            name = UUID.randomUUID().toString();
            session.setAttribute(TEMPORARY_DIRECTORY, name);
        }
        try {
            return Files.createDirectories(temporaryRoot.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for the session", e);
        }
    }

    private void wipeLocked(VaadinSession session, SessionEndReason reason, boolean inOwnRequest) {
        if (session.getAttribute(WIPED) != null || session.getState() != VaadinSessionState.OPEN) {
            return; // Stop and the idle countdown can race; the first one wins
        }
        session.setAttribute(WIPED, Boolean.TRUE);
        var language = session.getUIs().stream().findFirst()
                .map(ui -> KioskLanguage.of(ui.getLocale())).orElse(KioskLanguage.DEFAULT);
        session.getUIs().forEach(ui -> ui.getPage().executeJs(CLIENT_WIPE, SessionEndedController.PATH));
        deleteTemporaryDirectory(session);
        countSessionEnd(reason, language);
        if (inOwnRequest) {
            invalidate(session); // the response that carries the script above is still written
        } else {
            scheduler.schedule(() -> session.access(() -> invalidate(session)), clock.instant().plus(REMOTE_WIPE_GRACE));
        }
    }

    private void invalidate(VaadinSession session) {
        var httpSession = session.getSession();
        if (httpSession == null) {
            return;
        }
        try {
            httpSession.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // the browser reached the session-ended page first
        }
    }

    private void countSessionEnd(SessionEndReason reason, KioskLanguage language) {
        try {
            usage.countSessionEnd(LocalDate.now(clock), reason.name(), language.code());
        } catch (RuntimeException e) {
            // statistics must never keep a session alive
            log.warn("Could not count a session end ({}): {}", reason, e.getMessage());
        }
    }

    private void deleteTemporaryDirectory(VaadinSession session) {
        var name = (String) session.getAttribute(TEMPORARY_DIRECTORY);
        if (name != null) {
            deleteRecursively(temporaryRoot.resolve(name));
        }
    }

    private void deleteLeftoversOfEarlierRuns() {
        deleteRecursively(temporaryRoot);
    }

    private static void deleteRecursively(Path path) {
        try {
            FileSystemUtils.deleteRecursively(path);
        } catch (IOException e) {
            log.error("Could not delete session files in {}", path, e);
        }
    }
}
