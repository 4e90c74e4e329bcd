package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.storage.StorageAdministration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes accounts nobody used for the retention period, and documents saved for later that nobody
 * claimed in time (decision 043), every night; logs how many, never who.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final StorageAdministration administration;
    private final StorageService storage;

    RetentionJob(StorageAdministration administration, StorageService storage) {
        this.administration = administration;
        this.storage = storage;
    }

    @Scheduled(cron = "${kiosk.storage.retention-schedule:0 30 3 * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "storage-retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT5M")
    void deleteInactiveAccounts() {
        try {
            administration.deleteInactiveAccounts();
            var expired = storage.held().deleteExpired();
            if (expired > 0) {
                log.info("Deleted {} document(s) saved for later that nobody claimed in time", expired);
            }
        } catch (RuntimeException e) {
            log.warn("The retention job failed; it runs again next night: {}", e.toString());
        }
    }
}
