package be.werkwinkel.kiosk.vacancy.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds;
import be.werkwinkel.kiosk.vacancy.VacancyImport.FeedOptions;
import be.werkwinkel.kiosk.vacancy.VacancySettings;
import be.werkwinkel.kiosk.vacancy.demo.DemoVacancies;
import be.werkwinkel.kiosk.vacancy.ingest.DropFolderImports;
import be.werkwinkel.kiosk.vacancy.ingest.FeedImport;
import be.werkwinkel.kiosk.vacancy.ingest.FeedImporter;
import be.werkwinkel.kiosk.vacancy.ingest.UrlFeedPolling;
import be.werkwinkel.kiosk.vacancy.ingest.VacancyFeedSettings;
import be.werkwinkel.kiosk.vacancy.store.VacancyStore;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The feeds and the index for the staff console (decision 037). Reads come from the import log
 * ({@code vacancy_import}), the vacancy table and the configuration; a staff action runs on a
 * thread of its own, one at a time, through the same importers and index catch-up as the
 * schedule (so a URL feed fetched by hand and by the schedule at once is fetched once after the
 * other, never twice at the same time), and is written to the staff audit log when it ends.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Service
class VacancyFeedsService implements VacancyFeeds, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(VacancyFeedsService.class);
    static final String IMPORT_ACTION = "VACANCY_IMPORT";
    static final String REINDEX_ACTION = "VACANCY_REINDEX";

    private final VacancyService vacancies;
    private final VacancyStore store;
    private final FeedImporter importer;
    private final UrlFeedPolling urlFeeds;
    private final DropFolderImports dropFolder;
    private final DemoVacancies demo;
    private final VacancySettings settings;
    private final StaffAudit audit;
    private final Clock clock;
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "vacancy-staff-action");
        thread.setDaemon(true);
        return thread;
    });
    /** The action running now, or the last one that ended. */
    private volatile @Nullable RunningTask current;

    VacancyFeedsService(VacancyService vacancies, VacancyStore store, FeedImporter importer, UrlFeedPolling urlFeeds,
            DropFolderImports dropFolder, DemoVacancies demo, VacancySettings settings, StaffAudit audit, Clock clock) {
        this.vacancies = vacancies;
        this.store = store;
        this.importer = importer;
        this.urlFeeds = urlFeeds;
        this.dropFolder = dropFolder;
        this.demo = demo;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    @Override
    public Overview overview() {
        var status = vacancies.status();
        var latest = new HashMap<String, ImportRecord>();
        store.latestImports().forEach(row -> latest.put(row.source(), record(row)));
        var successes = store.lastSuccesses();
        var counts = store.countsBySource();

        var names = new LinkedHashSet<String>();
        urlFeeds.feeds().forEach(feed -> names.add(feed.name()));
        names.addAll(latest.keySet());
        names.addAll(counts.keySet());
        if (settings.demoData()) {
            names.add(DemoVacancies.SOURCE);
        }
        var sources = new ArrayList<Source>();
        for (var name : names) {
            var feed = urlFeed(name);
            var kind = feed != null ? SourceKind.URL : DemoVacancies.SOURCE.equals(name) ? SourceKind.DEMO : SourceKind.FILES;
            sources.add(new Source(name, kind, feed == null ? null : shown(feed.url()),
                    feed == null ? null : feed.interval(), feed != null ? feed.complete() : kind == SourceKind.DEMO,
                    counts.getOrDefault(name, 0L), latest.get(name), successes.get(name),
                    kind == SourceKind.URL || kind == SourceKind.DEMO && settings.demoData()));
        }
        sources.sort(Comparator.comparing(Source::kind).thenComparing(Source::name, String.CASE_INSENSITIVE_ORDER));

        DropFolder folder = null;
        if (dropFolder.configured()) {
            var configured = dropFolder.settings();
            folder = new DropFolder(Objects.requireNonNull(configured.path()).toString(), configured.interval(),
                    configured.complete(), dropFolder.waitingFiles(), dropFolder.failedFiles());
        }
        var task = current;
        return new Overview(status.vacancies(), status.loading(), status.lastUpdate(), sources, folder,
                task == null ? null : task.snapshot());
    }

    @Override
    public Started importNow(String source, String staff) {
        if (DROP_FOLDER.equals(source)) {
            if (!dropFolder.configured()) {
                throw new IllegalArgumentException("no drop folder is configured");
            }
            return start(TaskKind.IMPORT_SOURCE, source, staff, task -> task.follow(dropFolder.importWaitingFiles()));
        }
        if (urlFeed(source) != null) {
            return start(TaskKind.IMPORT_SOURCE, source, staff, task -> task.follow(List.of(urlFeeds.pollNow(source))));
        }
        if (DemoVacancies.SOURCE.equals(source) && settings.demoData()) {
            return start(TaskKind.IMPORT_SOURCE, source, staff, task -> task.follow(List.of(importDemo())));
        }
        throw new IllegalArgumentException("there is nothing to fetch " + source + " from");
    }

    @Override
    public Started importAll(String staff) {
        return start(TaskKind.IMPORT_ALL, null, staff, task -> {
            for (var feed : urlFeeds.feeds()) {
                task.follow(List.of(urlFeeds.pollNow(feed.name())));
            }
            task.follow(dropFolder.importWaitingFiles());
        });
    }

    @Override
    public Started rebuildIndex(String staff) {
        return start(TaskKind.REBUILD_INDEX, null, staff, task -> vacancies.rebuildIndex(task.indexed));
    }

    @Override
    public List<ImportRecord> history(String source, int limit) {
        return store.imports(source, Math.clamp(limit, 1, 500)).stream().map(VacancyFeedsService::record).toList();
    }

    /** The demo set as the daily refresh loads it: dated from today, complete. */
    private FeedImport importDemo() {
        var today = LocalDate.now(clock);
        return importer.importStream(demo.ndjson(settings.demoDataCount(), today.toEpochDay(), today), "demo vacancies",
                new FeedOptions(DemoVacancies.SOURCE, true));
    }

    private Started start(TaskKind kind, @Nullable String source, String staff, Consumer<RunningTask> work) {
        synchronized (this) {
            var running = current;
            if (running != null && running.finished == null) {
                audit.record(staff, action(kind), target(kind, source), StaffAudit.Result.REFUSED,
                        "another action runs: " + running.kind + (running.source == null ? "" : " " + running.source));
                return new Started(running.snapshot(), true);
            }
            var task = new RunningTask(ids.incrementAndGet(), kind, source, staff, clock.instant());
            current = task;
            worker.execute(() -> run(task, work));
            return new Started(task.snapshot(), false);
        }
    }

    private void run(RunningTask task, Consumer<RunningTask> work) {
        try {
            work.accept(task);
        } catch (RuntimeException e) {
            log.error("The staff action {} failed", task.kind, e);
            task.error = e.toString();
        } finally {
            // The audit line is written before the action shows as ended: whoever sees it ended finds it logged.
            var finishedAt = clock.instant();
            var done = task.snapshot(finishedAt);
            try {
                audit.record(task.staff, action(task.kind), target(task.kind, task.source),
                        done.succeeded() ? StaffAudit.Result.DONE : StaffAudit.Result.FAILED, detail(done));
            } finally {
                task.finished = finishedAt;
            }
        }
    }

    private static String action(TaskKind kind) {
        return kind == TaskKind.REBUILD_INDEX ? REINDEX_ACTION : IMPORT_ACTION;
    }

    private static String target(TaskKind kind, @Nullable String source) {
        return switch (kind) {
            case IMPORT_SOURCE -> "source " + source;
            case IMPORT_ALL -> "all feeds";
            case REBUILD_INDEX -> "vacancy index";
        };
    }

    /** What the audit log keeps of an action: counts and failure kinds, never a feed's content. */
    private static String detail(Task task) {
        if (task.error() != null) {
            return task.error();
        }
        if (task.kind() == TaskKind.REBUILD_INDEX) {
            return task.indexed() + " vacancies indexed";
        }
        if (task.imports().isEmpty()) {
            return "nothing to import";
        }
        var text = new StringBuilder();
        for (var done : task.imports()) {
            text.append(text.isEmpty() ? "" : "; ").append(done.source()).append(": ");
            if (done.succeeded()) {
                text.append(done.added()).append(" added, ").append(done.updated()).append(" updated, ")
                        .append(done.removed()).append(" removed, ").append(done.rejected()).append(" rejected");
            } else {
                text.append("failed (").append(done.failureKind()).append(')');
            }
        }
        return text.toString();
    }

    private VacancyFeedSettings.@Nullable UrlFeed urlFeed(String name) {
        return urlFeeds.feeds().stream().filter(feed -> feed.name().equals(name)).findFirst().orElse(null);
    }

    /** A feed's address as the console shows it: no user, password, query or fragment (they may hold a key). */
    static String shown(URI url) {
        var port = url.getPort() < 0 ? "" : ":" + url.getPort();
        var path = url.getRawPath() == null ? "" : url.getRawPath();
        return url.getScheme() + "://" + url.getHost() + port + path;
    }

    private static ImportRecord record(VacancyStore.ImportRow row) {
        return new ImportRecord(row.source(), row.started(), row.finished(), row.records(), row.added(), row.updated(),
                row.unchanged(), row.removed(), row.rejected(), failureKind(row.failureKind()), row.failure(),
                row.report());
    }

    private static @Nullable FailureKind failureKind(@Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return FailureKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return FailureKind.OTHER;
        }
    }

    /** An action while it runs; read by the console's refreshes, written by the worker. */
    private final class RunningTask {
        final long id;
        final TaskKind kind;
        final @Nullable String source;
        final String staff;
        final Instant started;
        final AtomicLong indexed = new AtomicLong();
        final List<ImportRecord> imports = new CopyOnWriteArrayList<>();
        volatile @Nullable Instant finished;
        volatile @Nullable String error;

        RunningTask(long id, TaskKind kind, @Nullable String source, String staff, Instant started) {
            this.id = id;
            this.kind = kind;
            this.source = source;
            this.staff = staff;
            this.started = started;
        }

        /** Brings the index up to what these imports committed, and keeps what each did. */
        void follow(List<FeedImport> done) {
            for (var feed : done) {
                var report = vacancies.follow(feed);
                var finishedAt = clock.instant();
                imports.add(new ImportRecord(report.source(), finishedAt.minus(report.took()), finishedAt,
                        report.records(), report.added(), report.updated(), report.unchanged(), report.removed(),
                        report.rejected(), feed.failureKind() == null && !report.succeeded() ? FailureKind.OTHER
                                : feed.failureKind(), report.failure(), report.summary()));
            }
        }

        Task snapshot() {
            return snapshot(finished);
        }

        Task snapshot(@Nullable Instant finishedAt) {
            return new Task(id, kind, source, staff, started, finishedAt, indexed.get(), imports, error);
        }
    }
}
