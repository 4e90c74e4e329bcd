package be.werkwinkel.kiosk.vacancy.internal;

import be.werkwinkel.kiosk.vacancy.ImportReport;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.vacancy.index.IndexDamagedException;
import be.werkwinkel.kiosk.vacancy.ingest.FeedImport;
import be.werkwinkel.kiosk.vacancy.ingest.FeedImporter;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.vacancy.store.VacancyStore;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The vacancy ports for standalone and hub: imports go through the {@link FeedImporter} into the
 * database in one transaction each; after every committed change the index catches up with the
 * database's vacancy sequence, so that it is never ahead of it and a crash between the two is
 * repaired at the next start: the index then rebuilds, or applies the changes and the tombstones
 * of the removals since its sequence. Searches and details go to the index.
 *
 * <p>While the index has nothing to answer from (a first start, a damaged index being rebuilt),
 * searches throw {@link VacanciesLoading} and {@link #status()} says so: the screens then say
 * "loading vacancies", never "no vacancies". A search that finds the index damaged starts the
 * rebuild in the background.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Service
class VacancyService extends IndexedVacancySearch implements VacancyImport {

    private static final Logger log = LoggerFactory.getLogger(VacancyService.class);
    static final int INDEX_BATCH = 1000;

    private final VacancyStore store;
    private final FeedImporter importer;
    /** One index writer at a time, so sequences are committed in order. */
    private final ReentrantLock indexing = new ReentrantLock();
    /** Set by the start-up jobs while they load the vacancies into an index that had none. */
    private volatile boolean startupLoad;
    /** Set while the index is recreated and rebuilt after a read found it damaged. */
    private final AtomicBoolean recovering = new AtomicBoolean();
    private final ExecutorService recovery = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "vacancy-index-recovery");
        thread.setDaemon(true);
        return thread;
    });

    VacancyService(VacancyConfiguration.OpenIndex openIndex, VacancyStore store, FeedImporter importer,
            BelgianPlaces places, Clock clock) {
        super(openIndex.index(), places, clock);
        this.store = store;
        this.importer = importer;
    }

    @Override
    public Status status() {
        var lastUpdate = store.lastUpdate().orElse(null);
        try {
            return new Status(fromIndex(index::count), lastUpdate, false);
        } catch (VacanciesLoading loading) {
            return new Status(0, lastUpdate, true);
        }
    }

    /** The vacancies are being loaded: the index has nothing to answer from yet. */
    boolean loading() {
        return startupLoad || recovering.get() || index.committedSequence() < 0;
    }

    /**
     * For the start-up jobs: while they load the vacancies into an index that had none at start,
     * searches say "loading" also after the index's first commit (the demo set may follow it).
     */
    void holdLoading(boolean hold) {
        startupLoad = hold;
    }

    @Override
    <T> T fromIndex(java.util.function.Supplier<T> read) {
        if (loading()) {
            throw new VacanciesLoading();
        }
        try {
            return read.get();
        } catch (IndexDamagedException e) {
            recoverInBackground();
            throw new VacanciesLoading();
        }
    }

    /** Recreates the damaged index and rebuilds it from the database, once at a time. */
    private void recoverInBackground() {
        if (!recovering.compareAndSet(false, true)) {
            return;
        }
        recovery.execute(() -> {
            indexing.lock();
            try {
                log.warn("Rebuilding the damaged vacancy index from the database");
                index.recover();
                rebuildIndex();
            } catch (RuntimeException e) {
                log.error("Rebuilding the damaged vacancy index failed; the next failing search tries again", e);
            } finally {
                recovering.set(false);
                indexing.unlock();
            }
        });
    }

    @Override
    public ImportReport importFile(Path file, FeedOptions options) {
        return follow(importer.importFile(file, options));
    }

    @Override
    public ImportReport importUrl(URI url, FeedOptions options) {
        return follow(importer.importUrl(url, options));
    }

    @Override
    public ImportReport importStream(InputStream json, String name, FeedOptions options) {
        return follow(importer.importStream(json, name, options));
    }

    @Override
    public Optional<String> importOutcome(String requestId) {
        return importer.outcome(requestId);
    }

    @Override
    public long rebuildIndex() {
        return rebuildIndex(new AtomicLong());
    }

    /** The same, counting the vacancies read into the new index as it goes (the staff console shows it). */
    long rebuildIndex(AtomicLong progress) {
        indexing.lock();
        try {
            var sequence = store.latestSequence();
            try (var all = store.streamAll()) {
                var indexed = index.rebuild(all.peek(vacancy -> progress.incrementAndGet()), sequence);
                log.info("Vacancy index rebuilt: {} vacancies at sequence {}", indexed, sequence);
                return indexed;
            }
        } finally {
            indexing.unlock();
        }
    }

    /** Applies a committed import to the index; a failed one changed nothing. */
    ImportReport follow(FeedImport done) {
        if (done.succeeded()) {
            catchUp();
        }
        return done.report();
    }

    /**
     * Brings the index up to the database: drops what was removed since the index's sequence (from
     * the tombstones, so also removals whose index update a crash lost), indexes everything changed
     * since, commits the database's sequence. An empty or foreign index (sequence unknown or ahead
     * of the database), or one older than the pruned tombstones, is rebuilt instead.
     */
    void catchUp() {
        indexing.lock();
        try {
            var indexed = index.committedSequence();
            var latest = store.latestSequence();
            // removals before the tombstone horizon cannot be learnt from the tombstones any more
            if (indexed <= 0 && latest > 0 || indexed > latest || indexed < store.prunedSequence()) {
                rebuildIndex();
                return;
            }
            var removed = indexed < latest ? store.removedSince(indexed) : List.<VacancyId>of();
            if (!removed.isEmpty()) {
                index.delete(removed);
            }
            if (indexed < latest) {
                try (var changed = store.streamChangedSince(indexed)) {
                    var batch = new ArrayList<Vacancy>(INDEX_BATCH);
                    changed.forEach(vacancy -> {
                        batch.add(vacancy);
                        if (batch.size() == INDEX_BATCH) {
                            index.upsert(batch);
                            batch.clear();
                        }
                    });
                    index.upsert(batch);
                }
            }
            if (indexed < latest) {
                index.commit(latest);
            }
        } finally {
            indexing.unlock();
        }
    }

    /** Removes what expired (also from the index); returns how many. */
    int expire() {
        var expiry = store.expire(clock.instant(), LocalDate.now(clock));
        catchUp();
        return expiry.removed().size();
    }

    /**
     * Deletes the tombstones older than {@code kiosk.vacancy.tombstone-retention}: terminals that
     * were away longer copy everything anew (decision 039). Returns how many went.
     */
    int pruneTombstones(java.time.Duration retention) {
        return store.pruneTombstones(clock.instant().minus(retention)).tombstones();
    }

    /** Removes a whole source, such as the demo set once switched off; returns how many. */
    int removeSource(String source) {
        var removal = store.removeSource(source);
        catchUp();
        return removal.removed().size();
    }

    boolean hasSource(String source) {
        return store.countBySource(source) > 0;
    }

    Optional<java.time.Instant> lastImport(String source) {
        return store.lastImport(source);
    }
}
