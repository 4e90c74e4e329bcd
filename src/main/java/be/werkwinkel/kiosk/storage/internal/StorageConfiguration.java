package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.storage.StorageSettings;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal storage where the database is: a standalone kiosk and the hub. A terminal will get a
 * remote implementation of the same ports (the sync module).
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    StorageKeys storageKeys(KioskSettings kiosk, StorageSettings settings) {
        return new StorageKeys(kiosk, settings);
    }

    @Bean
    StorageService storageService(JdbcClient jdbc, TransactionTemplate transactions, StorageKeys keys,
            StorageSettings settings, Clock clock, ApplicationEventPublisher events) {
        return new StorageService(jdbc, transactions, keys, settings, clock, events);
    }
}
