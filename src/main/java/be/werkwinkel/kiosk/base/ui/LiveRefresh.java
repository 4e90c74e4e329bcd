package be.werkwinkel.kiosk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a staff screen current while it is open: every period the server runs its refresh in the
 * screen's UI and pushes the change (the application has {@code @Push}). Not the browser polling
 * ({@code UI.setPollInterval}): a poll is a request from the browser, which would count as use and
 * keep an unattended console signed in past {@code kiosk.staff.session-timeout}; a push does not.
 */
public final class LiveRefresh {

    private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "staff-live-refresh");
        thread.setDaemon(true);
        return thread;
    });

    private LiveRefresh() {
    }

    /** While {@code screen} is attached, runs {@code refresh} in its UI every {@code period}. */
    public static void every(Component screen, Duration period, Runnable refresh) {
        var running = new AtomicReference<ScheduledFuture<?>>();
        screen.addAttachListener(attach -> {
            var ui = attach.getUI();
            var previous = running.getAndSet(TIMER.scheduleWithFixedDelay(() -> {
                try {
                    ui.access(refresh::run);
                } catch (UIDetachedException | IllegalStateException gone) {
                    // the screen was closed or its session ended between two ticks: stop
                    var future = running.getAndSet(null);
                    if (future != null) {
                        future.cancel(false);
                    }
                } catch (RuntimeException e) {
                    log.debug("A staff screen could not be refreshed: {}", e.toString());
                }
            }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS));
            if (previous != null) {
                previous.cancel(false);
            }
        });
        screen.addDetachListener(detach -> {
            var future = running.getAndSet(null);
            if (future != null) {
                future.cancel(false);
            }
        });
    }
}
