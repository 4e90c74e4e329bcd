package be.werkwinkel.kiosk.admin.usage;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statistics live beside the database (standalone and hub), which also takes terminals'
 * reports ({@link UsageDelivery}); a terminal has none and reports ({@link UsageTerminalConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
class UsageConfiguration {

    @Bean
    UsageStore usageStore(JdbcClient jdbc) {
        return new UsageStore(jdbc);
    }

    @Bean
    UsageAttribution usageAttribution(Terminals terminals, KioskSettings kiosk, Clock clock) {
        return new UsageAttribution(terminals, kiosk, clock);
    }

    @Bean
    UsageRecorder usageRecorder(UsageStore store, UsageAttribution attribution, KioskSettings kiosk, Clock clock) {
        return new UsageRecorder(UsageCounter.into(store, attribution), kiosk, clock);
    }

    @Bean
    UsageDelivery usageDelivery(UsageStore store, Terminals terminals, Clock clock) {
        return new UsageDelivery(store, terminals, clock);
    }

    @Bean
    UsageStatistics usageStatistics(UsageStore store, Terminals terminals, StatisticsSettings settings, Clock clock) {
        return new UsageStatistics(store, terminals, settings, clock);
    }
}
