package be.werkwinkel.kiosk.admin.usage;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.sync.HubOutbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A terminal counts in memory and reports its counts to its hub through the outbox. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(KioskRole.TERMINAL)
class UsageTerminalConfiguration {

    @Bean
    UsageTally usageTally() {
        return new UsageTally();
    }

    @Bean
    UsageRecorder usageRecorder(UsageTally tally, KioskSettings kiosk, Clock clock) {
        return new UsageRecorder(tally, kiosk, clock);
    }

    @Bean
    UsageReporter usageReporter(UsageTally tally, HubOutbox outbox) {
        return new UsageReporter(tally, outbox);
    }
}
