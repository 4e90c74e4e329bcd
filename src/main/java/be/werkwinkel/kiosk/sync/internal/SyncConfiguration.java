package be.werkwinkel.kiosk.sync.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.sync.HubSettings;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
