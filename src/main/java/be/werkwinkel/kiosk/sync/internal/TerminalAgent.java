package be.werkwinkel.kiosk.sync.internal;

import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.sync.HubSettings;
import be.werkwinkel.kiosk.terminal.ApplicationRestart;
import be.werkwinkel.kiosk.terminal.CommandKind;
import be.werkwinkel.kiosk.terminal.Heartbeat;
import be.werkwinkel.kiosk.terminal.KioskCommands;
import be.werkwinkel.kiosk.terminal.TerminalConfiguration;
import be.werkwinkel.kiosk.terminal.TerminalState;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * A terminal's life with its hub (DESIGN.md, "Roles"): it enrolls once with a one-time code, then
 * reports a heartbeat every interval the hub names, waits for staff commands by long poll and
 * applies them through {@link KioskCommands} as the standalone kiosk does (decision 032), and
 * follows the configuration the hub keeps for it. The last configuration is kept on disk, so a
 * terminal that restarts while the hub is down still shows its lock, banner and settings.
 *
 * <p>The hub being unreachable changes nothing for the visitor: the agent keeps trying, quietly
 * (one log line per outage). A hub that refuses the token (the terminal was revoked) puts the
 * kiosk out of service until the hub accepts it again or the terminal is enrolled anew.
 */
