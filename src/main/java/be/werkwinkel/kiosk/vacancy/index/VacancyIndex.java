package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of vacancies, derived from the database and rebuildable from it at any time:
 * a {@link VacancyIndexWriter} and a {@link VacancySearcher} on one directory, opened, checked and
 * (when damaged) recreated together.
 *
 * <h2>Writing</h2>
 * {@link #upsert} and {@link #delete} change the index, {@link #commit} makes the changes durable and
 * searchable together with the database sequence number they correspond to, and
 * {@link #committedSequence} tells after a restart where to resume. Changes that were not committed
 * are lost on {@link #close} or a crash: the caller replays them from the committed sequence.
 * Writers are serialised; searches never wait for them.
 *
 * <h2>Searching</h2>
 * Searches run against the last commit, from any number of threads. Vacancies whose
 * {@code validThrough} is before today (by the clock) are never found or counted, even before they
 * are deleted. Each document carries the whole vacancy, so {@link #find} answers details without
 * the database (what a terminal replica needs).
 *
 * <h2>Autocomplete</h2>
 * There is one suggestion table per screen language (Dutch, French, English: its ESCO labels and the
 * titles of vacancies written in it). The tables are rebuilt together on a background thread after
 * opening and after each commit (a second or so at 200,000 vacancies, too long for a commit to
 * wait); until then {@link #suggest} answers from the previous tables, or from no labels at all
 * while the thesaurus still derives them at start-up.
 *
 * <h2>Damage</h2>
 * An index that cannot be opened because it is damaged (a truncated {@code segments_N}, a
 * truncated or corrupted data file) is deleted and opened empty with sequence -1, and the caller
 * rebuilds it; this is logged. A read that fails on damage found later throws
 * {@link IndexDamagedException}: the caller {@link #recover recovers} (the same: empty, -1) and
 * rebuilds. Other failures are rethrown as {@link UncheckedIOException}.
 */
public final class VacancyIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VacancyIndex.class);

    /**
     * Change it whenever documents are indexed differently (fields, analysis). The compound
     * dictionary and the {@link PackedDimension} layout are added to it automatically. An index
     * written with another schema is dropped when opened, so {@link #committedSequence} is -1 and
     * the caller rebuilds it.
     */
    static final String SCHEMA = "4";
    static final int MAX_RESULT_WINDOW = 10_000;
    /** Below this many hits a query gets a "did you mean". */
    static final int FEW_HITS = 3;
    /** Autocomplete looks at no more of what was typed than this. */
    private static final int MAX_TYPED = 100;

    private final Directory directory;
    private final JobTitleThesaurus thesaurus;
    private final BelgianPlaces places;
    private final Clock clock;
    private final String schema;
    private final Analyzer indexAnalyzer;
    /** Replaced as a whole by {@link #recover}; guarded by {@code this} for replacing. */
    private volatile Parts parts;

    private record Parts(VacancyIndexWriter writer, VacancySearcher searcher) {
    }

    /**
     * Opens the index in {@code directory}, or creates it. Searching works at once; an index that is
     * new, damaged, or written with another schema, is empty and reports sequence -1.
     *
     * @param clock decides what "today" is, for expiry and "posted since": give it the kiosk's zone
     */
    public VacancyIndex(Directory directory, JobTitleThesaurus thesaurus, BelgianPlaces places, Clock clock) {
        this.directory = directory;
        this.thesaurus = thesaurus;
        this.places = places;
        this.clock = clock;
        this.schema = SCHEMA + "-" + thesaurus.fingerprint() + "-" + Integer.toHexString(PackedDimension.layout().hashCode());
        this.indexAnalyzer = TextAnalysis.index(thesaurus.compounds());
        Parts opened;
        try {
            opened = open();
        } catch (IOException e) {
            if (!isDamage(e)) {
                throw new UncheckedIOException("Cannot open the vacancy index in " + directory, e);
            }
            log.warn("The vacancy index in {} is damaged ({}): it is deleted and rebuilt from the database",
                    directory, e.toString());
            opened = reopenEmpty();
        }
        this.parts = opened;
    }

    /** Adds the vacancies or replaces them by id; searchable after the next {@link #commit}. */
    public void upsert(Collection<Vacancy> vacancies) {
        parts.writer().upsert(vacancies);
    }

    /** Removes vacancies by id (unknown ids are fine); gone after the next {@link #commit}. */
    public void delete(Collection<VacancyId> ids) {
        parts.writer().delete(ids);
    }

    /**
     * Makes all changes durable with the database sequence they correspond to, and searchable
     * before returning; the autocomplete table follows in the background.
     */
    public void commit(long sequence) {
        parts.writer().commit(sequence);
    }

    /**
     * Replaces the whole index by {@code all} and commits it with {@code sequence}. Searches see the
     * old index until the new one is committed; if indexing fails, the old one stays. The stream is
     * read on the calling thread (it may be tied to a database transaction); documents are analysed
     * on as many threads as there are cores.
     *
     * @return how many vacancies were indexed
     */
    public long rebuild(Stream<Vacancy> all, long sequence) {
        return parts.writer().rebuild(all, sequence);
    }

    /**
     * Upserts {@code upserts}, deletes {@code deletes} and commits with {@code sequence} in one
     * Lucene commit: a crash (even {@code kill -9}) at any instant leaves the previous commit or
     * this one, never a part of it, and a failure leaves the previous commit in place. What a
     * replica applies per page of changes.
     */
    public void apply(Collection<Vacancy> upserts, Collection<VacancyId> deletes, long sequence) {
        parts.writer().apply(upserts, deletes, sequence);
    }

    /**
     * Replaces the whole index by what {@code fill} writes, committed once, with the sequence it
     * returns, when it returns. Searches see the old index until then; when {@code fill} throws
     * (say the hub went away halfway), the old index stays as it was. Unlike {@link #rebuild},
     * upserts replace by id and deletions are possible, as a change log read from the start needs.
     */
    public void replace(Fill fill) {
        parts.writer().replace(fill);
    }

    /** What writes a whole new index for {@link #replace}. */
    @FunctionalInterface
    public interface Fill {
        /** @return the sequence the new index corresponds to */
        long fill(Writes writes);
    }

    /** The changes a {@link Fill} may make; nothing is searchable before the fill returns. */
    public interface Writes {
        void upsert(Collection<Vacancy> vacancies);

        void delete(Collection<VacancyId> ids);
    }

    /** When the last commit was made; empty for a new, dropped or recovered index. */
    public Optional<java.time.Instant> committedAt() {
        return committedSequence() < 0 ? Optional.empty() : Optional.ofNullable(parts.writer().committedAt());
    }

    /** The sequence of the last commit; -1 for a new, empty, dropped or recovered index. */
    public long committedSequence() {
        return parts.writer().committedSequence();
    }

    /** How many vacancies can be found today (not expired). */
    public long count() {
        return read(VacancySearcher::count);
    }

    /**
     * Titles, occupations and ESCO labels in the screen's language with a word starting with what
     * was typed; see {@link Suggestions}.
     */
    public List<String> suggest(String typed, KioskLanguage language, int limit) {
        return parts.searcher().suggest(typed.length() > MAX_TYPED ? typed.substring(0, MAX_TYPED) : typed, language,
                limit);
    }

    /** The vacancy with this id as it was indexed (also when its {@code validThrough} has passed). */
    public Optional<Vacancy> find(VacancyId id) {
        return read(searcher -> searcher.find(id));
    }

    /**
     * One page of open vacancies with exact total, facet counts and card texts.
     *
     * <ul>
     *   <li>The text is analysed, never parsed: every word must match in some field (title,
     *       occupation, employer, locality, description), through its stem, its compound parts,
     *       ESCO synonyms, or (in titles, for rare words) a small typo. No searchable word means all.
     *   <li>{@code near} is looked up with {@link BelgianPlaces#find}; unknown, it is reported as
     *       {@link SearchResult#unknownPlace()} and neither filters nor sorts.
     *   <li>Below {@value #FEW_HITS} hits, {@link SearchResult#didYouMean()} may hold a corrected
     *       text that finds more, in words of vacancies in {@link VacancyQuery#screenLanguage()}.
     *   <li>Pages beyond the first {@value #MAX_RESULT_WINDOW} hits are empty (the total is exact).
     * </ul>
     */
    public SearchResult search(VacancyQuery query) {
        return read(searcher -> searcher.search(query));
    }

    /**
     * After {@link IndexDamagedException}: deletes the index and opens it empty (sequence -1), for
     * the caller to rebuild. Searches meanwhile may fail with {@link IndexDamagedException} too.
     */
    public synchronized void recover() {
        closeQuietly(parts, null);
        parts = reopenEmpty();
    }

    /** Closes the index; changes that were not committed are dropped. */
    @Override
    public synchronized void close() {
        var current = parts;
        try (var writer = current.writer(); var searcher = current.searcher()) {
            // both closed, the searcher first
        }
    }

    /** Waits until the suggestion table reflects the last commit; for tests and the benchmark. */
    void awaitSuggestions() {
        parts.searcher().awaitSuggestions();
    }

    /** Waits until a compaction the last commit queued has run; for tests. */
    void awaitCompaction() {
        parts.writer().awaitCompaction();
    }

    /** The segments of the last commit; for tests. */
    int segmentCount() {
        try {
            return SegmentInfos.readLatestCommit(directory).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a failure to open or read means the files are damaged, so that recreating the index
     * and rebuilding it from the database is the answer: Lucene reports damage as
     * {@link CorruptIndexException}, a format exception, or a plain {@link IOException} such as
     * "read past EOF" (also wrapped, as the query builder does). Not damage: the lock held by
     * another process (a second kiosk on the same data), or files the kiosk may not read.
     */
    static boolean isDamage(@Nullable Throwable failure) {
        var io = false;
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LockObtainFailedException || cause instanceof AccessDeniedException) {
                return false;
            }
            io |= cause instanceof IOException;
        }
        return io;
    }

    private Parts open() throws IOException {
        var searcher = new AtomicReference<@Nullable VacancySearcher>();
        var writer = new VacancyIndexWriter(directory, indexAnalyzer, schema, () -> {
            var current = searcher.get();
            if (current != null) {
                current.refresh();
            }
        }, () -> {
            var current = searcher.get();
            if (current != null) {
                current.reopen();
            }
        }, clock);
        try {
            searcher.set(new VacancySearcher(directory, thesaurus, places, clock, indexAnalyzer));
        } catch (IOException | RuntimeException e) {
            try {
                writer.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new Parts(writer, searcher.get());
    }

    /** Deletes every index file (the lock file aside) and opens a new, empty index. */
    private Parts reopenEmpty() {
        try {
            for (var file : directory.listAll()) {
                if (!IndexWriter.WRITE_LOCK_NAME.equals(file)) {
                    directory.deleteFile(file);
                }
            }
            return open();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot recreate the damaged vacancy index in " + directory, e);
        }
    }

    private static void closeQuietly(Parts parts, @Nullable Throwable failure) {
        try {
            parts.searcher().close();
        } catch (RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
        try {
            parts.writer().close();
        } catch (RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private interface Read<T> {
        T run(VacancySearcher searcher) throws IOException;
    }

    private <T> T read(Read<T> read) {
        try {
            return read.run(parts.searcher());
        } catch (IOException | UncheckedIOException e) {
            if (isDamage(e)) {
                log.error("The vacancy index is damaged, a read failed: {}", e.toString());
                throw new IndexDamagedException(e);
            }
            throw e instanceof UncheckedIOException unchecked ? unchecked
                    : new UncheckedIOException("Cannot search the vacancy index", (IOException) e);
        } catch (AlreadyClosedException e) {
            // the index is being recovered: the caller says "loading", as for damage
            throw new IndexDamagedException(e);
        }
    }
}
