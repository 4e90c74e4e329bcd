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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vacancies in MariaDB. Written with plain JDBC rather than JPA: an import streams up to a few
 * hundred thousand rows through one transaction, which wants batched multi-row statements, a
 * hash comparison before any write, and no persistence context that grows with every row.
 *
 * <p>Every write locks the single {@code vacancy_sequence} row first. That serialises imports and
 * expiry, also across several hub instances on one database, and gives each change a sequence
 * number that commits or rolls back with it.
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

    private static final String LOCK_SEQUENCE = "SELECT value FROM vacancy_sequence WHERE id = 1 FOR UPDATE";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** In this process, a second import waits here instead of timing out on the database lock. */
    private final ReentrantLock writer = new ReentrantLock(true);

    public VacancyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        this.streaming.setFetchSize(BATCH_SIZE);
        this.transactions = new TransactionTemplate(transactionManager);
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
                var application = new FeedApplication(source, lockSequence() + 1, utc(started), requestId);
                var tally = feed.readInto(application);
                return application.finish(tally, complete, started);
            }));
        } finally {
            writer.unlock();
        }
    }

    /** Logs an import that failed (and so changed nothing), in a transaction of its own. */
    public void recordFailure(String source, Instant started, String failure) {
        recordFailure(source, started, failure, null);
    }

    public void recordFailure(String source, Instant started, String failure, @Nullable String requestId) {
        var reason = failure.length() > 1000 ? failure.substring(0, 999) + "…" : failure;
        transactions.executeWithoutResult(status -> jdbc.update("""
                INSERT INTO vacancy_import (source, started, finished, sequence, records, added, updated, unchanged,
                    removed, rejected, failure, request_id)
                VALUES (?, ?, ?, NULL, 0, 0, 0, 0, 0, 0, ?, ?)""", source, utc(started), utc(clock.instant()), reason,
                requestId));
    }

    /** Adds the full report to the row of the import with this request id (after its commit). */
    public void recordReport(String requestId, String report) {
        jdbc.update("UPDATE vacancy_import SET report = ? WHERE request_id = ?", report, requestId);
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
                var current = lockSequence();
                var removed = deleteExpired(now, today);
                return new Expiry(removed, removed.isEmpty() ? current : advanceSequence(current + 1));
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
                var current = lockSequence();
                var ids = jdbc.queryForList("SELECT id FROM vacancy WHERE source = ?", Long.class, source);
                deleteByIds(ids);
                return new Expiry(ids(ids), ids.isEmpty() ? current : advanceSequence(current + 1));
            }));
        } finally {
            writer.unlock();
        }
    }

    private long lockSequence() {
        return Objects.requireNonNull(jdbc.queryForObject(LOCK_SEQUENCE, Long.class));
    }

    private long advanceSequence(long next) {
        jdbc.update("UPDATE vacancy_sequence SET value = ?, changed_at = ? WHERE id = 1", next, utc(clock.instant()));
        return next;
    }

    private List<VacancyId> deleteExpired(Instant now, LocalDate today) {
        var expired = jdbc.queryForList("SELECT id FROM vacancy WHERE valid_through < ? OR closes_at <= ?", Long.class,
                today, utc(now));
        deleteByIds(expired);
        return ids(expired);
    }

    private void deleteByIds(List<Long> ids) {
        for (var from = 0; from < ids.size(); from += BATCH_SIZE) {
            var batch = ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE));
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

        FeedApplication(String source, long sequence, LocalDateTime now, @Nullable String requestId) {
            this.source = source;
            this.sequence = sequence;
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
            removed.addAll(deleteExpired(clock.instant(), LocalDate.now(clock)));
            // a vacancy that expired today was stored and deleted again: only its removal counts
            changed.removeAll(new HashSet<>(removed));
            var current = sequence - 1;
            var result = changed.isEmpty() && removed.isEmpty() ? current : advanceSequence(sequence);
            jdbc.update("""
                    INSERT INTO vacancy_import (source, started, finished, sequence, records, added, updated, unchanged,
                        removed, rejected, failure, request_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)""", source, utc(started), utc(clock.instant()), result,
                    tally.records(), added, updated, unchanged, removed.size(), tally.rejected(), requestId);
            return new AppliedFeed(tally, added, updated, unchanged, changed, removed, missingKept, result);
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
                    inserts.add(append(values, hash, now, now, sequence));
                    insertedIdentifiers.add(vacancy.identifier());
                } else if (!stored.hash().equals(hash)) {
                    var content = VacancyRows.values(vacancy, VacancyRows.CONTENT_COLUMNS);
                    updates.add(append(content, hash, now, sequence, stored.id()));
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
            var sql = "INSERT INTO vacancy (" + names + ", content_hash, first_seen, last_changed, change_seq) VALUES ("
                    + placeholders(VacancyRows.COLUMNS.size() + 4) + ")";
            jdbc.batchUpdate(sql, rows, withTypes(VacancyRows.types(VacancyRows.COLUMNS),
                    Types.CHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.BIGINT));
        }

        private void update(List<@Nullable Object[]> rows) {
            if (rows.isEmpty()) {
                return;
            }
            var assignments = VacancyRows.CONTENT_COLUMNS.stream().map(column -> column.name() + " = ?")
                    .collect(Collectors.joining(", "));
            var sql = "UPDATE vacancy SET " + assignments
                    + ", content_hash = ?, last_changed = ?, change_seq = ? WHERE id = ?";
            jdbc.batchUpdate(sql, rows, withTypes(VacancyRows.types(VacancyRows.CONTENT_COLUMNS),
                    Types.CHAR, Types.TIMESTAMP, Types.BIGINT, Types.BIGINT));
        }

        private void removeWithdrawn() {
            var identifiers = List.copyOf(withdrawn);
            for (var from = 0; from < identifiers.size(); from += BATCH_SIZE) {
                var batch = identifiers.subList(from, Math.min(identifiers.size(), from + BATCH_SIZE));
                var ids = knownHashes(batch).values().stream().map(StoredRow::id).toList();
                deleteByIds(ids);
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
            deleteByIds(missing);
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
