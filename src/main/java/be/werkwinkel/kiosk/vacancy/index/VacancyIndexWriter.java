package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writing half of the {@link VacancyIndex}: changes, commits with the database sequence they
 * correspond to, rebuilds. Writers are serialised; after each commit {@code afterCommit} runs (the
 * searcher refreshes), still under the write lock, so searchers see commits in order.
 *
 * <p>A search costs more the more segments the index has: every segment looks up each word, each
 * synonym and each typo automaton again (one segment instead of four took the search benchmark's
 * p95 from about 5.3 to 3.5 ms). A full write (rebuild, replace) therefore ends in one segment, and
 * once a tenth of the index lies outside its largest segment after smaller writes, the index is
 * merged into one segment again in the background ({@link #COMPACT_FROM}).
 */
final class VacancyIndexWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VacancyIndexWriter.class);

    private static final String SCHEMA_KEY = "schema";
    private static final String SEQUENCE_KEY = "sequence";
    /** When the commit was made (ISO instant): how fresh a replica is, also after a restart. */
    private static final String COMMITTED_AT_KEY = "committed-at";
    private static final int REBUILD_BATCH = 500;
    /** The share of documents outside the largest segment's live ones from which the index is compacted. */
    static final double COMPACT_FROM = 0.10;
    /** Below this many documents every search is fast whatever the segments: no compaction. */
    static final int COMPACT_ABOVE_DOCUMENTS = 10_000;

    private final Directory directory;
    private final Analyzer indexAnalyzer;
    private final String schema;
    private final Runnable afterCommit;
    private final Runnable afterCompaction;
    private final Clock clock;
    /** One thread: one compaction at a time, never at the same time as a write (it holds {@link #writing}). */
    private final ExecutorService compactor = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "vacancy-index-compaction");
        thread.setDaemon(true);
        return thread;
    });
    /** Set while a compaction is queued but not started: commits in a burst then cause one. */
    private final AtomicBoolean compactionQueued = new AtomicBoolean();
    private volatile boolean closing;
    /**
     * Guarded by {@link #writing}: changes written but not committed yet. Lucene's own
     * {@code hasUncommittedChanges} also counts its finished background merges, which would make
     * a compaction give way to nothing.
     */
    private boolean pending;
    private final ReentrantLock writing = new ReentrantLock();
    /** Guarded by {@link #writing}; replaced when a failed rebuild is rolled back. */
    private IndexWriter writer;
    private volatile long committedSequence;
    private volatile @Nullable Instant committedAt;

    /**
     * Opens the index in {@code directory} or creates it; an index written with another schema is
     * dropped (sequence -1).
     *
     * @throws IOException also when the index on disk is damaged (see {@link VacancyIndex#isDamage})
     */
    VacancyIndexWriter(Directory directory, Analyzer indexAnalyzer, String schema, Runnable afterCommit,
            Runnable afterCompaction, Clock clock) throws IOException {
        this.directory = directory;
        this.indexAnalyzer = indexAnalyzer;
        this.schema = schema;
        this.afterCommit = afterCommit;
        this.afterCompaction = afterCompaction;
        this.clock = clock;
        var userData = DirectoryReader.indexExists(directory)
                ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.<String, String>of();
        var compatible = schema.equals(userData.get(SCHEMA_KEY));
        this.writer = openWriter(compatible ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                : IndexWriterConfig.OpenMode.CREATE);
        try {
            if (compatible) {
                this.committedSequence = Long.parseLong(userData.getOrDefault(SEQUENCE_KEY, "-1"));
                this.committedAt = userData.containsKey(COMMITTED_AT_KEY) ? Instant.parse(userData.get(COMMITTED_AT_KEY))
                        : null;
            } else {
                this.committedSequence = -1;
                writer.setLiveCommitData(Map.of(SCHEMA_KEY, schema).entrySet());
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(writer, e);
            throw e;
        }
    }

    void upsert(Collection<Vacancy> vacancies) {
        var documents = vacancies.stream().map(VacancyDocuments::toDocument).toList();
        var ids = vacancies.stream().map(vacancy -> VacancyDocuments.idTerm(vacancy.id())).toList();
        write(() -> {
            pending = true;
            for (int i = 0; i < documents.size(); i++) {
                writer.updateDocument(ids.get(i), documents.get(i));
            }
        });
    }

    void delete(Collection<VacancyId> ids) {
        var terms = ids.stream().map(VacancyDocuments::idTerm).toArray(Term[]::new);
        write(() -> {
            pending = true;
            writer.deleteDocuments(terms);
        });
    }

    void commit(long sequence) {
        write(() -> commitAndRefresh(sequence));
    }

    /**
     * Upserts and deletes, then commits with {@code sequence}, all under one hold of the write lock:
     * one Lucene commit, so a crash leaves the previous commit or this one. When anything fails,
     * the uncommitted part is dropped, so that a later commit does not carry half of it.
     */
    void apply(Collection<Vacancy> upserts, Collection<VacancyId> deletes, long sequence) {
        var documents = upserts.stream().map(VacancyDocuments::toDocument).toList();
        var ids = upserts.stream().map(vacancy -> VacancyDocuments.idTerm(vacancy.id())).toList();
        var removed = deletes.stream().map(VacancyDocuments::idTerm).toArray(Term[]::new);
        write(() -> {
            try {
                for (int i = 0; i < documents.size(); i++) {
                    writer.updateDocument(ids.get(i), documents.get(i));
                }
                writer.deleteDocuments(removed);
                commitAndRefresh(sequence);
            } catch (IOException | RuntimeException | Error e) {
                discardUncommitted(e);
                throw e;
            }
        });
    }

    /**
     * Empties the index and lets {@code fill} write everything anew, committed once at the end with
     * the sequence {@code fill} returns. Searches see the old commit until then; if {@code fill}
     * throws, nothing of it is kept.
     */
    void replace(VacancyIndex.Fill fill) {
        write(() -> {
            try {
                writer.deleteAll();
                var sequence = fill.fill(new VacancyIndex.Writes() {
                    @Override
                    public void upsert(Collection<Vacancy> vacancies) {
                        try {
                            for (var vacancy : vacancies) {
                                writer.updateDocument(VacancyDocuments.idTerm(vacancy.id()),
                                        VacancyDocuments.toDocument(vacancy));
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException("Cannot write the vacancy index", e);
                        }
                    }

                    @Override
                    public void delete(Collection<VacancyId> ids) {
                        try {
                            writer.deleteDocuments(ids.stream().map(VacancyDocuments::idTerm).toArray(Term[]::new));
                        } catch (IOException e) {
                            throw new UncheckedIOException("Cannot write the vacancy index", e);
                        }
                    }
                });
                mergeIntoOneSegment();
                commitAndRefresh(sequence);
            } catch (IOException | RuntimeException | Error e) {
                discardUncommitted(e);
                throw e;
            }
        });
    }

    /** When the last commit was made; null for an index never committed with a sequence (or before this was kept). */
    @Nullable Instant committedAt() {
        return committedAt;
    }

    long rebuild(Stream<Vacancy> all, long sequence) {
        var indexed = new AtomicLong();
        write(() -> {
            try {
                writer.deleteAll();
                indexed.set(addInParallel(all));
                mergeIntoOneSegment();
                commitAndRefresh(sequence);
            } catch (IOException | RuntimeException | Error e) {
                discardUncommitted(e);
                throw e;
            }
        });
        return indexed.get();
    }

    long committedSequence() {
        return committedSequence;
    }

    /** Closes the writer; changes that were not committed are dropped. A running compaction is waited for. */
    @Override
    public void close() {
        closing = true;
        // not interrupted: an interrupt can close the files a merge is reading
        compactor.shutdown();
        writing.lock();
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the vacancy index", e);
        } finally {
            writing.unlock();
        }
    }

    private long addInParallel(Stream<Vacancy> all) throws IOException {
        var threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        var number = new AtomicInteger();
        // a full queue makes the reading thread index a batch itself, which bounds memory
        var workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads),
                task -> {
                    var thread = new Thread(task, "vacancy-index-rebuild-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        var count = new AtomicLong();
        var failure = new AtomicReference<@Nullable Throwable>();
        try {
            var batch = new ArrayList<Vacancy>(REBUILD_BATCH);
            var iterator = all.iterator();
            // stops reading the stream as soon as a batch has failed
            while (iterator.hasNext() && failure.get() == null) {
                batch.add(iterator.next());
                if (batch.size() == REBUILD_BATCH || !iterator.hasNext()) {
                    var full = List.copyOf(batch);
                    batch.clear();
                    workers.execute(() -> {
                        try {
                            writer.addDocuments(full.stream().map(VacancyDocuments::toDocument).toList());
                            count.addAndGet(full.size());
                        } catch (IOException | RuntimeException | Error e) {
                            failure.compareAndSet(null, e);
                        }
                    });
                }
            }
            workers.shutdown();
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IOException("indexing took over an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the vacancy index", e);
        } finally {
            workers.shutdownNow();
        }
        switch (failure.get()) {
            case null -> {
                return count.get();
            }
            case IOException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure.get());
        }
    }

    private void commitAndRefresh(long sequence) throws IOException {
        var now = clock.instant();
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, schema, SEQUENCE_KEY, Long.toString(sequence), COMMITTED_AT_KEY,
                now.toString()).entrySet());
        writer.commit();
        pending = false;
        committedSequence = sequence;
        committedAt = now;
        afterCommit.run();
        compactIfWorthIt();
    }

    /**
     * One segment searches fastest, but it is no condition of a correct index: when the merge
     * fails (a full disk: it needs room for a second copy), the full write is committed as it is.
     */
    private void mergeIntoOneSegment() {
        try {
            writer.forceMerge(1);
        } catch (IOException | RuntimeException e) {
            log.warn("Vacancy index: merging it into one segment failed; it keeps its segments", e);
        }
    }

    /** Whether enough of the last commit lies outside its largest segment's live documents. */
    private boolean worthCompacting() {
        long documents = 0;
        long largestLive = 0;
        try {
            for (var segment : SegmentInfos.readLatestCommit(directory)) {
                documents += segment.info.maxDoc();
                largestLive = Math.max(largestLive, segment.info.maxDoc() - segment.getDelCount());
            }
        } catch (IOException e) {
            // the commit has been made; the next one looks again
            log.warn("Vacancy index: cannot read its segments to decide on merging them", e);
            return false;
        }
        return documents > COMPACT_ABOVE_DOCUMENTS && documents - largestLive >= COMPACT_FROM * documents;
    }

    /** Queues a compaction when the last commit is {@link #worthCompacting}. */
    private void compactIfWorthIt() {
        if (closing || !worthCompacting() || !compactionQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            compactor.execute(this::compact);
        } catch (RejectedExecutionException closed) {
            compactionQueued.set(false);
        }
    }

    /**
     * Merges the index into one segment and commits that with the same sequence and commit time:
     * the documents are the same. Writes wait meanwhile (a few seconds for 200,000 vacancies), so
     * that no commit carries half of one; searches go on against the previous commit.
     */
    private void compact() {
        compactionQueued.set(false);
        writing.lock();
        try {
            // changes not yet committed wait for their own commit (which looks again): the merge's
            // commit must not make half of an import durable and searchable
            // and a compaction queued behind another one may have nothing left to do
            if (closing || !writer.isOpen() || pending || !worthCompacting()) {
                return;
            }
            var started = System.nanoTime();
            writer.forceMerge(1);
            writer.commit();
            log.info("Vacancy index merged into one segment in {} ms", (System.nanoTime() - started) / 1_000_000);
            try {
                afterCompaction.run();
            } catch (AlreadyClosedException closed) {
                // the index is being closed: the merge is committed, there is no searcher to tell
            }
        } catch (IOException | RuntimeException e) {
            // the last commit is intact; a failure that closed the writer shows at the next write
            log.warn("Vacancy index: merging it into one segment failed; it keeps its segments", e);
        } finally {
            writing.unlock();
        }
    }

    /** Waits until a compaction queued by the last commit has run; for tests. */
    void awaitCompaction() {
        try {
            compactor.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RejectedExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After a failed rebuild: the writer drops everything since the last commit and starts again. */
    private void discardUncommitted(Throwable failure) {
        try {
            writer.rollback();
            pending = false;
            writer = openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private IndexWriter openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        var config = new IndexWriterConfig(indexAnalyzer)
                .setOpenMode(mode)
                // only commit() with a sequence may make changes durable
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(64);
        return new IndexWriter(directory, config);
    }

    private static void closeQuietly(IndexWriter writer, Throwable failure) {
        try {
            writer.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Write change) {
        writing.lock();
        try {
            if (!writer.isOpen()) {
                // a tragic failure (disk full, say) closed it; the last commit is intact
                pending = false;
                writer = openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            }
            change.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the vacancy index", e);
        } finally {
            writing.unlock();
        }
    }
}
