package be.werkwinkel.kiosk.sync.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.sync.HubSettings;
import be.werkwinkel.kiosk.sync.outbox.Outbox;
import be.werkwinkel.kiosk.sync.outbox.OutboxReplay;
import be.werkwinkel.kiosk.sync.replica.ReplicaUpdates;
import be.werkwinkel.kiosk.terminal.ApplicationRestart;
import be.werkwinkel.kiosk.terminal.KioskCommands;
import be.werkwinkel.kiosk.vacancy.VacancyReplica;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The terminal's side of the hub; nothing of it exists in standalone or on a hub. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(KioskRole.TERMINAL)
@EnableConfigurationProperties(HubSettings.class)
class SyncConfiguration {

    @Bean
    TerminalCredentials terminalCredentials(KioskSettings kiosk) {
        return new TerminalCredentials(kiosk.dataDir().resolve("terminal"));
    }

    @Bean
    HubClient hubClient(HubSettings settings, TerminalCredentials credentials, Clock clock) {
        return new HubClient(settings, credentials, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ApplicationRestart applicationRestart(ApplicationContext context) {
        return ApplicationRestart.exiting(context);
    }

    @Bean
    @ConditionalOnProperty(name = "kiosk.command-line", havingValue = "false", matchIfMissing = true)
    TerminalAgent terminalAgent(HubClient hub, HubSettings settings, TerminalCredentials credentials,
            KioskScreens screens, VisitorSessions sessions, KioskSettings kiosk, ApplicationRestart restart,
            JsonMapper json, Outbox outbox, OutboxReplay replay, VacancyReplica replica, ReplicaUpdates updates) {
        var facts = new TerminalFacts() {
            @Override
            public Integer outboxBacklog() {
                return outbox.backlog();
            }

            @Override
            public @Nullable Instant replicaUpdatedAt() {
                return replica.updatedAt().orElse(null);
            }
        };
        Runnable enrolled = () -> {
            updates.updateSoon();
            replay.replayNow();
        };
        return new TerminalAgent(hub, settings, credentials,
                new ConfigurationCache(kiosk.dataDir().resolve("terminal"), json),
                new KioskCommands(screens, sessions), kiosk, restart, facts, enrolled);
    }
}
