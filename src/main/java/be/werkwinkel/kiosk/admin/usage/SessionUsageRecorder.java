package be.werkwinkel.kiosk.admin.usage;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.kiosk.VisitorSessionEnded;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Counts every visitor session that ends, per day, reason and language: never per person. */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Component
class SessionUsageRecorder {

    private static final Logger log = LoggerFactory.getLogger(SessionUsageRecorder.class);

    private final SessionUsageRepository usage;
    private final Clock clock;

    SessionUsageRecorder(SessionUsageRepository usage, Clock clock) {
        this.usage = usage;
        this.clock = clock;
    }

    @EventListener
    void count(VisitorSessionEnded ended) {
        try {
            usage.countSessionEnd(LocalDate.ofInstant(ended.endedAt(), clock.getZone()), ended.reason().name(),
                    ended.language().code());
        } catch (RuntimeException e) {
            // statistics must never keep a session alive or fail a wipe
            log.warn("Could not count a session end ({}): {}", ended.reason(), e.getMessage());
        }
    }
}
