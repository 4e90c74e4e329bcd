package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.TerminalSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The long-poll of the terminal API (decision 030). A terminal asks for its commands after the last
 * number it has seen; when there is none the request waits, holding no thread, until a command is
 * queued for that terminal or the poll times out with an empty list. A command queued on this
 * instance wakes the request at once ({@link CommandQueued}); one queued on another hub instance is
 * seen by a single query per {@code kiosk.terminal.command-recheck} for all terminals together.
 */
class CommandWaiters implements DisposableBean {

    /** What the terminal receives; an empty list when the poll timed out. */
    record Commands(List<PendingCommand> commands) {
    }

    private record Waiter(long afterSeq, DeferredResult<Commands> result) {
    }

    private static final Logger log = LoggerFactory.getLogger(CommandWaiters.class);

    private final TerminalRegistry registry;
    private final TerminalSettings settings;
    private final Map<TerminalId, Set<Waiter>> waiting = new ConcurrentHashMap<>();
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile long lastCommandId = -1;

    CommandWaiters(TerminalRegistry registry, TerminalSettings settings) {
        this.registry = registry;
        this.settings = settings;
        scheduler.setThreadNamePrefix("terminal-commands-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::recheck, settings.commandRecheck());
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
        waiting.values().forEach(set -> set.forEach(w -> w.result().setResult(new Commands(List.of()))));
    }

    /** The terminal's commands after {@code afterSeq}: now if there are any, else when one comes or the wait is over. */
    DeferredResult<Commands> await(TerminalId terminal, long afterSeq, Duration wait) {
        var capped = wait.compareTo(settings.longPollTimeout()) > 0 ? settings.longPollTimeout() : wait;
        var empty = new Commands(List.of());
        var result = new DeferredResult<Commands>(capped.toMillis() + 1, () -> empty);
        var now = registry.deliver(terminal, afterSeq);
        if (!now.isEmpty() || capped.isZero()) {
            result.setResult(new Commands(now));
            return result;
        }
        var waiter = new Waiter(afterSeq, result);
        var set = waiting.computeIfAbsent(terminal, id -> ConcurrentHashMap.newKeySet());
        set.add(waiter);
        result.onCompletion(() -> set.remove(waiter));
        // a command queued between the query above and joining the set would wait for the next one
        wake(terminal);
        return result;
    }

    @EventListener
    void queued(CommandQueued event) {
        wake(event.terminal());
    }

    private void wake(TerminalId terminal) {
        var set = waiting.get(terminal);
        if (set == null || set.isEmpty()) {
            return;
        }
        for (var waiter : List.copyOf(set)) {
            if (waiter.result().isSetOrExpired()) {
                continue;
            }
            var commands = registry.deliver(terminal, waiter.afterSeq());
            if (!commands.isEmpty()) {
                waiter.result().setResult(new Commands(commands));
            }
        }
    }

    /** Commands committed by another instance (or missed here) since the last look. */
    void recheck() {
        try {
            if (lastCommandId < 0) {
                lastCommandId = registry.lastCommandId();
                return;
            }
            if (waiting.values().stream().allMatch(Set::isEmpty)) {
                lastCommandId = registry.lastCommandId();
                return;
            }
            var found = registry.commandsAfter(lastCommandId);
            lastCommandId = found.lastId();
            found.terminals().forEach(id -> wake(new TerminalId(id)));
        } catch (RuntimeException e) {
            log.warn("Could not look for new terminal commands: {}", e.toString());
        }
    }
}
