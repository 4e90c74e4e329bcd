package be.werkwinkel.kiosk.admin.usage;

import be.werkwinkel.kiosk.sync.HubOutbox;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a terminal's counts to its hub every {@code kiosk.statistics.report-every}, and once more
 * when the terminal stops: through the outbox (kind {@value #KIND}), so a report made while the
 * hub is away is delivered when it is back, and counted there once. A report that cannot be
 * queued (outbox full, hub key not yet known) stays in the tally for the next time.
 */
final class UsageReporter implements DisposableBean {

    static final String KIND = "usage.counts";

    private static final Logger log = LoggerFactory.getLogger(UsageReporter.class);
    private static final JsonMapper JSON = JsonMapper.shared();

    private final UsageTally tally;
    private final HubOutbox outbox;

    UsageReporter(UsageTally tally, HubOutbox outbox) {
        this.tally = tally;
        this.outbox = outbox;
    }

    @Scheduled(initialDelayString = "${kiosk.statistics.report-every:PT5M}", fixedDelayString = "${kiosk.statistics.report-every:PT5M}")
    void report() {
        var report = tally.drain();
        if (report.isEmpty()) {
            return;
        }
        try {
            outbox.enqueue(KIND, UUID.randomUUID(), JSON.writeValueAsBytes(report));
        } catch (RuntimeException e) {
            tally.restore(report);
            log.warn("Usage counts kept for the next report: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        report();
    }
}
