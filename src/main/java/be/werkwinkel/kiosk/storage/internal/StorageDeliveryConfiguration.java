package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What storage takes from terminal outboxes on the hub (decision 040). */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Configuration(proxyBeanMethods = false)
class StorageDeliveryConfiguration {

    @Bean
    DeliveryHandler storageDocumentDelivery(StorageService storage) {
        return new StorageDocumentDelivery(storage, storage.held());
    }
}