final class TerminalAgent implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TerminalAgent.class);

    /** The hub's answer to a request for commands. */
    record Commands(List<Command> commands) {
    }

    /** One command as the hub delivers it. */
    record Command(long seq, CommandKind kind, @Nullable String text) {
    }

    record EnrollRequest(String code) {
    }

    record EnrollResponse(long terminalId, String token, TerminalConfiguration configuration) {
    }

    record Acknowledgement(boolean succeeded, @Nullable String result) {
    }

    private final HubClient hub;
    private final HubSettings settings;
    private final TerminalCredentials credentials;
    private final ConfigurationCache cache;
    private final KioskCommands commands;
    private final KioskSettings kiosk;
    private final ApplicationRestart restart;
    private final TerminalFacts facts;
    private final Runnable enrolled;
    private final ThreadPoolTaskScheduler worker = new ThreadPoolTaskScheduler();
    private final AtomicBoolean outage = new AtomicBoolean();
    /** The results of the last commands run, by number, for acknowledging again. */
    private final Map<Long, Acknowledgement> done = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Acknowledgement> eldest) {
            return size() > 100;
        }
    };
    private volatile boolean stopped;
    private volatile boolean refused;
    private volatile Duration heartbeatInterval = Duration.ofSeconds(15);
    private volatile Duration longPoll = Duration.ofSeconds(25);
    private volatile @Nullable TerminalConfiguration configuration;
    private volatile @Nullable Thread poller;

    TerminalAgent(HubClient hub, HubSettings settings, TerminalCredentials credentials, ConfigurationCache cache,
            KioskCommands commands, KioskSettings kiosk, ApplicationRestart restart, TerminalFacts facts,
            Runnable enrolled) {
        this.hub = hub;
        this.settings = settings;
        this.credentials = credentials;
        this.cache = cache;
        this.commands = commands;
        this.kiosk = kiosk;
        this.restart = restart;
        this.facts = facts;
        this.enrolled = enrolled;
        worker.setThreadNamePrefix("terminal-agent-");
        worker.setPoolSize(2);
        worker.setDaemon(true);
        worker.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        cache.load().ifPresent(this::apply);
        if (!hub.configured()) {
            log.error("kiosk.hub.url is not set: this terminal cannot reach a hub and stays out of service");
            commands.apply(CommandKind.LOCK, "");
            return;
        }
        worker.execute(this::connect);
    }

    @Override
    public void destroy() {
        stopped = true;
        var thread = poller;
        if (thread != null) {
            thread.interrupt();
        }
        worker.shutdown();
    }

    /** True when the hub refused this terminal's token the last time it was asked. */
    boolean refused() {
        return refused;
    }

    /** Enrolls when needed, then starts heartbeats and the command poll; retried until it works. */
    private void connect() {
        if (stopped) {
            return;
        }
        try {
            enrollIfNeeded();
            if (credentials.current().isEmpty()) {
                return; // said so in enrollIfNeeded; a new code needs a restart with it
            }
            reloadConfiguration();
            heartbeat();
            worker.scheduleWithFixedDelay(this::heartbeat, heartbeatInterval);
            var thread = Thread.ofVirtual().name("terminal-commands").start(this::pollCommands);
            poller = thread;
        } catch (RestClientException e) {
            failed(e);
            if (!stopped) {
                worker.schedule(this::connect, Instant.now().plus(heartbeatInterval));
            }
        }
    }

    private void enrollIfNeeded() {
        var code = settings.enrollmentCode();
        var held = credentials.current();
        if (code == null || code.isBlank()) {
            if (held.isEmpty()) {
                log.error("This terminal is not enrolled: set kiosk.hub.enrollment-code to a code from the hub's console");
                commands.apply(CommandKind.LOCK, "");
            }
            return;
        }
        var fingerprint = TerminalCredentials.fingerprint(code);
        if (held.isPresent() && fingerprint.equals(held.get().codeFingerprint())) {
            return; // this code was used already; the token it gave still stands
        }
        try {
            var response = hub.anonymous().post().uri("/enroll").body(new EnrollRequest(code))
                    .retrieve().body(EnrollResponse.class);
            if (response == null) {
                throw new RestClientException("empty answer to the enrollment");
            }
            credentials.store(new TerminalCredentials.Credentials(response.terminalId(), response.token(), fingerprint));
            log.info("Enrolled with the hub as terminal {}", response.terminalId());
            apply(response.configuration());
            enrolled.run(); // the replica and the outbox need not wait for their next round
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
                throw e; // retried after the heartbeat interval
            }
            log.error("The hub refused enrollment code {}: {}. Ask for a new code in the hub's console.",
                    mask(code), e.getStatusCode());
            if (held.isEmpty()) {
                commands.apply(CommandKind.LOCK, "");
            }
        }
    }

    void reloadConfiguration() {
        var configuration = hub.api().get().uri("/configuration").retrieve().body(TerminalConfiguration.class);
        if (configuration != null) {
            apply(configuration);
        }
    }

    private String apply(TerminalConfiguration configuration) {
        this.configuration = configuration;
        heartbeatInterval = Duration.ofSeconds(Math.max(1, configuration.heartbeatIntervalSeconds()));
        longPoll = Duration.ofSeconds(Math.max(0, configuration.longPollTimeoutSeconds()));
        cache.store(configuration);
        return commands.applyConfiguration(configuration);
    }

    void heartbeat() {
        if (stopped || credentials.current().isEmpty()) {
            return;
        }
        var beat = new Heartbeat(refused ? TerminalState.LOCKED : commands.state(), null, Heartbeat.thisVersion(),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000, facts.replicaUpdatedAt(), facts.outboxBacklog(),
                Heartbeat.freeDiskOf(kiosk.dataDir()));
        try {
            hub.api().post().uri("/heartbeat").body(beat).retrieve().toBodilessEntity();
            backOnline();
        } catch (RestClientException e) {
            failed(e);
        }
    }

    /**
     * Asks for every unacknowledged command (after 0): one whose acknowledgement was lost comes
     * again and is acknowledged again with its first result, not run twice.
     */
    private void pollCommands() {
        while (!stopped) {
            try {
                var answer = hub.longPolls().get().uri(uri -> uri.path("/commands").queryParam("after", 0)
                        .queryParam("waitSeconds", longPoll.toSeconds()).build()).retrieve().body(Commands.class);
                backOnline();
                for (var command : answer == null ? List.<Command>of() : answer.commands()) {
                    var earlier = done.get(command.seq());
                    if (earlier != null) {
                        acknowledge(command, earlier.succeeded(), earlier.result());
                    } else {
                        run(command);
                    }
                }
            } catch (RestClientException e) {
                failed(e);
                pause(heartbeatInterval);
            }
        }
    }

    private void run(Command command) {
        boolean succeeded = true;
        String result;
        try {
            result = switch (command.kind()) {
                case RELOAD_CONFIGURATION -> {
                    var configuration = hub.api().get().uri("/configuration").retrieve().body(TerminalConfiguration.class);
                    yield configuration == null ? "no configuration" : apply(configuration);
                }
                case RESTART -> "restarting";
                default -> {
                    var done = commands.apply(command.kind(), command.text());
                    remember(command);
                    yield done;
                }
            };
        } catch (RuntimeException e) {
            log.warn("Command {} {} failed on this terminal", command.seq(), command.kind(), e);
            succeeded = false;
            result = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        done.put(command.seq(), new Acknowledgement(succeeded, result));
        acknowledge(command, succeeded, result);
        if (succeeded && command.kind() == CommandKind.RESTART) {
            restart.restart();
        } else {
            heartbeat(); // the console shows the new state (locked, attract) at once
        }
    }

    /**
     * Keeps what a lock, unlock or banner left in the kept configuration, as the hub keeps it in
     * its registry, so that a restart while the hub is away shows it again.
     */
    private void remember(Command command) {
        var kept = configuration;
        if (kept == null) {
            return;
        }
        var text = command.text() == null ? "" : command.text();
        var changed = switch (command.kind()) {
            case LOCK -> new TerminalConfiguration(kept.terminalId(), kept.name(), kept.site(), kept.location(),
                    kept.heartbeatIntervalSeconds(), kept.longPollTimeoutSeconds(), text, kept.announcement(),
                    kept.settings());
            case UNLOCK -> new TerminalConfiguration(kept.terminalId(), kept.name(), kept.site(), kept.location(),
                    kept.heartbeatIntervalSeconds(), kept.longPollTimeoutSeconds(), null, kept.announcement(),
                    kept.settings());
            case ANNOUNCE -> new TerminalConfiguration(kept.terminalId(), kept.name(), kept.site(), kept.location(),
                    kept.heartbeatIntervalSeconds(), kept.longPollTimeoutSeconds(), kept.lockMessage(),
                    text.isBlank() ? null : text, kept.settings());
            default -> kept;
        };
        configuration = changed;
        cache.store(changed);
    }

    /** Tries a few times: a command done but never acknowledged would be delivered and done again. */
    private void acknowledge(Command command, boolean succeeded, String result) {
        for (int attempt = 0; attempt < 3 && !stopped; attempt++) {
            try {
                hub.api().post().uri("/commands/{seq}/acknowledgement", command.seq())
                        .body(new Acknowledgement(succeeded, result.length() > 2000 ? result.substring(0, 2000) : result))
                        .retrieve().toBodilessEntity();
                return;
            } catch (RestClientException e) {
                failed(e);
                pause(Duration.ofSeconds(1));
            }
        }
    }

    private void refusedByHub() {
        if (!refused) {
            refused = true;
            log.error("The hub refuses this terminal's token: it was revoked. The kiosk is out of service until"
                    + " it is enrolled again (kiosk.hub.enrollment-code) or the hub accepts it again.");
            commands.apply(CommandKind.LOCK, "");
        }
    }

    private void backOnline() {
        if (outage.compareAndSet(true, false)) {
            log.info("The hub answers again");
        }
        if (refused) {
            refused = false;
            log.info("The hub accepts this terminal's token again");
            try {
                reloadConfiguration();
            } catch (RestClientException e) {
                failed(e);
            }
        }
    }

    /** A refused token puts the kiosk out of service; an error answer is logged; anything else is an outage. */
    private void failed(RestClientException e) {
        if (stopped) {
            return; // interrupted by the shutdown
        }
        if (e instanceof RestClientResponseException answer) {
            if (answer.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
                refusedByHub();
            } else {
                log.warn("The hub answered {} to this terminal: {}", answer.getStatusCode(), answer.getResponseBodyAsString());
            }
            return;
        }
        if (outage.compareAndSet(false, true)) {
            log.warn("The hub cannot be reached ({}); the kiosk goes on with what it has and tries again", e.getMessage());
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }



    private static String mask(String code) {
        return code.length() <= 4 ? "****" : code.substring(0, 4) + "…";
    }
}
