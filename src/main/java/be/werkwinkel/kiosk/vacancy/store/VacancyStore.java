package be.werkwinkel.kiosk.vacancy.store;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vacancies in MariaDB. Written with plain JDBC rather than JPA: an import streams up to a few
 * hundred thousand rows through one transaction, which wants batched multi-row statements, a
 * hash comparison before any write, and no persistence context that grows with every row.
 *
 * <p>Every write locks the single {@code vacancy_sequence} row first. That serialises imports and
 * expiry, also across several hub instances on one database, and gives each transaction a sequence
 * number and each change in it a revision, which commit or roll back with it. A removal leaves a
 * tombstone in {@code vacancy_tombstone} in the same transaction, so that the index after a crash,
 * and a replica at any time, can learn of it: see {@link #changesSince} and {@link #removedSince}.
 * Tombstones are pruned after a while ({@link #pruneTombstones}); the horizon they leave says who
 * must copy everything anew instead.
 *
 * <p>A {@code @Component}, not a {@code @Repository}: JdbcTemplate already turns SQL errors into
 * {@code DataAccessException}s, and repository exception translation would also rewrap the feed's
 * own exceptions, which {@link #apply} promises to pass on as they are.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Component
public class VacancyStore {

    /** Rows per statement: large enough to cut round trips, small enough for a modest packet size. */
    static final int BATCH_SIZE = 500;

    private static final String LOCK_SEQUENCE = "SELECT value, revision FROM vacancy_sequence WHERE id = 1 FOR UPDATE";

    /** Why a vacancy was removed; kept with its tombstone. */
    public enum RemovalReason {
        EXPIRED, WITHDRAWN, MISSING, SOURCE_REMOVED
    }

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate transactions;
    /** One consistent view over several reads, e.g. rows and tombstones of {@link #changesSince}. */
    private final TransactionTemplate snapshots;
    private final Clock clock;
    /** In this process, a second import waits here instead of timing out on the database lock. */
    private final ReentrantLock writer = new ReentrantLock(true);

    public VacancyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        this.streaming.setFetchSize(BATCH_SIZE);
        this.transactions = new TransactionTemplate(transactionManager);
        this.snapshots = new TransactionTemplate(transactionManager);
        this.snapshots.setReadOnly(true);
        this.snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
    }

    /**
     * Applies one whole feed of {@code source} in one transaction: upserts its valid vacancies by
     * identifier, removes the withdrawn ones, for a complete feed also those it no longer contains,
     * deletes every vacancy whose {@code validThrough} has passed, and records the import. When the
     * feed throws, or anything else fails, nothing is changed and the exception is passed on.
     */
    public AppliedFeed apply(String source, boolean complete, VacancyFeed feed) {
        return apply(source, complete, null, feed);
    }

    /**
     * The same, recording {@code requestId} with the import in the same transaction, so that
     * {@link #importOutcome} can later tell whether it committed.
     */
    public AppliedFeed apply(String source, boolean complete, @Nullable String requestId, VacancyFeed feed) {
        var started = clock.instant();
        writer.lock();
        try {
            return Objects.requireNonNull(transactions.execute(status -> {
                var application = new FeedApplication(source, lock(), utc(started), requestId);
                var tally = feed.readInto(application);
                return application.finish(tally, complete, started);
            }));
        } finally {
            writer.unlock();
        }
    }

    /** Logs an import that failed (and so changed nothing), in a transaction of its own. */
    public void recordFailure(String source, Instant started, String failure) {
        recordFailure(source, started, failure, "OTHER", null, null);
    }

    /**
     * @param kind why, as a name of {@code VacancyFeeds.FailureKind}, for the staff console
     * @param report the report as the command would print it (with the records read before the failure)
     */
    public void recordFailure(String source, Instant started, String failure, String kind, @Nullable String requestId,
            @Nullable String report) {
        var reason = failure.length() > 1000 ? failure.substring(0, 999) + "…" : failure;
        transactions.executeWithoutResult(status -> jdbc.update("""
                INSERT INTO vacancy_import (source, started, finished, sequence, records, added, updated, unchanged,
                    removed, rejected, failure, failure_kind, request_id, report)
                VALUES (?, ?, ?, NULL, 0, 0, 0, 0, 0, 0, ?, ?, ?, ?)""", source, utc(started), utc(clock.instant()), reason,
                kind, requestId, report));
    }

    /** Adds the full report to the row of an import (after its commit). */
    public void recordReport(long importId, String report) {
        jdbc.update("UPDATE vacancy_import SET report = ? WHERE id = ?", report, importId);
    }

    /** One row of {@code vacancy_import}: an import as it was recorded. */
    public record ImportRow(long id, String source, Instant started, Instant finished, int records, int added,
            int updated, int unchanged, int removed, int rejected, @Nullable String failure,
            @Nullable String failureKind, @Nullable String report) {
    }

    private static final String IMPORT_COLUMNS = """
            i.id, i.source, i.started, i.finished, i.records, i.added, i.updated, i.unchanged, i.removed, i.rejected,
            i.failure, i.failure_kind, i.report""";

    private static ImportRow importRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var failure = rs.getString("failure");
        return new ImportRow(rs.getLong("id"), rs.getString("source"),
                rs.getObject("started", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getObject("finished", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt("records"),
                rs.getInt("added"), rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("removed"),
                rs.getInt("rejected"), failure,
                // a failure recorded before failure kinds were (V24) has none
                failure != null && rs.getString("failure_kind") == null ? "OTHER" : rs.getString("failure_kind"),
                rs.getString("report"));
    }

    /** The last import of every source that was ever imported, successful or not. */
    public List<ImportRow> latestImports() {
        return jdbc.query("SELECT " + IMPORT_COLUMNS + """
                 FROM vacancy_import i
                JOIN (SELECT source, MAX(id) AS id FROM vacancy_import GROUP BY source) latest ON latest.id = i.id
                ORDER BY i.source""", VacancyStore::importRow);
    }

    /** The last imports of one source, newest first. */
    public List<ImportRow> imports(String source, int limit) {
        return jdbc.query("SELECT " + IMPORT_COLUMNS + " FROM vacancy_import i WHERE i.source = ? ORDER BY i.id DESC LIMIT ?",
                VacancyStore::importRow, source, limit);
    }

    /** When each source's last successful import finished. */
    public Map<String, Instant> lastSuccesses() {
        var result = new HashMap<String, Instant>();
        jdbc.query("SELECT source, MAX(finished) AS finished FROM vacancy_import WHERE failure IS NULL GROUP BY source",
                rs -> {
                    result.put(rs.getString("source"),
                            rs.getObject("finished", LocalDateTime.class).toInstant(ZoneOffset.UTC));
                });
        return result;
    }

    /** How many vacancies each source has now. */
    public Map<String, Long> countsBySource() {
        var result = new HashMap<String, Long>();
        jdbc.query("SELECT source, COUNT(*) AS vacancies FROM vacancy GROUP BY source",
                rs -> {
                    result.put(rs.getString("source"), rs.getLong("vacancies"));
                });
        return result;
    }

    /** What the import with this request id did; empty when none was recorded (it never committed). */
    public Optional<ImportOutcome> importOutcome(String requestId) {
        return jdbc.query("""
                SELECT source, records, added, updated, unchanged, removed, rejected, failure, report
                FROM vacancy_import WHERE request_id = ?""", (rs, row) -> new ImportOutcome(rs.getString("source"),
                rs.getInt("records"), rs.getInt("added"), rs.getInt("updated"), rs.getInt("unchanged"),
                rs.getInt("removed"), rs.getInt("rejected"), rs.getString("failure"), rs.getString("report")),
                requestId).stream().findFirst();
    }

    /** An import as recorded: its counts, its failure if it failed, and its report once kept. */
    public record ImportOutcome(String source, int records, int added, int updated, int unchanged, int removed,
            int rejected, @Nullable String failure, @Nullable String report) {
    }

    /** Removes every vacancy whose {@code validThrough} is before {@code today}, or that closed before it began. */
    public Expiry expire(LocalDate today) {
        return expire(today.atStartOfDay(clock.getZone()).toInstant(), today);
    }

    /** Removes every vacancy closed at {@code now}: {@code validThrough} before {@code today}, or its closing time passed. */
    public Expiry expire(Instant now, LocalDate today) {
        writer.lock();
        try {
            return Objects.requireNonNull(transactions.execute(status -> {
                var counters = lock();
                var removed = deleteExpired(now, today, counters);
                return new Expiry(removed, counters.save());
            }));
        } finally {
            writer.unlock();
        }
    }

    public Optional<Vacancy> find(VacancyId id) {
        return jdbc.query(VacancyRows.SELECT_ALL + " WHERE id = ?", VacancyRows.MAPPER, id.value()).stream()
                .findFirst();
    }

    /**
     * Every vacancy in id order, read from the database in batches while the stream is consumed.
     * The stream holds a database connection: close it (try-with-resources).
     */
    public Stream<Vacancy> streamAll() {
        return streaming.queryForStream(VacancyRows.SELECT_ALL + " ORDER BY id", VacancyRows.MAPPER);
    }

    public long count() {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM vacancy", Long.class));
    }

    /** When the last successful import finished (whether or not it changed anything); empty before the first. */
    public Optional<Instant> lastUpdate() {
        var finished = jdbc.queryForObject("SELECT MAX(finished) FROM vacancy_import WHERE failure IS NULL",
                LocalDateTime.class);
        return Optional.ofNullable(finished).map(time -> time.toInstant(ZoneOffset.UTC));
    }

    /** The vacancy table's version: raised by every committed change, 0 before the first. */
    public long latestSequence() {
        return Objects.requireNonNull(
                jdbc.queryForObject("SELECT value FROM vacancy_sequence WHERE id = 1", Long.class));
    }

    /**
     * The vacancies that changes after {@code sequence} added or rewrote, in id order, for the
     * index to catch up with. Like {@link #streamAll()} it holds a connection: close it.
     */
    public Stream<Vacancy> streamChangedSince(long sequence) {
        return streaming.queryForStream(VacancyRows.SELECT_ALL + " WHERE change_seq > ? ORDER BY id",
                VacancyRows.MAPPER, sequence);
    }

    /** When the source's last successful import finished; empty if it never had one. */
    public Optional<Instant> lastImport(String source) {
        var finished = jdbc.queryForObject(
                "SELECT MAX(finished) FROM vacancy_import WHERE failure IS NULL AND source = ?", LocalDateTime.class, source);
        return Optional.ofNullable(finished).map(time -> time.toInstant(ZoneOffset.UTC));
    }

    public long countBySource(String source) {
        return Objects.requireNonNull(
                jdbc.queryForObject("SELECT COUNT(*) FROM vacancy WHERE source = ?", Long.class, source));
    }

    /** Removes every vacancy of a source, e.g. the demo set once it is switched off. */
    public Expiry removeSource(String source) {
        writer.lock();
        try {
            return Objects.requireNonNull(transactions.execute(status -> {
                var counters = lock();
                var ids = jdbc.queryForList("SELECT id FROM vacancy WHERE source = ? ORDER BY id", Long.class, source);
                remove(ids, RemovalReason.SOURCE_REMOVED, counters);
                return new Expiry(ids(ids), counters.save());
            }));
        } finally {
            writer.unlock();
        }
    }

    /**
     * Every change after {@code revision}, oldest first, at most {@code limit}: vacancies added or
     * changed (with their content now; a vacancy changed twice appears once, at its latest revision)
     * and tombstones of removed ones. Ask again from the last revision returned until
     * {@link VacancyChanges#upToDate()}. Rows and tombstones are read in one snapshot, so a change
     * committed meanwhile is neither half seen nor skipped.
     */
    public VacancyChanges changesSince(long revision, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        return Objects.requireNonNull(snapshots.execute(status -> {
            var counters = Objects.requireNonNull(jdbc.queryForObject(
                    "SELECT revision, pruned_revision FROM vacancy_sequence WHERE id = 1",
                    (rs, row) -> new long[] {rs.getLong("revision"), rs.getLong("pruned_revision")}));
            var latest = counters[0];
            var changes = new ArrayList<VacancyChange>();
            jdbc.query(VacancyRows.SELECT_ALL.replace("SELECT id, ", "SELECT revision, id, ")
                    + " WHERE revision > ? ORDER BY revision LIMIT ?", rs -> {
                        changes.add(new VacancyChange.Upserted(rs.getLong("revision"), VacancyRows.MAPPER.mapRow(rs, 0)));
                    }, revision, limit);
            jdbc.query("""
                    SELECT revision, vacancy_id, source, identifier FROM vacancy_tombstone
                    WHERE revision > ? ORDER BY revision LIMIT ?""", rs -> {
                changes.add(new VacancyChange.Removed(rs.getLong("revision"), new VacancyId(rs.getLong("vacancy_id")),
                        rs.getString("source"), rs.getString("identifier")));
            }, revision, limit);
            changes.sort(Comparator.comparingLong(VacancyChange::revision));
            return new VacancyChanges(changes.size() > limit ? changes.subList(0, limit) : changes, latest, counters[1]);
        }));
    }

    /** What {@link #pruneTombstones} did: how many went, and the horizon after it. */
    public record Pruned(int tombstones, long horizonRevision, long horizonSequence) {
    }

    /**
     * Deletes the tombstones of removals before {@code before}, oldest first and without gaps (every
     * tombstone up to the newest of them, so that "the log is complete after the horizon" holds
     * even if the clock stepped back), and records the new horizon: the highest revision and
     * sequence pruned. Under the sequence lock, like every write, so a reader's snapshot sees the
     * tombstones and the horizon of the same moment.
     */
    public Pruned pruneTombstones(Instant before) {
        writer.lock();
        try {
            return Objects.requireNonNull(transactions.execute(status -> {
                lock();
                var horizon = Objects.requireNonNull(jdbc.queryForObject(
                        "SELECT pruned_revision, pruned_sequence FROM vacancy_sequence WHERE id = 1",
                        (rs, row) -> new long[] {rs.getLong("pruned_revision"), rs.getLong("pruned_sequence")}));
                var newest = jdbc.queryForObject("SELECT MAX(revision) FROM vacancy_tombstone WHERE removed_at < ?",
                        Long.class, utc(before));
                if (newest == null) {
                    return new Pruned(0, horizon[0], horizon[1]);
                }
                var sequence = Objects.requireNonNull(jdbc.queryForObject(
                        "SELECT MAX(sequence) FROM vacancy_tombstone WHERE revision <= ?", Long.class, newest));
                var deleted = jdbc.update("DELETE FROM vacancy_tombstone WHERE revision <= ?", newest);
                var revision = Math.max(horizon[0], newest);
                var prunedSequence = Math.max(horizon[1], sequence);
                jdbc.update("UPDATE vacancy_sequence SET pruned_revision = ?, pruned_sequence = ? WHERE id = 1",
                        revision, prunedSequence);
                return new Pruned(deleted, revision, prunedSequence);
            }));
        } finally {
            writer.unlock();
        }
    }

    /**
     * The highest sequence of a pruned tombstone (0 while none was pruned): an index committed at
     * an older sequence cannot learn its missed removals from the tombstones and is rebuilt.
     */
    public long prunedSequence() {
        return Objects.requireNonNull(
                jdbc.queryForObject("SELECT pruned_sequence FROM vacancy_sequence WHERE id = 1", Long.class));
    }

    /**
     * The vacancies removed by transactions after {@code sequence} (from their tombstones), for the
     * index to catch up with removals it missed, e.g. in a crash between the two commits.
     */
    public List<VacancyId> removedSince(long sequence) {
        return ids(jdbc.queryForList("SELECT DISTINCT vacancy_id FROM vacancy_tombstone WHERE sequence > ? ORDER BY vacancy_id",
                Long.class, sequence));
    }

    /** The last revision handed out: raised by every change, 0 before the first. */
    public long latestRevision() {
        return Objects.requireNonNull(
                jdbc.queryForObject("SELECT revision FROM vacancy_sequence WHERE id = 1", Long.class));
    }

    private Counters lock() {
        return Objects.requireNonNull(jdbc.queryForObject(LOCK_SEQUENCE,
                (rs, row) -> new Counters(rs.getLong("value"), rs.getLong("revision"))));
    }

    /**
     * The sequence and revision of one writing transaction, read under the row lock: the sequence
     * this transaction writes is {@code current + 1}, revisions count up from the last one handed out.
     */
    private final class Counters {

        private final long current;
        private long revision;
        private boolean changed;

        Counters(long current, long revision) {
            this.current = current;
            this.revision = revision;
        }

        long sequence() {
            return current + 1;
        }

        long nextRevision() {
            changed = true;
            return ++revision;
        }

        /** Stores the new sequence and revision if anything changed; returns the table's version. */
        long save() {
            if (!changed) {
                return current;
            }
            jdbc.update("UPDATE vacancy_sequence SET value = ?, revision = ?, changed_at = ? WHERE id = 1", sequence(),
                    revision, utc(clock.instant()));
            return sequence();
        }
    }

    private List<VacancyId> deleteExpired(Instant now, LocalDate today, Counters counters) {
        var expired = jdbc.queryForList("SELECT id FROM vacancy WHERE valid_through < ? OR closes_at <= ? ORDER BY id",
                Long.class, today, utc(now));
        remove(expired, RemovalReason.EXPIRED, counters);
        return ids(expired);
    }

    /** Deletes the rows and leaves a tombstone for each, with a revision of its own. */
    private void remove(List<Long> ids, RemovalReason reason, Counters counters) {
        var now = utc(clock.instant());
        for (var from = 0; from < ids.size(); from += BATCH_SIZE) {
            var batch = ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE));
            var tombstones = new ArrayList<@Nullable Object[]>();
            jdbc.query("SELECT id, source, identifier FROM vacancy WHERE id IN (" + placeholders(batch.size())
                    + ") ORDER BY id", rs -> {
                        tombstones.add(new Object[] {counters.nextRevision(), counters.sequence(), rs.getLong("id"),
                                rs.getString("source"), rs.getString("identifier"), reason.name(), now});
                    }, batch.toArray());
            jdbc.batchUpdate("""
                    INSERT INTO vacancy_tombstone (revision, sequence, vacancy_id, source, identifier, reason, removed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", tombstones, new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP});
            jdbc.update("DELETE FROM vacancy WHERE id IN (" + placeholders(batch.size()) + ")", batch.toArray());
        }
    }

    private static List<VacancyId> ids(List<Long> values) {
        return values.stream().map(VacancyId::new).toList();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** DATETIME columns hold UTC, whatever the server's or the JVM's time zone. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** One feed being applied inside the transaction that {@link #apply} opened. */
    private final class FeedApplication implements FeedSink {

        private final String source;
        private final Counters counters;
        private final long sequence;
        private final LocalDateTime now;
        private final @Nullable String requestId;
        /** Identifiers the feed named (valid or kept): a complete feed removes the source's others. */
        private final Set<String> named = new HashSet<>();
        private final List<Vacancy> pending = new ArrayList<>(BATCH_SIZE);
        private final Set<String> withdrawn = new LinkedHashSet<>();
        private final List<VacancyId> changed = new ArrayList<>();
        private final List<VacancyId> removed = new ArrayList<>();
        private int added;
        private int updated;
        private int unchanged;

        FeedApplication(String source, Counters counters, LocalDateTime now, @Nullable String requestId) {
            this.source = source;
            this.counters = counters;
            this.sequence = counters.sequence();
            this.now = now;
            this.requestId = requestId;
        }

        @Override
        public void accept(Vacancy vacancy) {
            if (!vacancy.source().equals(source)) {
                throw new IllegalArgumentException("a vacancy of source " + vacancy.source() + " in a feed of " + source);
            }
            name(vacancy.identifier());
            pending.add(vacancy);
            if (pending.size() == BATCH_SIZE) {
                flush();
            }
        }

        @Override
        public void keep(String identifier) {
            name(identifier);
        }

        @Override
        public void withdraw(String identifier) {
            if (named.contains(identifier) || !withdrawn.add(identifier)) {
                throw new IllegalArgumentException("identifier " + identifier + " appears twice in one feed");
            }
        }

        private void name(String identifier) {
            if (withdrawn.contains(identifier) || !named.add(identifier)) {
                throw new IllegalArgumentException("identifier " + identifier + " appears twice in one feed");
            }
        }

        AppliedFeed finish(FeedTally tally, boolean complete, Instant started) {
            flush();
            removeWithdrawn();
            var missingKept = complete && !tally.everyRecordIdentified();
            if (complete && !missingKept) {
                removeMissing();
            }
            removed.addAll(deleteExpired(clock.instant(), LocalDate.now(clock), counters));
            // a vacancy that expired today was stored and deleted again: only its removal counts
            changed.removeAll(new HashSet<>(removed));
            var result = counters.save();
            jdbc.update("""
                    INSERT INTO vacancy_import (source, started, finished, sequence, records, added, updated, unchanged,
                        removed, rejected, failure, request_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)""", source, utc(started), utc(clock.instant()), result,
                    tally.records(), added, updated, unchanged, removed.size(), tally.rejected(), requestId);
            // the same connection (the transaction's): the id of the row just inserted
            var importId = Objects.requireNonNull(jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class));
            return new AppliedFeed(tally, added, updated, unchanged, changed, removed, missingKept, result, importId);
        }

        /** Upserts the pending batch: one select for the known hashes, then only the rows that differ. */
        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            var known = knownHashes(pending.stream().map(Vacancy::identifier).toList());
            var inserts = new ArrayList<@Nullable Object[]>();
            var insertedIdentifiers = new ArrayList<String>();
            var updates = new ArrayList<@Nullable Object[]>();
            for (var vacancy : pending) {
                var values = VacancyRows.values(vacancy, VacancyRows.COLUMNS);
                var hash = VacancyRows.contentHash(values);
                var stored = known.get(vacancy.identifier());
                if (stored == null) {
                    inserts.add(append(values, hash, now, now, sequence, counters.nextRevision()));
                    insertedIdentifiers.add(vacancy.identifier());
                } else if (!stored.hash().equals(hash)) {
                    var content = VacancyRows.values(vacancy, VacancyRows.CONTENT_COLUMNS);
                    updates.add(append(content, hash, now, sequence, counters.nextRevision(), stored.id()));
                    changed.add(new VacancyId(stored.id()));
                } else {
                    unchanged++;
                }
            }
            insert(inserts);
            update(updates);
            updated += updates.size();
            if (!insertedIdentifiers.isEmpty()) {
                var ids = knownHashes(insertedIdentifiers).values().stream().map(row -> new VacancyId(row.id())).toList();
                changed.addAll(ids);
                added += ids.size();
            }
            pending.clear();
        }

        private record StoredRow(long id, String hash) {
        }

        private Map<String, StoredRow> knownHashes(List<String> identifiers) {
            var known = new HashMap<String, StoredRow>();
            var arguments = new ArrayList<Object>(identifiers.size() + 1);
            arguments.add(source);
            arguments.addAll(identifiers);
            jdbc.query("SELECT id, identifier, content_hash FROM vacancy WHERE source = ? AND identifier IN ("
                    + placeholders(identifiers.size()) + ")", rs -> {
                        known.put(rs.getString("identifier"), new StoredRow(rs.getLong("id"), rs.getString("content_hash")));
                    }, arguments.toArray());
            return known;
        }

        private void insert(List<@Nullable Object[]> rows) {
            if (rows.isEmpty()) {
                return;
            }
            var names = VacancyRows.COLUMNS.stream().map(VacancyRows.Column::name).collect(Collectors.joining(", "));
            var sql = "INSERT INTO vacancy (" + names
                    + ", content_hash, first_seen, last_changed, change_seq, revision) VALUES ("
                    + placeholders(VacancyRows.COLUMNS.size() + 5) + ")";
            jdbc.batchUpdate(sql, rows, withTypes(VacancyRows.types(VacancyRows.COLUMNS),
                    Types.CHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.BIGINT, Types.BIGINT));
        }

        private void update(List<@Nullable Object[]> rows) {
            if (rows.isEmpty()) {
                return;
            }
            var assignments = VacancyRows.CONTENT_COLUMNS.stream().map(column -> column.name() + " = ?")
                    .collect(Collectors.joining(", "));
            var sql = "UPDATE vacancy SET " + assignments
                    + ", content_hash = ?, last_changed = ?, change_seq = ?, revision = ? WHERE id = ?";
            jdbc.batchUpdate(sql, rows, withTypes(VacancyRows.types(VacancyRows.CONTENT_COLUMNS),
                    Types.CHAR, Types.TIMESTAMP, Types.BIGINT, Types.BIGINT, Types.BIGINT));
        }

        private void removeWithdrawn() {
            var identifiers = List.copyOf(withdrawn);
            for (var from = 0; from < identifiers.size(); from += BATCH_SIZE) {
                var batch = identifiers.subList(from, Math.min(identifiers.size(), from + BATCH_SIZE));
                var ids = knownHashes(batch).values().stream().map(StoredRow::id).sorted().toList();
                remove(ids, RemovalReason.WITHDRAWN, counters);
                removed.addAll(ids(ids));
            }
        }

        private void removeMissing() {
            var missing = new ArrayList<Long>();
            streaming.query("SELECT id, identifier FROM vacancy WHERE source = ?", rs -> {
                if (!named.contains(rs.getString("identifier"))) {
                    missing.add(rs.getLong("id"));
                }
            }, source);
            remove(missing, RemovalReason.MISSING, counters);
            removed.addAll(ids(missing));
        }
    }

    private static @Nullable Object[] append(@Nullable Object[] values, Object... more) {
        var result = new Object[values.length + more.length];
        System.arraycopy(values, 0, result, 0, values.length);
        System.arraycopy(more, 0, result, values.length, more.length);
        return result;
    }

    private static int[] withTypes(int[] types, int... more) {
        var result = new int[types.length + more.length];
        System.arraycopy(types, 0, result, 0, types.length);
        System.arraycopy(more, 0, result, types.length, more.length);
        return result;
    }
}
