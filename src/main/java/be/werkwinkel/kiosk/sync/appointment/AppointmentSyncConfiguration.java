package be.werkwinkel.kiosk.sync.appointment;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.sync.HubLink;
import be.werkwinkel.kiosk.sync.outbox.Outbox;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The appointments of a terminal: the hub's, through the terminal API, with caches and the outbox. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(KioskRole.TERMINAL)
@EnableConfigurationProperties(HubAppointmentSettings.class)
class AppointmentSyncConfiguration {

    @Bean
    RemoteAppointments remoteAppointments(HubLink hub, Outbox outbox, HubAppointmentSettings settings, JsonMapper json,
            Clock clock) {
        return new RemoteAppointments(hub, outbox, settings, json, clock);
    }
}
