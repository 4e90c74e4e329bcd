package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.reference.Place;
import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.SloppyMath;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The searching half of the {@link VacancyIndex}: searches, counts, details and autocomplete
 * against the last commit, through a {@link SearcherManager}, from any number of threads. Reads
 * throw the {@link IOException}s Lucene gives, so that the index can tell damage from other
 * failures.
 */
final class VacancySearcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VacancySearcher.class);

    /** The radius prefilter's margin over the largest radius chip, for rounding in the geo encoding. */
    /**
     * With a place set, what being at the place adds to a relevance score (half of it at
     * {@value #NEAR_PIVOT_KM} km): enough to put the nearer of two about equally good hits first,
     * too little to lift a poor hit above a good one.
     */
    static final float NEAR_WEIGHT = 0.5f;
    static final double NEAR_PIVOT_KM = 10;
    private static final double PREFILTER_MARGIN_KM = 0.5;

    private final JobTitleThesaurus thesaurus;
    private final BelgianPlaces places;
    private final Clock clock;
    /** Made at the first search: the thesaurus may still be deriving its synonyms at start-up. */
    private volatile TextQueryBuilder.Analyzers analyzers;
    private final ResultHighlighter highlighter;
    private final SpellingCorrector speller = new SpellingCorrector();
    private final SearcherManager searchers;
    /** One table per screen language, replaced together. */
    private volatile Map<KioskLanguage, Suggestions> suggestions;
    /** One thread: tables are built in commit order, and a build never competes with another. */
    private final ExecutorService suggestionBuilder = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "vacancy-suggestions");
        thread.setDaemon(true);
        return thread;
    });
    /** Set while a build is queued but not started: commits in a burst then cause one build. */
    private final AtomicBoolean suggestionsQueued = new AtomicBoolean();

    VacancySearcher(Directory directory, JobTitleThesaurus thesaurus, BelgianPlaces places, Clock clock,
            Analyzer indexAnalyzer) throws IOException {
        this.thesaurus = thesaurus;
        this.places = places;
        this.clock = clock;
        this.highlighter = new ResultHighlighter(indexAnalyzer);
        // none until the first build in the background, which waits for the thesaurus's labels
        var none = Suggestions.Labels.NONE.withoutVacancies();
        this.suggestions = Arrays.stream(KioskLanguage.values()).collect(Collectors.toUnmodifiableMap(l -> l, l -> none));
        this.searchers = new SearcherManager(directory, null);
        rebuildSuggestions();
    }

    /** After a commit: searches see it before this returns; autocomplete follows in the background. */
    void refresh() {
        reopen();
        rebuildSuggestions();
    }

    /** After a commit that changed no document (a compaction): searches see it; autocomplete stays. */
    void reopen() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the new commit of the vacancy index", e);
        }
    }

    long count() throws IOException {
        return withSearcher(searcher -> (long) searcher.count(openOn(LocalDate.now(clock).toEpochDay())));
    }

    List<String> suggest(String typed, KioskLanguage language, int limit) {
        return suggestions.get(language).suggest(typed, limit);
    }

    /** The vacancy as it was indexed, expired or not. */
    Optional<Vacancy> find(VacancyId id) throws IOException {
        return withSearcher(searcher -> {
            var top = searcher.search(new TermQuery(VacancyDocuments.idTerm(id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            var document = searcher.storedFields().document(top.scoreDocs[0].doc, VacancyDocuments.DETAIL_FIELDS);
            return Optional.of(VacancyDocuments.vacancy(document));
        });
    }

    SearchResult search(VacancyQuery query) throws IOException {
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
        if (!query.text().isEmpty() && !TextQueryBuilder.hasWords(analyzers(), query.text())) {
            return new SearchResult(0, List.of(), SearchResult.Facets.NONE, placeOrigin, placeUnknown, null, false, true,
                    List.of());
        }
        return withSearcher(searcher -> {
            var reader = searcher.getIndexReader();
            // analysed once, for the query with every word and, when that finds nothing, with any
            var words = TextQueryBuilder.of(analyzers(), reader, query.text());
            var all = words == null ? null : words.all();
            var result = search(searcher, query, selection, placeOrigin, placeUnknown, all, false);
            if (result.total() == 0 && words != null) {
                var relaxed = relaxed(searcher, query, selection, placeOrigin, placeUnknown, words);
                if (relaxed != null && relaxed.total() > 0) {
                    return relaxed;
                }
                if (!foundAnywhere(searcher, all, selection)) {
                    var completed = completed(searcher, query, selection, placeOrigin, placeUnknown,
                            result.didYouMean());
                    if (completed != null) {
                        return completed;
                    }
                }
            }
            return result;
        });
    }

    /**
     * Near matches: any word may match. The texts with one word left out are part of that query;
     * when they make it larger than Lucene takes (five words with many synonyms), the words are
     * taken one by one only.
     */
    private @Nullable SearchResult relaxed(IndexSearcher searcher, VacancyQuery query, Selection selection,
            @Nullable Place placeOrigin, @Nullable String placeUnknown, TextQueryBuilder words) throws IOException {
        var any = words.any(true);
        if (any == null) {
            return null;
        }
        try {
            return search(searcher, query, selection, placeOrigin, placeUnknown, any, true);
        } catch (IndexSearcher.TooManyClauses tooLarge) {
            var byWord = words.any(false);
            return byWord == null ? null : search(searcher, query, selection, placeOrigin, placeUnknown, byWord, true);
        }
    }

    /**
     * Whether the text finds an open vacancy without the visitor's filters: then the filters found
     * nothing, not the text, and the way out is to widen them (the empty state offers it), not
     * other words.
     */
    private static boolean foundAnywhere(IndexSearcher searcher, @Nullable Query all, Selection selection)
            throws IOException {
        if (all == null) {
            return false;
        }
        return searcher.count(new BooleanQuery.Builder().add(all, BooleanClause.Occur.MUST)
                .add(openOn(selection.today()), BooleanClause.Occur.FILTER).build()) > 0;
    }

    /**
     * What the suggestions shown for the text find, when the text itself found nothing: a half-typed
     * French or English word ("soign") has no title word starting with it, since most titles are
     * Dutch, but autocomplete shows the jobs it starts ("soigneur d'animaux"), whose synonyms find
     * the Dutch vacancies. Enter then finds what the suggestions promised. A correction of the text
     * is still offered beside them. Null when there is nothing to complete or the suggestions find
     * nothing either.
     */
    private @Nullable SearchResult completed(IndexSearcher searcher, VacancyQuery query, Selection selection,
            @Nullable Place placeOrigin, @Nullable String placeUnknown, @Nullable String didYouMean)
            throws IOException {
        if (query.text().strip().length() < TextQueryBuilder.MIN_PREFIX) {
            return null;
        }
        var shown = suggest(query.text(), query.screenLanguage(), VacancySearch.SUGGESTIONS_SHOWN);
        var queries = new ArrayList<Query>();
        var searched = new ArrayList<String>();
        for (var suggestion : shown) {
            // spelled right: no typo variants, which would cost an automaton per rare word
            var built = TextQueryBuilder.buildAsSpelled(analyzers(), searcher.getIndexReader(), suggestion);
            if (built != null) {
                queries.add(built);
                searched.add(suggestion);
            }
        }
        // labels with many synonyms can make the query larger than Lucene takes: then fewer of them
        for (var count = queries.size(); count > 0; count /= 2) {
            var any = new BooleanQuery.Builder();
            queries.subList(0, count).forEach(built -> any.add(built, BooleanClause.Occur.SHOULD));
            try {
                var found = search(searcher, query, selection, placeOrigin, placeUnknown, any.build(), true);
                return found.total() == 0 ? null : new SearchResult(found.total(), found.hits(), found.facets(),
                        found.origin(), found.unknownPlace(), didYouMean, false, false, searched.subList(0, count));
            } catch (IndexSearcher.TooManyClauses tooLarge) {
                // fewer suggestions
            }
        }
        return null;
    }

    private SearchResult search(IndexSearcher searcher, VacancyQuery query, Selection selection,
            @Nullable Place placeOrigin, @Nullable String placeUnknown, @Nullable Query built, boolean partial)
            throws IOException {
        // rewritten once, typo variants become the terms they matched: otherwise the highlighter
        // walks the whole title vocabulary for every hit to find what a fuzzy clause matched
        var text = built == null ? null : searcher.rewrite(built);
        var from = (long) query.page() * query.pageSize();
        var wanted = (int) Math.min(from + query.pageSize(), VacancyIndex.MAX_RESULT_WINDOW);
        var sort = sort(query.sort(), text, placeOrigin);
        var found = collect(searcher, text, selection, sort, Math.max(1, wanted), sort.needsScores(), Long.MAX_VALUE);
        var scoreDocs = found.top().scoreDocs;
        var pageDocs = new int[from >= scoreDocs.length ? 0 : (int) (Math.min(scoreDocs.length, wanted) - from)];
        for (int i = 0; i < pageDocs.length; i++) {
            pageDocs[i] = scoreDocs[(int) from + i].doc;
        }
        var hits = hits(searcher, text, pageDocs, placeOrigin);
        var total = found.tally().total;
        var didYouMean = text != null && !partial && total < VacancyIndex.FEW_HITS
                ? didYouMean(searcher, query.text(), query.screenLanguage(), selection, total) : null;
        return new SearchResult(total, hits, found.tally().toFacets(), placeOrigin, placeUnknown, didYouMean, partial,
                false, List.of());
    }

    @Override
    public void close() {
        try {
            suggestionBuilder.shutdownNow();
            suggestionBuilder.awaitTermination(10, TimeUnit.SECONDS);
            searchers.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while closing the vacancy index", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the vacancy index", e);
        }
    }

    private SidewaysCollector.Result collect(IndexSearcher searcher, @Nullable Query text, Selection selection,
            Sort sort, int wanted, boolean nearerFirst, long enough) throws IOException {
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
            // through the points when the radius is what narrows the search, through each hit's doc
            // values when the text does: walking the point tree for a 50 km circle took a tenth of a search
            query.add(new IndexOrDocValuesQuery(
                    LatLonPoint.newDistanceQuery(VacancyDocuments.LOCATION, origin.latitude(), origin.longitude(),
                            largest * 1000),
                    LatLonDocValuesField.newSlowDistanceQuery(VacancyDocuments.LOCATION, origin.latitude(),
                            origin.longitude(), largest * 1000)), BooleanClause.Occur.FILTER);
        }
        var top = new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE);
        return searcher.search(query.build(), SidewaysCollector.manager(top, selection, enough));
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
            hits.add(new SearchResult.Hit(card.id(), card.source(), card.identifier(), texts[i].title(),
                    texts[i].snippet(), card.employer(), card.postcode(), card.locality(), distanceKm, card.regimes(),
                    card.contracts(), card.datePosted(), card.country(), card.remote()));
        }
        return hits;
    }

    /**
     * A corrected text in the screen's language, offered only when it finds more than the visitor's
     * own text did.
     */
    private @Nullable String didYouMean(IndexSearcher searcher, String typed, KioskLanguage language,
            Selection selection, long total) throws IOException {
        var corrected = speller.correct(searcher.getIndexReader(), typed, language);
        if (corrected == null) {
            return null;
        }
        var query = TextQueryBuilder.build(analyzers(), searcher.getIndexReader(), corrected);
        if (query == null) {
            return null;
        }
        // only whether it finds more: counting stops there
        var found = collect(searcher, query, selection, Sort.INDEXORDER, 1, false, total + 1);
        return found.tally().total > total ? corrected : null;
    }

    private TextQueryBuilder.Analyzers analyzers() {
        var made = analyzers;
        if (made == null) {
            // two searches at once may both make them; either result is the same
            made = TextQueryBuilder.Analyzers.of(thesaurus);
            analyzers = made;
        }
        return made;
    }

    /** Valid through the day or later; one search uses one day, even across midnight. */
    private static Query openOn(long epochDay) {
        return LongPoint.newRangeQuery(VacancyDocuments.EXPIRES, epochDay, Long.MAX_VALUE);
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
                                thesaurus.suggestionLabels());
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

    private interface Read<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Read<T> read) throws IOException {
        var searcher = searchers.acquire();
        try {
            return read.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }
}
