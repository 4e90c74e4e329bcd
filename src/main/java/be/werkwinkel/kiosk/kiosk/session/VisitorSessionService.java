package be.werkwinkel.kiosk.kiosk.session;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessionEnded;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
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
 *
 * <p>A session becomes a visitor session when it first shows a kiosk screen; a session that only
 * shows staff screens ({@link StaffScreens.isStaff}) is never tracked, so a staff reset cannot wipe
 * the staff member's own session. The end of every visitor session is published as
 * {@link VisitorSessionEnded}.
 *
 * <p>The wipe's safety net has a scheduler thread of its own: a feed import or another scheduled
 * job that runs long must never delay a wipe. The same thread keeps the server-side deadline: a
 * visitor session with no input ({@link #recordInput}) for the idle timeout plus the countdown is
 * wiped by the server, so that a frozen browser, a hidden tab or a blocked script, whose own timers
 * never fire, cannot keep one visitor's screens open for the next.
 */
@Service
class VisitorSessionService implements VisitorSessions, VaadinServiceInitListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(VisitorSessionService.class);

    /** Time for a pushed "leave now" to reach the browser before the server ends the session itself. */
    static final Duration REMOTE_WIPE_GRACE = Duration.ofSeconds(2);

    private static final String WIPED = VisitorSessionService.class.getName() + ".wiped";
    private static final String TEMPORARY_DIRECTORY = VisitorSessionService.class.getName() + ".temporaryDirectory";
    private static final String SESSION_ID = VisitorSessionService.class.getName() + ".sessionId";
    private static final String STAFF = VisitorSessionService.class.getName() + ".staff";
    private static final String STARTED_AT = VisitorSessionService.class.getName() + ".startedAt";

    /**
     * Runs in the browser: tells the page's components to forget (the on-screen keyboard's memory),
     * clears what the app may have stored there, then leaves for the page
     * that clears the rest (HttpOnly cookies) with Clear-Site-Data. {@code replace} keeps the
     * visitor's screens out of the back history.
     */
    private static final String CLIENT_WIPE = """
            window.dispatchEvent(new Event('kiosk-session-wipe'));
            try { window.localStorage.clear(); window.sessionStorage.clear(); } catch (e) { /* storage disabled */ }
            document.cookie.split(';').forEach(function (cookie) {
              var name = cookie.split('=')[0].trim();
              if (name) { document.cookie = name + '=; Max-Age=0; path=/'; }
            });
            window.location.replace($0);""";

    /** How often the deadline is checked: a wipe comes at most this late. */
    static final Duration DEADLINE_CHECK = Duration.ofSeconds(1);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    /** The last input of each session that has shown a screen with an idle watch. */
    private final Map<VaadinSession, Instant> lastInput = new ConcurrentHashMap<>();
    private final KioskSettings settings;
    private final KioskScreens screens;
    private final Path temporaryRoot;
    private final ApplicationEventPublisher events;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final Clock clock;

    VisitorSessionService(KioskSettings settings, KioskScreens screens, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.screens = screens;
        this.temporaryRoot = settings.dataDir().resolve("session-files").toAbsolutePath().normalize();
        this.events = events;
        this.clock = clock;
        scheduler.setThreadNamePrefix("visitor-wipe-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::wipeOverdueSessions, DEADLINE_CHECK);
        deleteLeftoversOfEarlierRuns();
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            var session = enter.getUI().getSession();
            if (StaffScreens.isStaff(enter.getLocation())) {
                markAsStaff(session);
            } else {
                startTracking(session);
            }
        }));
        event.getSource().addSessionDestroyListener(destroy -> {
            sessions.remove(destroy.getSession());
            lastInput.remove(destroy.getSession());
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
    public void recordInput(VaadinSession session) {
        if (sessions.contains(session)) {
            lastInput.put(session, clock.instant());
        }
    }

    @Override
    public int activeCount() {
        return sessions.size();
    }

    @Override
    public String sessionId(VaadinSession session) {
        var id = (String) session.getAttribute(SESSION_ID);
        if (id == null) {
            id = UUID.randomUUID().toString();
            session.setAttribute(SESSION_ID, id);
        }
        return id;
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
        sessions.remove(session);
        lastInput.remove(session);
        publishEnd(session, reason, language);
        if (inOwnRequest) {
            invalidate(session); // the response that carries the script above is still written
        } else {
            scheduler.schedule(() -> session.access(() -> invalidate(session)), clock.instant().plus(REMOTE_WIPE_GRACE));
        }
    }

    /** Runs on the wipe thread: whatever the browser does, a session past its deadline ends. */
    void wipeOverdueSessions() {
        var now = clock.instant();
        // the idle timeout this kiosk is configured with now (staff may change it while sessions run)
        var deadline = new KioskSettings.Session(screens.setup().idleTimeout(), settings.session().countdown())
                .serverDeadline();
        lastInput.forEach((session, last) -> {
            if (last.plus(deadline).isBefore(now)) {
                lastInput.remove(session, last);
                try {
                    log.info("Wiping a visitor session that had no input for {} s", deadline.toSeconds());
                    wipe(session, SessionEndReason.IDLE);
                } catch (RuntimeException e) {
                    // one broken session must not stop the deadline of the others
                    log.warn("Could not wipe an overdue visitor session: {}", e.toString());
                }
            }
        });
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

    /** A session that opened a staff screen belongs to a staff member: never tracked, never wiped with the visitors. */
    private void markAsStaff(VaadinSession session) {
        session.setAttribute(STAFF, Boolean.TRUE);
        sessions.remove(session);
    }

    private void startTracking(VaadinSession session) {
        if (session.getAttribute(STARTED_AT) == null && session.getAttribute(WIPED) == null
                && session.getAttribute(STAFF) == null) {
            session.setAttribute(STARTED_AT, clock.instant());
            sessionId(session);
            sessions.add(session);
        }
    }

    private void publishEnd(VaadinSession session, SessionEndReason reason, KioskLanguage language) {
        var now = clock.instant();
        var started = session.getAttribute(STARTED_AT) instanceof Instant at ? at : now;
        try {
            events.publishEvent(new VisitorSessionEnded(sessionId(session), reason, language, started, now));
        } catch (RuntimeException e) {
            // a listener's failure (statistics, a feature forgetting its state) must never keep a
            // session alive: the wipe has already happened
            log.warn("A listener failed on the end of a visitor session ({}): {}", reason, e.toString());
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
