package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.reference.Place;
import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.SloppyMath;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of vacancies, derived from the database and rebuildable from it at any time.
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
 * are deleted.
 *
 * <h2>Autocomplete</h2>
 * The suggestion table is rebuilt on a background thread after opening and after each commit (a
 * second or so at 200,000 vacancies, too long for a commit to wait); until then {@link #suggest}
 * answers from the previous table, or from the ESCO labels alone.
 *
 * <h2>Failures</h2>
 * Lucene's {@link IOException}s are rethrown as {@link UncheckedIOException}.
 */
public final class VacancyIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VacancyIndex.class);

    /**
     * Change it whenever documents are indexed differently (fields, analysis). The compound
     * dictionary and the {@link PackedDimension} layout are added to it automatically. An index
     * written with another schema is dropped when opened, so {@link #committedSequence} is -1 and
     * the caller rebuilds it.
     */
    static final String SCHEMA = "2";
    static final int MAX_RESULT_WINDOW = 10_000;
    /** Below this many hits a query gets a "did you mean". */
    static final int FEW_HITS = 3;
    /** Autocomplete looks at no more of what was typed than this. */
    private static final int MAX_TYPED = 100;
    private static final String SCHEMA_KEY = "schema";
    private static final String SEQUENCE_KEY = "sequence";
    private static final int REBUILD_BATCH = 500;
    /**
     * With a place set, what being at the place adds to a relevance score (half of it at
     * {@value #NEAR_PIVOT_KM} km): enough to put the nearer of two about equally good hits first,
     * too little to lift a poor hit above a good one.
     */
    static final float NEAR_WEIGHT = 0.5f;
    static final double NEAR_PIVOT_KM = 10;
    /** The radius prefilter's margin over the largest radius chip, for rounding in the geo encoding. */
    private static final double PREFILTER_MARGIN_KM = 0.5;

    private final Directory directory;
    private final JobTitleThesaurus thesaurus;
    private final BelgianPlaces places;
    private final Clock clock;
    private final String schema;
    private final Analyzer indexAnalyzer;
    private final TextQueryBuilder.Analyzers analyzers;
    private final ResultHighlighter highlighter;
    private final SpellingCorrector speller = new SpellingCorrector();
    private final SearcherManager searchers;
    private final ReentrantLock writing = new ReentrantLock();
    /** Guarded by {@link #writing}; replaced when a failed rebuild is rolled back. */
    private IndexWriter writer;
    private volatile long committedSequence;
    private volatile Suggestions suggestions;
    /** One thread: tables are built in commit order, and a build never competes with another. */
    private final ExecutorService suggestionBuilder = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "vacancy-suggestions");
        thread.setDaemon(true);
        return thread;
    });
    /** Set while a build is queued but not started: commits in a burst then cause one build. */
    private final AtomicBoolean suggestionsQueued = new AtomicBoolean();

    /**
     * Opens the index in {@code directory}, or creates it. Searching works at once; an index that is
     * new, or that was written with another schema, is empty and reports sequence -1.
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
        this.analyzers = TextQueryBuilder.Analyzers.of(thesaurus);
        this.highlighter = new ResultHighlighter(indexAnalyzer);
        this.suggestions = thesaurus.suggestionLabels().withoutVacancies();
        try {
            var userData = DirectoryReader.indexExists(directory)
                    ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.<String, String>of();
            var compatible = schema.equals(userData.get(SCHEMA_KEY));
            this.writer = openWriter(compatible ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                    : IndexWriterConfig.OpenMode.CREATE);
            if (compatible) {
                this.committedSequence = Long.parseLong(userData.getOrDefault(SEQUENCE_KEY, "-1"));
            } else {
                this.committedSequence = -1;
                writer.setLiveCommitData(Map.of(SCHEMA_KEY, schema).entrySet());
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the vacancy index in " + directory, e);
        }
        try {
            this.searchers = new SearcherManager(directory, null);
        } catch (IOException | RuntimeException e) {
            try {
                writer.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException io ? new UncheckedIOException("Cannot open the vacancy index", io)
                    : (RuntimeException) e;
        }
        rebuildSuggestions();
    }

    /** Adds the vacancies or replaces them by id; searchable after the next {@link #commit}. */
    public void upsert(Collection<Vacancy> vacancies) {
        var documents = vacancies.stream().map(VacancyDocuments::toDocument).toList();
        var ids = vacancies.stream().map(vacancy -> VacancyDocuments.idTerm(vacancy.id())).toList();
        write(() -> {
            for (int i = 0; i < documents.size(); i++) {
                writer.updateDocument(ids.get(i), documents.get(i));
            }
        });
    }

    /** Removes vacancies by id (unknown ids are fine); gone after the next {@link #commit}. */
    public void delete(Collection<VacancyId> ids) {
        var terms = ids.stream().map(VacancyDocuments::idTerm).toArray(Term[]::new);
        write(() -> writer.deleteDocuments(terms));
    }

    /**
     * Makes all changes durable with the database sequence they correspond to, and searchable
     * before returning; the autocomplete table follows in the background.
     */
    public void commit(long sequence) {
        write(() -> commitAndRefresh(sequence));
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
        var indexed = new AtomicLong();
        write(() -> {
            try {
                writer.deleteAll();
                indexed.set(addInParallel(all));
                commitAndRefresh(sequence);
            } catch (IOException | RuntimeException | Error e) {
                discardUncommitted(e);
                throw e;
            }
        });
        return indexed.get();
    }

    /** The sequence of the last commit; -1 for a new, empty or dropped index. */
    public long committedSequence() {
        return committedSequence;
    }

    /** How many vacancies can be found today (not expired). */
    public long count() {
        return withSearcher(searcher -> (long) searcher.count(openOn(LocalDate.now(clock).toEpochDay())));
    }

    /** Titles, occupations and ESCO labels with a word starting with what was typed; see {@link Suggestions}. */
    public List<String> suggest(String typed, int limit) {
        return suggestions.suggest(typed.length() > MAX_TYPED ? typed.substring(0, MAX_TYPED) : typed, limit);
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
     *       text that finds more.
     *   <li>Pages beyond the first {@value #MAX_RESULT_WINDOW} hits are empty (the total is exact).
     * </ul>
     */
    public SearchResult search(VacancyQuery query) {
        var today = LocalDate.now(clock);
        Place origin = null;
        String unknownPlace = null;
        if (query.near() != null) {
            origin = places.find(query.near()).orElse(null);
            unknownPlace = origin == null ? query.near() : null;
        }
        var selection = Selection.of(query, origin, today);
        var placeOrigin = origin;
        var placeUnknown = unknownPlace;
        if (!query.text().isEmpty() && !TextQueryBuilder.hasWords(analyzers, query.text())) {
            return new SearchResult(0, List.of(), SearchResult.Facets.NONE, placeOrigin, placeUnknown, null, false, true);
        }
        return withSearcher(searcher -> {
            var reader = searcher.getIndexReader();
            var result = search(searcher, query, selection, placeOrigin, placeUnknown,
                    TextQueryBuilder.build(analyzers, reader, query.text()), false);
            if (result.total() == 0) {
                var any = TextQueryBuilder.buildRelaxed(analyzers, reader, query.text());
                if (any != null) {
                    var relaxed = search(searcher, query, selection, placeOrigin, placeUnknown, any, true);
                    if (relaxed.total() > 0) {
                        return relaxed;
                    }
                }
            }
            return result;
        });
    }

    private SearchResult search(IndexSearcher searcher, VacancyQuery query, Selection selection,
            @Nullable Place placeOrigin, @Nullable String placeUnknown, @Nullable Query built, boolean partial)
            throws IOException {
        // rewritten once, typo variants become the terms they matched: otherwise the highlighter
        // walks the whole title vocabulary for every hit to find what a fuzzy clause matched
        var text = built == null ? null : searcher.rewrite(built);
        var from = (long) query.page() * query.pageSize();
        var wanted = (int) Math.min(from + query.pageSize(), MAX_RESULT_WINDOW);
        var sort = sort(query.sort(), text, placeOrigin);
        var found = collect(searcher, text, selection, sort, Math.max(1, wanted), sort.needsScores());
        var scoreDocs = found.top().scoreDocs;
        var pageDocs = new int[from >= scoreDocs.length ? 0 : (int) (Math.min(scoreDocs.length, wanted) - from)];
        for (int i = 0; i < pageDocs.length; i++) {
            pageDocs[i] = scoreDocs[(int) from + i].doc;
        }
        var hits = hits(searcher, text, pageDocs, placeOrigin);
        var total = found.tally().total;
        var didYouMean = text != null && !partial && total < FEW_HITS
                ? didYouMean(searcher, query.text(), selection, total) : null;
        return new SearchResult(total, hits, found.tally().toFacets(), placeOrigin, placeUnknown, didYouMean, partial,
                false);
    }

    /** Closes the index; changes that were not committed are dropped. */
    @Override
    public void close() {
        writing.lock();
        try {
            suggestionBuilder.shutdownNow();
            suggestionBuilder.awaitTermination(10, TimeUnit.SECONDS);
            searchers.close();
            writer.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while closing the vacancy index", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the vacancy index", e);
        } finally {
            writing.unlock();
        }
    }

    private SidewaysCollector.Result collect(IndexSearcher searcher, @Nullable Query text, Selection selection,
            Sort sort, int wanted, boolean nearerFirst) throws IOException {
        var query = new BooleanQuery.Builder()
                .add(text == null ? MatchAllDocsQuery.INSTANCE : text, BooleanClause.Occur.MUST)
                .add(openOn(selection.today()), BooleanClause.Occur.FILTER);
        var origin = selection.origin();
        if (origin != null && text != null && nearerFirst) {
            query.add(LatLonPoint.newDistanceFeatureQuery(VacancyDocuments.LOCATION, NEAR_WEIGHT, origin.latitude(),
                    origin.longitude(), NEAR_PIVOT_KM * 1000), BooleanClause.Occur.SHOULD);
        }
        if (origin != null && selection.radiusKm() != null) {
            // nothing beyond the largest radius chip is a hit or counted for any chip
            var largest = FacetTally.RADII_KM[FacetTally.RADII_KM.length - 1] + PREFILTER_MARGIN_KM;
            query.add(LatLonPoint.newDistanceQuery(VacancyDocuments.LOCATION, origin.latitude(), origin.longitude(),
                    largest * 1000), BooleanClause.Occur.FILTER);
        }
        var top = new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE);
        return searcher.search(query.build(), SidewaysCollector.manager(top, selection));
    }

    private static Sort sort(VacancyQuery.Sort requested, @Nullable Query text, @Nullable Place origin) {
        var newest = new SortField(VacancyDocuments.POSTED, SortField.Type.LONG, true);
        var latestId = new SortField(VacancyDocuments.ID, SortField.Type.LONG, true);
        // without words, the list starts near the place (the terminal's own, by default)
        if (origin != null && (requested == VacancyQuery.Sort.NEAREST
                || requested == VacancyQuery.Sort.RELEVANCE && text == null)) {
            return new Sort(LatLonDocValuesField.newDistanceSort(VacancyDocuments.LOCATION, origin.latitude(),
                    origin.longitude()), newest, latestId);
        }
        if (requested != VacancyQuery.Sort.NEWEST && text != null) {
            return new Sort(SortField.FIELD_SCORE, newest, latestId);
        }
        return new Sort(newest, latestId);
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, @Nullable Query text, int[] docs,
            @Nullable Place origin) throws IOException {
        var storedFields = searcher.storedFields();
        var stored = new Document[docs.length];
        for (int i = 0; i < docs.length; i++) {
            stored[i] = storedFields.document(docs[i], VacancyDocuments.CARD_FIELDS);
        }
        var texts = highlighter.highlight(searcher, text, docs, stored);
        var hits = new ArrayList<SearchResult.Hit>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            var card = VacancyDocuments.Card.of(stored[i]);
            Double distanceKm = null;
            if (origin != null && card.latitude() != null && card.longitude() != null) {
                var meters = SloppyMath.haversinMeters(origin.latitude(), origin.longitude(), card.latitude(),
                        card.longitude());
                distanceKm = Math.round(meters / 100) / 10.0;
            }
            hits.add(new SearchResult.Hit(card.id(), card.title(), texts[i].titleHtml(), texts[i].snippetHtml(),
                    card.employer(), card.postcode(), card.locality(), distanceKm, card.regimes(), card.contracts(),
                    card.datePosted(), card.country(), card.remote()));
        }
        return hits;
    }

    /** A corrected text, offered only when it finds more than the visitor's own text did. */
    private @Nullable String didYouMean(IndexSearcher searcher, String typed, Selection selection, long total)
            throws IOException {
        var corrected = speller.correct(searcher.getIndexReader(), typed);
        if (corrected == null) {
            return null;
        }
        var query = TextQueryBuilder.build(analyzers, searcher.getIndexReader(), corrected);
        if (query == null) {
            return null;
        }
        var found = collect(searcher, query, selection, Sort.INDEXORDER, 1, false);
        return found.tally().total > total ? corrected : null;
    }

    /** Valid through the day or later; one search uses one day, even across midnight. */
    private static Query openOn(long epochDay) {
        return LongPoint.newRangeQuery(VacancyDocuments.EXPIRES, epochDay, Long.MAX_VALUE);
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
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, schema, SEQUENCE_KEY, Long.toString(sequence)).entrySet());
        writer.commit();
        committedSequence = sequence;
        searchers.maybeRefreshBlocking();
        rebuildSuggestions();
    }

    /** Queues a build of the suggestion table from the current commit, unless one is queued. */
    private void rebuildSuggestions() {
        if (!suggestionsQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            suggestionBuilder.execute(() -> {
                // cleared first: a commit during this build queues the next one
                suggestionsQueued.set(false);
                try {
                    var searcher = searchers.acquire();
                    try {
                        suggestions = Suggestions.of(searcher.getIndexReader(), LocalDate.now(clock).toEpochDay(),
                                thesaurus.suggestionLabels(), thesaurus.compounds());
                    } finally {
                        searchers.release(searcher);
                    }
                } catch (IOException | RuntimeException e) {
                    log.warn("Autocomplete keeps its previous suggestions: rebuilding them failed", e);
                }
            });
        } catch (RejectedExecutionException closed) {
            suggestionsQueued.set(false);
        }
    }

    /** Waits until the suggestion table reflects the last commit; for tests and the benchmark. */
    void awaitSuggestions() {
        try {
            suggestionBuilder.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After a failed rebuild: the writer drops everything since the last commit and starts again. */
    private void discardUncommitted(Throwable failure) {
        try {
            writer.rollback();
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

    private interface Write {
        void run() throws IOException;
    }

    private void write(Write change) {
        writing.lock();
        try {
            if (!writer.isOpen()) {
                // a tragic failure (disk full, say) closed it; the last commit is intact
                writer = openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            }
            change.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the vacancy index", e);
        } finally {
            writing.unlock();
        }
    }

    private interface Read<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Read<T> read) {
        try {
            var searcher = searchers.acquire();
            try {
                return read.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the vacancy index", e);
        }
    }
}
