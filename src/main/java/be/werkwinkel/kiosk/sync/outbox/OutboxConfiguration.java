package be.werkwinkel.kiosk.sync.outbox;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.sync.HubLink;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox and its replay: a terminal's only (a hub or a standalone writes to its database). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(KioskRole.TERMINAL)
@EnableConfigurationProperties(OutboxSettings.class)
class OutboxConfiguration {

    @Bean
    HubPublicKey hubPublicKey(KioskSettings kiosk, HubLink link) {
        return new HubPublicKey(kiosk.dataDir().resolve("terminal").resolve("hub-key.json"), link);
    }

    @Bean
    Outbox outbox(KioskSettings kiosk, OutboxSettings settings, HubPublicKey hubKey, Clock clock) {
        return new Outbox(kiosk.dataDir().resolve("terminal").resolve("outbox"), settings, hubKey, clock);
    }

    @Bean(destroyMethod = "close")
    OutboxReplay outboxReplay(Outbox outbox, HubPublicKey hubKey, HubLink link, OutboxSettings settings) {
        var replay = new OutboxReplay(outbox, hubKey, link, settings);
        replay.start();
        return replay;
    }
}
