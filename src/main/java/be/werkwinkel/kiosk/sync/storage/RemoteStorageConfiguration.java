package be.werkwinkel.kiosk.sync.storage;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.storage.DocumentFormat;
import be.werkwinkel.kiosk.storage.StorageSettings;
import be.werkwinkel.kiosk.sync.HubLink;
import be.werkwinkel.kiosk.sync.outbox.Outbox;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Personal storage on a terminal: the hub's, through its terminal API, and the outbox while it is away. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(KioskRole.TERMINAL)
class RemoteStorageConfiguration {

    @Bean
    RemotePersonalStorage remotePersonalStorage(HubLink hub, ObjectProvider<VisitorSessions> sessions) {
        return new RemotePersonalStorage(hub, sessions.getIfAvailable());
    }

    @Bean
    RemoteDocumentMail remoteDocumentMail(RemotePersonalStorage storage, ObjectProvider<DocumentFormat> formats) {
        return new RemoteDocumentMail(storage, formats);
    }

    @Bean
    OutboxSaveForLater outboxSaveForLater(Outbox outbox, StorageSettings settings, Clock clock) {
        return new OutboxSaveForLater(outbox, settings, clock);
    }
}
