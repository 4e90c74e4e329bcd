package be.werkwinkel.kiosk.sync.replica;

import be.werkwinkel.kiosk.sync.HubLink;
import be.werkwinkel.kiosk.vacancy.ReplicaPage;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancyReplica;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the terminal's vacancy replica up to date from the hub (decision 039). Each update asks
 * the hub for its changes since the replica's revision, a page at a time, and applies every page
 * in one commit until the hub says it is up to date; a terminal that was off for a week catches up
 * page by page. It copies everything anew when the hub says {@code resync} (the terminal was away
 * longer than the hub keeps removals) or when the replica holds nothing to build on (new, or
 * emptied after damage); visitors search the old replica meanwhile.
 *
 * <p>When anything fails (the hub unreachable, an error answer, a page that does not make sense)
 * the replica stays as its last commit left it, visitors go on searching it, and the next try
 * comes at the next interval. The failure is logged once per outage, and its end once.
 *
 * <p>Updates run on a thread of their own, so that a long copy never holds up the heartbeat or
 * other scheduled work; {@link #updateNow()} runs one on the caller's thread, one at a time.
 */
public final class ReplicaUpdates implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaUpdates.class);

    /** Changes per page: a few megabytes of JSON, well under the hub's maximum of 2000. */
    static final int PAGE_SIZE = 500;

    /** What an update did. */
    public enum Outcome {
        /** The terminal holds no token yet: nothing was asked. */
        NOT_ENROLLED,
        /** The replica applied every change the hub had (possibly none). */
        CAUGHT_UP,
        /** The replica was copied anew from revision 0. */
        COPIED,
        /** The hub could not be reached or answered badly: the replica is as it was. */
        FAILED
    }

    private final HubLink hub;
    private final VacancyReplica replica;
    private final ReplicaSettings settings;
    private final Clock clock;
    private final int pageSize;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        var named = new Thread(task, "vacancy-replica");
        named.setDaemon(true);
        return named;
    });
    /** When the current outage began; null while updates succeed. Guarded by {@code this}. */
    private @Nullable Instant failingSince;

    ReplicaUpdates(HubLink hub, VacancyReplica replica, ReplicaSettings settings, Clock clock) {
        this(hub, replica, settings, clock, PAGE_SIZE);
    }

    ReplicaUpdates(HubLink hub, VacancyReplica replica, ReplicaSettings settings, Clock clock, int pageSize) {
        this.hub = hub;
        this.replica = replica;
        this.settings = settings;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** Updates now and then every {@code kiosk.hub.replica-interval}, on the replica's own thread. */
    void start() {
        var every = settings.replicaInterval().toMillis();
        thread.scheduleWithFixedDelay(this::updateNow, 0, every, TimeUnit.MILLISECONDS);
    }

    /** Asks for an update on the replica's own thread at once, e.g. right after enrollment. */
    public void updateSoon() {
        thread.execute(this::updateNow);
    }

    /**
     * Brings the replica up to date with the hub now, on the calling thread (waiting for an update
     * under way). Never throws: a failure leaves the replica as it was and is logged once.
     */
    public synchronized Outcome updateNow() {
        if (!hub.enrolled()) {
            return Outcome.NOT_ENROLLED;
        }
        try {
            var outcome = replica.revision() < 0 ? copyAll() : catchUp();
            if (failingSince != null) {
                log.info("The vacancy replica is updated from the hub again (it could not be since {})", failingSince);
                failingSince = null;
            }
            return outcome;
        } catch (RuntimeException e) {
            if (failingSince == null) {
                failingSince = clock.instant();
                log.warn("The vacancy replica cannot be updated from the hub ({}); visitors search the replica of {}"
                        + " and it is tried again every {}", e.toString(),
                        replica.updatedAt().map(Instant::toString).orElse("never"), settings.replicaInterval());
            }
            return Outcome.FAILED;
        }
    }

    private Outcome catchUp() {
        var from = replica.revision();
        while (true) {
            var page = fetch(from, null);
            if (page.resync()) {
                log.info("The hub no longer has every change since revision {}: the vacancy replica is copied anew", from);
                return copyAll();
            }
            var changes = Changes.of(page, from);
            if (changes.reaches() > from) {
                replica.apply(changes.reaches(), changes.upserts(), changes.removals());
                from = changes.reaches();
            }
            if (page.upToDate()) {
                replica.confirmUpToDate();
                return Outcome.CAUGHT_UP;
            }
        }
    }

    private Outcome copyAll() {
        replica.replace(into -> {
            var from = 0L;
            Long horizon = null;
            while (true) {
                var page = fetch(from, horizon);
                if (page.resync()) {
                    // the hub pruned removals while this copy ran: the next try copies anew
                    throw new IllegalStateException("the hub pruned removals during the copy, at revision " + from);
                }
                if (horizon == null) {
                    horizon = page.horizon();
                }
                var changes = Changes.of(page, from);
                into.apply(changes.upserts(), changes.removals());
                from = changes.reaches();
                if (page.upToDate()) {
                    return from;
                }
            }
        });
        replica.confirmUpToDate();
        log.info("Vacancy replica copied from the hub up to revision {}", replica.revision());
        return Outcome.COPIED;
    }

    /** @param horizon for a full copy after its first page: the horizon that page gave */
    private ReplicaPage fetch(long since, @Nullable Long horizon) {
        var request = horizon == null
                ? hub.api().get().uri("/vacancies/changes?since={since}&limit={limit}", since, pageSize)
                : hub.api().get().uri("/vacancies/changes?since={since}&limit={limit}&horizon={horizon}", since,
                        pageSize, horizon);
        var page = request.retrieve().body(ReplicaPage.class);
        if (page == null) {
            throw new IllegalStateException("the hub answered without a page of changes");
        }
        return page;
    }

    /**
     * A page checked and split: revisions rising above {@code from}, each change complete.
     * {@code reaches} is the revision the replica has everything up to once the page is applied:
     * its last change, or, when the page is the last one, the hub's latest revision (which may lie
     * beyond the last change: revisions of pruned tombstones, or of rows changed again since).
     */
    private record Changes(List<Vacancy> upserts, List<VacancyId> removals, long reaches) {

        static Changes of(ReplicaPage page, long from) {
            var upserts = new ArrayList<Vacancy>();
            var removals = new ArrayList<VacancyId>();
            var last = from;
            for (var change : page.changes()) {
                if (change.revision() <= last) {
                    throw new IllegalStateException("the hub's changes are not in rising order after revision " + last);
                }
                last = change.revision();
                switch (change.type()) {
                    case ReplicaPage.UPSERTED -> {
                        var vacancy = change.vacancy();
                        if (vacancy == null) {
                            throw new IllegalStateException("revision " + last + " is an upsert without a vacancy");
                        }
                        upserts.add(vacancy.toVacancy());
                    }
                    case ReplicaPage.REMOVED -> {
                        var id = change.id();
                        if (id == null) {
                            throw new IllegalStateException("revision " + last + " is a removal without an id");
                        }
                        removals.add(new VacancyId(id));
                    }
                    case null, default -> throw new IllegalStateException(
                            "revision " + last + " is of an unknown type " + change.type());
                }
            }
            if (!page.upToDate() && page.changes().isEmpty()) {
                throw new IllegalStateException("the hub said it has more but sent no changes");
            }
            if (page.latestRevision() < last) {
                throw new IllegalStateException("the hub's latest revision " + page.latestRevision()
                        + " is below its own change " + last);
            }
            return new Changes(upserts, removals, page.upToDate() ? page.latestRevision() : last);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
