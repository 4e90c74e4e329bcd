package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import be.werkwinkel.kiosk.terminal.TerminalSettings;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
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

    @Bean
    DeliveryRetention terminalDeliveryRetention(DeliveryIntake intake, TerminalSettings settings, Clock clock) {
        return new DeliveryRetention(intake, settings, clock);
    }

    /** Forgets, each night, the deliveries older than {@code kiosk.terminal.delivery-retention}. */
    static class DeliveryRetention { // not final: the scheduler lock proxies it

        private static final Logger log = LoggerFactory.getLogger(DeliveryRetention.class);
        private final DeliveryIntake intake;
        private final TerminalSettings settings;
        private final Clock clock;

        DeliveryRetention(DeliveryIntake intake, TerminalSettings settings, Clock clock) {
            this.intake = intake;
            this.settings = settings;
            this.clock = clock;
        }

        @Scheduled(cron = "${kiosk.terminal.delivery-retention-schedule:0 50 3 * * *}", zone = "Europe/Brussels")
        @SchedulerLock(name = "terminal-delivery-retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT5M")
        void forgetDaily() {
            var forgotten = intake.forgetReceivedBefore(clock.instant().minus(settings.deliveryRetention()));
            if (forgotten > 0) {
                log.info("Forgot {} terminal deliveries older than {}", forgotten, settings.deliveryRetention());
            }
        }
    }
}
