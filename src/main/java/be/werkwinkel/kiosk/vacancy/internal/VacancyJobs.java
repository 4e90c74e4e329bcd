package be.werkwinkel.kiosk.vacancy.internal;

import be.werkwinkel.kiosk.vacancy.VacancyImport;
import be.werkwinkel.kiosk.vacancy.VacancySettings;
import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.vacancy.demo.DemoVacancies;
import be.werkwinkel.kiosk.vacancy.ingest.DropFolderImports;
import be.werkwinkel.kiosk.vacancy.ingest.FeedImport;
import be.werkwinkel.kiosk.vacancy.ingest.UrlFeedPolling;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What keeps the vacancies current while the kiosk runs: at start-up the index catches up with the
 * database, expired vacancies go, and the demo set is loaded (or removed when switched off); then
 * the drop folder and URL feeds are checked on their schedule, and expiry and the pruning of old
 * tombstones run every night. None of
 * it runs for a one-off staff command.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Component
@ConditionalOnProperty(name = "kiosk.command-line", havingValue = "false", matchIfMissing = true)
class VacancyJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VacancyJobs.class);

    private final VacancyService vacancies;
    private final VacancySettings settings;
    private final DemoVacancies demo;
    private final DropFolderImports dropFolder;
    private final UrlFeedPolling urlFeeds;
    private final Clock clock;

    VacancyJobs(VacancyService vacancies, VacancySettings settings, DemoVacancies demo, DropFolderImports dropFolder,
            UrlFeedPolling urlFeeds, Clock clock) {
        this.vacancies = vacancies;
        this.settings = settings;
        this.demo = demo;
        this.dropFolder = dropFolder;
        this.urlFeeds = urlFeeds;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // a first start (or a damaged index) says "loading vacancies" until the demo set is in too
        vacancies.holdLoading(vacancies.loading());
        try {
            vacancies.catchUp();
            var expired = vacancies.expire();
            if (expired > 0) {
                log.info("{} expired vacancies removed", expired);
            }
            refreshDemoData();
            pruneTombstones();
        } finally {
            vacancies.holdLoading(false);
        }
    }

    /** Every night: expired vacancies go, the demo set gets today's dates, and old tombstones go. */
    @Scheduled(cron = "0 5 0 * * *", zone = "Europe/Brussels")
    @SchedulerLock(name = "vacancy-nightly", lockAtLeastFor = "PT5M", lockAtMostFor = "PT5M")
    void nightly() {
        vacancies.expire();
        refreshDemoData();
        pruneTombstones();
    }

    /** Tombstones older than the retention go; terminals that were away longer copy everything anew. */
    void pruneTombstones() {
        var pruned = vacancies.pruneTombstones(settings.tombstoneRetention());
        if (pruned > 0) {
            log.info("{} tombstones of vacancies removed over {} ago pruned", pruned, settings.tombstoneRetention());
        }
    }

    /** Postings that close at a time of day ("until 17:00") go within a minute of it. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    @SchedulerLock(name = "vacancy-close-due", lockAtLeastFor = "PT20S")
    void closeDue() {
        var expired = vacancies.expire();
        if (expired > 0) {
            log.info("{} vacancies closed", expired);
        }
    }

    @Scheduled(initialDelayString = "PT15S", fixedDelayString = "PT5S")
    @SchedulerLock(name = "vacancy-drop-folder")
    void importDroppedFiles() {
        if (dropFolder.configured()) {
            follow(dropFolder.importIfDue());
        }
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "PT30S")
    @SchedulerLock(name = "vacancy-url-feeds", lockAtLeastFor = "PT10S")
    void pollUrlFeeds() {
        if (!urlFeeds.feeds().isEmpty()) {
            follow(urlFeeds.pollDue());
        }
    }

    /**
     * Loads the demo vacancies once a day, dated from today so that the set looks current, or
     * removes them when {@code kiosk.vacancy.demo-data} is off.
     */
    void refreshDemoData() {
        if (!settings.demoData()) {
            if (vacancies.hasSource(DemoVacancies.SOURCE)) {
                log.info("Demo data switched off: {} demo vacancies removed", vacancies.removeSource(DemoVacancies.SOURCE));
            }
            return;
        }
        var today = LocalDate.now(clock);
        var loadedToday = vacancies.lastImport(DemoVacancies.SOURCE)
                .map(finished -> LocalDate.ofInstant(finished, clock.getZone()).equals(today)).orElse(false);
        if (loadedToday && vacancies.hasSource(DemoVacancies.SOURCE)) {
            return;
        }
        var report = vacancies.importStream(demo.ndjson(settings.demoDataCount(), today.toEpochDay(), today),
                "demo vacancies", new VacancyImport.FeedOptions(DemoVacancies.SOURCE, true));
        log.info("Demo data: {}", report.summary().strip());
    }

    private void follow(List<FeedImport> imports) {
        imports.forEach(done -> log.info(vacancies.follow(done).summary().strip()));
    }
}
