package be.werkwinkel.kiosk.terminal.ui;

import be.werkwinkel.kiosk.terminal.TerminalsChanged;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Tells every open terminals console that something changed, at most twice a second: with 1,000
 * terminals there are some 70 heartbeats a second, and each console needs one refresh for all of
 * them, not one per heartbeat.
 */
@Component
class TerminalsBroadcast implements DisposableBean {

    static final Duration AT_MOST_EVERY = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(TerminalsBroadcast.class);

    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    TerminalsBroadcast() {
        scheduler.setThreadNamePrefix("terminals-console-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::tell, AT_MOST_EVERY);
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }

    Registration subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void changed(TerminalsChanged event) {
        changed.set(true);
    }

    private void tell() {
        if (!changed.getAndSet(false)) {
            return;
        }
        for (var listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // a closed console's UI: it unsubscribes on detach
                log.debug("A terminals console could not be told: {}", e.toString());
            }
        }
    }
}
