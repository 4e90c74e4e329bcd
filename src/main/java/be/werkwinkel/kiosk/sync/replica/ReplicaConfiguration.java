package be.werkwinkel.kiosk.sync.replica;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.sync.HubLink;
import be.werkwinkel.kiosk.vacancy.VacancyReplica;
import be.werkwinkel.kiosk.vacancy.VacancySource;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vacancy replica's updates on a terminal; nothing of it exists in standalone or on a hub. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(KioskRole.TERMINAL)
@EnableConfigurationProperties(ReplicaSettings.class)
class ReplicaConfiguration {

    @Bean(destroyMethod = "close")
    ReplicaUpdates replicaUpdates(HubLink hub, VacancyReplica replica, ReplicaSettings settings, Clock clock) {
        return new ReplicaUpdates(hub, replica, settings, clock);
    }

    @Bean
    VacancySource hubVacancySource(HubLink hub) {
        return new HubVacancySource(hub);
    }

    /** Asks the hub at once when the kiosk is up, then every {@code kiosk.hub.replica-interval}. */
    @Bean
    @ConditionalOnProperty(name = "kiosk.command-line", havingValue = "false", matchIfMissing = true)
    ApplicationListener<ApplicationReadyEvent> replicaUpdatesOnceUp(ReplicaUpdates updates) {
        return ready -> updates.start();
    }
}
