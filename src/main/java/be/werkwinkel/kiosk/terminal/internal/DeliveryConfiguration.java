package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The hub's key pair and intake of terminal outboxes, where the database is (decisions 040, 041). */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    HubKeyPair hubKeyPair(JdbcClient jdbc, Sealing sealing, Clock clock) {
        return new HubKeyPair(jdbc, sealing, clock);
    }

    @Bean
    DeliveryIntake deliveryIntake(JdbcClient jdbc, TransactionTemplate transactions, HubKeyPair keys,
            ObjectProvider<DeliveryHandler> handlers, Clock clock) {
        return new DeliveryIntake(jdbc, transactions, keys, handlers.orderedStream().toList(), clock);
    }
}
