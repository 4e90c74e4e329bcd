package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.terminal.ApplicationRestart;
import be.werkwinkel.kiosk.terminal.CommandKind;
import be.werkwinkel.kiosk.terminal.Heartbeat;
import be.werkwinkel.kiosk.terminal.KioskCommands;
import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.TerminalSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The standalone kiosk as a terminal of its own instance (decision 032): registered at start-up,
 * it reports heartbeats and takes its commands in-process, without HTTP or a token, on one thread
 * of its own, and applies them the way a remote terminal will: the wipe through
 * {@link VisitorSessions}, lock, unlock and banner through {@link KioskScreens}, and on "reload
 * configuration" the terminal's effective configuration (decision 033), read through the same
 * body the terminal API serves, so that the open kiosk screens follow it at once. Each command is
 * acknowledged with its result, so the console shows it like any other terminal's.
 */
class LocalKioskTerminal implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocalKioskTerminal.class);

    private final TerminalRegistry registry;
    private final KioskSetupService setups;
    private final KioskCommands commands;
    private final KioskSettings kiosk;
    private final TerminalSettings settings;
    private final ApplicationRestart restart;
    private final ThreadPoolTaskScheduler worker = new ThreadPoolTaskScheduler();
    private final AtomicLong lastSeq = new AtomicLong();
    private volatile @Nullable TerminalId id;

    LocalKioskTerminal(TerminalRegistry registry, KioskSetupService setups, KioskScreens screens,
            VisitorSessions sessions, KioskSettings kiosk, TerminalSettings settings, ApplicationRestart restart) {
        this.registry = registry;
        this.setups = setups;
        this.commands = new KioskCommands(screens, sessions);
        this.kiosk = kiosk;
        this.settings = settings;
        this.restart = restart;
        worker.setThreadNamePrefix("local-terminal-");
        worker.setDaemon(true);
        worker.initialize();
    }

    @Override
    public void destroy() {
        worker.shutdown();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        var terminal = registry.registerLocalKiosk(hostName(), kiosk.site().name());
        id = terminal;
        try {
            applyConfiguration(terminal);
        } catch (RuntimeException e) {
            // the kiosk still serves visitors, with its properties' configuration
            log.warn("Could not apply the local kiosk's configuration at start-up", e);
        }
        worker.scheduleWithFixedDelay(this::heartbeat, settings.heartbeatInterval());
        worker.execute(this::runPending);
    }

    @EventListener
    void queued(CommandQueued event) {
        if (event.terminal().equals(id)) {
            worker.execute(this::runPending);
        }
    }

    /** The terminal id, once registered. */
    @Nullable TerminalId id() {
        return id;
    }

    void heartbeat() {
        var terminal = id;
        if (terminal == null) {
            return;
        }
        try {
            registry.recordHeartbeat(terminal, new Heartbeat(commands.state(), null, Heartbeat.thisVersion(),
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1000, null, null, Heartbeat.freeDiskOf(kiosk.dataDir())));
        } catch (RuntimeException e) {
            log.warn("Could not record the local kiosk's heartbeat: {}", e.toString());
        }
    }

    private void runPending() {
        var terminal = id;
        if (terminal == null) {
            return;
        }
        for (var command : registry.deliver(terminal, lastSeq.get())) {
            boolean succeeded = true;
            String result;
            try {
                result = apply(terminal, command);
            } catch (RuntimeException e) {
                log.warn("Command {} {} failed on the local kiosk", command.seq(), command.kind(), e);
                succeeded = false;
                result = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            lastSeq.set(command.seq());
            registry.acknowledge(terminal, command.seq(), succeeded, result);
            if (succeeded && command.kind() == CommandKind.RESTART) {
                restart.restart();
                return;
            }
        }
        heartbeat(); // the console shows the new state (locked, attract) at once
    }

    private String apply(TerminalId terminal, PendingCommand command) {
        return switch (command.kind()) {
            case RELOAD_CONFIGURATION -> applyConfiguration(terminal);
            case RESTART -> "restarting";
            default -> commands.apply(command.kind(), command.text());
        };
    }

    private String applyConfiguration(TerminalId terminal) {
        return commands.applyConfiguration(setups.configuration(terminal).orElseThrow(() ->
                new IllegalStateException("the local kiosk's terminal " + terminal + " is not in the registry")));
    }



    private static String hostName() {
        try {
            var name = InetAddress.getLocalHost().getHostName();
            return name.length() > 80 ? name.substring(0, 80) : name;
        } catch (IOException e) {
            return "kiosk";
        }
    }
}
