package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.demo.DemoVacancies;
import be.werkwinkel.kiosk.vacancy.ingest.FeedVacancies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures search relevance against the judged set in {@code src/test/resources/relevance} (see
 * {@code src/benchmark/relevance/make_relevance_set.py}): MAP, MRR, success@10 and the zero-result
 * rate per language, on the demo vacancies and on the set's own job-board postings. A posting is a
 * judged answer to a query when it names the query's ESCO occupation. Queries with no judged answer
 * in a corpus do not count for that corpus.
 *
 * <pre>mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=be.werkwinkel.kiosk.vacancy.index.RelevanceBenchmark [-Dexec.args="test 5000"]</pre>
 *
 * Arguments: the split to measure ({@code dev}, {@code test} or {@code all}, default all) and the
 * number of demo vacancies (default 5000). {@code -v} as third argument prints every query that
 * finds no judged answer in the top 10.
 */
public final class RelevanceBenchmark {

    private static final int DEPTH = 100;
    private static final long DEMO_SEED = 42;

    record Query(String split, String language, String kind, String text, String uri) {
    }

    record Posting(String id, String title, String uri, String language, String postcode, String regime) {
    }

    /** Sums of per-query figures. */
    static final class Figures {
        int queries;
        double averagePrecision;
        double reciprocalRank;
        int successAt10;
        int zeroResults;

        void add(double ap, double rr, boolean success, boolean zero) {
            queries++;
            averagePrecision += ap;
            reciprocalRank += rr;
            successAt10 += success ? 1 : 0;
            zeroResults += zero ? 1 : 0;
        }

        String row(String label) {
            return "| %-14s | %4d | %.3f | %.3f | %5.1f %% | %5.1f %% |".formatted(label, queries,
                    averagePrecision / queries, reciprocalRank / queries, 100.0 * successAt10 / queries,
                    100.0 * zeroResults / queries);
        }
    }

    /** Sums of per-query figures for autocomplete, on the half-typed queries. */
    static final class SuggestionFigures {
        int queries;
        int answered;
        int shown;
        int foreign;
        int none;

        String row(String label) {
            return "| %-14s | %4d | %5.1f %% | %5.1f %% | %5.1f %% |".formatted(label, queries,
                    100.0 * answered / queries, shown == 0 ? 0.0 : 100.0 * foreign / shown, 100.0 * none / queries);
        }
    }

    /** As many suggestions as the search screen shows. */
    private static final int SUGGESTIONS = 6;

    private RelevanceBenchmark() {
    }

    public static void main(String[] args) {
        var split = args.length > 0 ? args[0] : "all";
        var demoCount = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        var verbose = args.length > 2 && args[2].equals("-v");
        var queries = queries().stream().filter(q -> split.equals("all") || q.split().equals(split)).toList();
        var labelsToUris = labelsToUris();

        var own = postings();
        var ownUris = new HashMap<Long, String>();
        var ownVacancies = FeedVacancies.read(ownFeed(own), Reference.ESCO, Reference.PLACES, Reference.CLOCK);
        for (int i = 0; i < ownVacancies.size(); i++) {
            ownUris.put((long) i + 1, own.get(i).uri());
        }
        var demoVacancies = FeedVacancies.read(new DemoVacancies(Reference.ESCO, Reference.PLACES)
                .ndjson(demoCount, DEMO_SEED, Reference.TODAY), Reference.ESCO, Reference.PLACES, Reference.CLOCK);
        var demoUris = new HashMap<Long, Set<String>>();
        for (int i = 0; i < demoVacancies.size(); i++) {
            demoUris.put((long) i + 1, labelsToUris.getOrDefault(key(demoVacancies.get(i).title()), Set.of()));
        }
        System.out.println("Relevance, split " + split + ": " + queries.size() + " queries; " + own.size()
                + " own postings, " + demoVacancies.size() + " demo vacancies (seed " + DEMO_SEED + ")");
        System.out.println();
        measure("own postings", ownVacancies, id -> Set.of(ownUris.get(id)), queries, verbose);
        measure("demo vacancies", demoVacancies, demoUris::get, queries, verbose);
    }

    private interface Judge {
        Set<String> urisOf(long id);
    }

    private static void measure(String corpus, List<Vacancy> vacancies, Judge judge, List<Query> queries,
            boolean verbose) {
        var numbered = new ArrayList<Vacancy>();
        for (int i = 0; i < vacancies.size(); i++) {
            numbered.add(withId(vacancies.get(i), i + 1));
        }
        var byLanguage = new TreeMap<String, Figures>();
        var byKind = new TreeMap<String, Figures>();
        var total = new Figures();
        var skipped = 0;
        Map<String, SuggestionFigures> suggestions;
        try (var index = IndexFixture.open(new ByteBuffersDirectory())) {
            index.upsert(numbered);
            index.commit(1);
            var relevantCount = new HashMap<String, Integer>();
            for (int i = 0; i < numbered.size(); i++) {
                for (var uri : judge.urisOf(i + 1)) {
                    relevantCount.merge(uri, 1, Integer::sum);
                }
            }
            for (var query : queries) {
                var relevant = relevantCount.getOrDefault(query.uri(), 0);
                if (relevant == 0) {
                    skipped++;
                    continue;
                }
                var result = index.search(TestQuery.text(query.text()).screen(screen(query)).page(0, DEPTH).build());
                var ids = result.hits().stream().map(SearchResult.Hit::id).map(VacancyId::value).toList();
                double hits = 0;
                double precisionSum = 0;
                double reciprocal = 0;
                var success = false;
                for (int rank = 1; rank <= ids.size(); rank++) {
                    if (judge.urisOf(ids.get(rank - 1)).contains(query.uri())) {
                        hits++;
                        precisionSum += hits / rank;
                        if (reciprocal == 0) {
                            reciprocal = 1.0 / rank;
                        }
                        success |= rank <= 10;
                    }
                }
                var ap = precisionSum / relevant;
                byLanguage.computeIfAbsent(query.language(), k -> new Figures()).add(ap, reciprocal, success,
                        result.total() == 0);
                byKind.computeIfAbsent(query.kind(), k -> new Figures()).add(ap, reciprocal, success,
                        result.total() == 0);
                total.add(ap, reciprocal, success, result.total() == 0);
                if (verbose && !success) {
                    var top = result.hits().stream().limit(3).map(hit -> hit.title().text())
                            .collect(Collectors.joining(" | "));
                    System.out.printf("  miss [%s %s %s] %s (total %d) top: %s%n", corpus, query.language(),
                            query.kind(), query.text(), result.total(), top);
                }
            }
            index.awaitSuggestions();
            suggestions = measureSuggestions(corpus, index, numbered, judge, queries, verbose);
        }
        System.out.println("### " + corpus + " (" + skipped + " queries without a judged answer here left out)");
        System.out.println();
        System.out.println("| language/kind  |    n |   MAP |   MRR | succ@10 | zero res. |");
        System.out.println("|----------------|-----:|------:|------:|--------:|----------:|");
        byLanguage.forEach((language, figures) -> System.out.println(figures.row(language)));
        System.out.println(total.row("all"));
        byKind.forEach((kind, figures) -> System.out.println(figures.row("  " + kind)));
        System.out.println();
        System.out.println("Autocomplete on the half-typed queries: answered = one of the first " + SUGGESTIONS
                + " suggestions names the query's occupation in the query's language; foreign = suggestions in"
                + " no label or posting title of that language.");
        System.out.println();
        System.out.println("| language       |    n | answered | foreign | none |");
        System.out.println("|----------------|-----:|---------:|--------:|-----:|");
        suggestions.forEach((language, figures) -> System.out.println(figures.row(language)));
        System.out.println();
    }

    /**
     * What autocomplete offers for the half-typed queries, on a screen in the query's language: does
     * one of the suggestions name the job meant, in that language, and how many are in another one.
     */
    private static Map<String, SuggestionFigures> measureSuggestions(String corpus, VacancyIndex index,
            List<Vacancy> vacancies, Judge judge, List<Query> queries, boolean verbose) {
        // per language: every label and posting title, and those of each occupation
        var textsOf = new HashMap<String, Set<String>>();
        var textsOfOccupation = new HashMap<String, Map<String, Set<String>>>();
        for (var occupation : Reference.ESCO.all()) {
            for (var label : JobTitleThesaurus.cleanLabels(occupation.labels())) {
                addText(textsOf, textsOfOccupation, "nl", occupation.uri(), Suggestions.normalise(label));
            }
        }
        for (var language : List.of("fr", "en")) {
            Reference.ESCO.labels(language).forEach((uri, labels) -> JobTitleThesaurus.cleanLabels(labels)
                    .forEach(label -> addText(textsOf, textsOfOccupation, language, uri, Suggestions.normalise(label))));
        }
        for (var vacancy : vacancies) {
            var key = Suggestions.normalise(Suggestions.clean(vacancy.title()));
            textsOf.computeIfAbsent(vacancy.language(), k -> new HashSet<>()).add(key);
            for (var uri : judge.urisOf(vacancy.id().value())) {
                addText(textsOf, textsOfOccupation, vacancy.language(), uri, key);
            }
        }
        var result = new TreeMap<String, SuggestionFigures>();
        var all = new SuggestionFigures();
        for (var query : queries) {
            if (!query.kind().equals("partial")) {
                continue;
            }
            var offered = index.suggest(query.text(), screen(query), SUGGESTIONS);
            var own = textsOf.getOrDefault(query.language(), Set.of());
            var meant = textsOfOccupation.getOrDefault(query.language(), Map.of()).getOrDefault(query.uri(), Set.of());
            var keys = offered.stream().map(Suggestions::normalise).toList();
            var answered = keys.stream().anyMatch(meant::contains);
            var foreign = (int) keys.stream().filter(key -> !own.contains(key)).count();
            for (var figures : List.of(result.computeIfAbsent(query.language(), k -> new SuggestionFigures()), all)) {
                figures.queries++;
                figures.answered += answered ? 1 : 0;
                figures.shown += keys.size();
                figures.foreign += foreign;
                figures.none += offered.isEmpty() ? 1 : 0;
            }
            if (verbose && (!answered || foreign > 0)) {
                System.out.printf("  suggest [%s %s] %s: %s%n", corpus, query.language(), query.text(), offered);
            }
        }
        var inOrder = new LinkedHashMap<String, SuggestionFigures>(result);
        inOrder.put("all", all);
        return inOrder;
    }

    /** A visitor who types in a language reads the screen in it. */
    private static KioskLanguage screen(Query query) {
        return KioskLanguage.byCode(query.language()).orElseThrow();
    }

    private static void addText(Map<String, Set<String>> textsOf, Map<String, Map<String, Set<String>>> textsOfOccupation,
            String language, String uri, String key) {
        textsOf.computeIfAbsent(language, k -> new HashSet<>()).add(key);
        textsOfOccupation.computeIfAbsent(language, k -> new HashMap<>()).computeIfAbsent(uri, k -> new HashSet<>())
                .add(key);
    }

    private static Vacancy withId(Vacancy v, long id) {
        return new Vacancy(new VacancyId(id), v.source(), v.identifier(), v.title(), v.descriptionHtml(),
                v.descriptionText(), v.datePosted(), v.validThrough(), v.contracts(), v.regimes(), v.employer(),
                v.location(), v.sector(), v.occupation(), v.education(), v.educationText(), v.experience(),
                v.experienceText(), v.skills(), v.workHours(), v.salary(), v.language(), v.url(), v.directApply(),
                v.applicationContact());
    }

    /** Own postings as a JobPosting feed, with a short description in their own language. */
    private static InputStream ownFeed(List<Posting> postings) {
        var json = JsonMapper.shared();
        var feed = new StringBuilder();
        for (var posting : postings) {
            var place = Reference.PLACES.find(posting.postcode()).orElseThrow();
            var description = switch (posting.language()) {
                case "fr" -> "Nous cherchons un nouveau collègue à " + place.name() + ".";
                case "en" -> "We are looking for a new colleague in " + place.name() + ".";
                default -> "Wij zoeken een nieuwe collega in " + place.name() + ".";
            };
            var fields = new LinkedHashMap<String, Object>();
            fields.put("@context", "https://schema.org");
            fields.put("@type", "JobPosting");
            fields.put("identifier", posting.id());
            fields.put("title", posting.title());
            fields.put("description", description);
            fields.put("datePosted", Reference.TODAY.minusDays(3).toString());
            fields.put("employmentType", posting.regime());
            fields.put("inLanguage", posting.language());
            fields.put("hiringOrganization", Map.of("@type", "Organization", "name", "Werkgever " + posting.id()));
            fields.put("jobLocation", Map.of("@type", "Place", "address", Map.of("@type", "PostalAddress",
                    "postalCode", place.postcode(), "addressLocality", place.name(), "addressCountry", "BE"),
                    "geo", Map.of("@type", "GeoCoordinates", "latitude", place.latitude(), "longitude",
                            place.longitude())));
            feed.append(json.writeValueAsString(fields)).append('\n');
        }
        return new ByteArrayInputStream(feed.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every ESCO label (Dutch, French, English, both forms of "x/y") to the occupations that have it. */
    private static Map<String, Set<String>> labelsToUris() {
        var result = new HashMap<String, Set<String>>();
        for (var occupation : Reference.ESCO.all()) {
            occupation.labels().forEach(label -> addLabel(result, label, occupation.uri()));
        }
        for (var language : List.of("fr", "en")) {
            Reference.ESCO.labels(language).forEach((uri, labels) -> labels.forEach(label -> addLabel(result, label, uri)));
        }
        return result;
    }

    private static void addLabel(Map<String, Set<String>> result, String label, String uri) {
        result.computeIfAbsent(key(label), k -> new HashSet<>()).add(uri);
        if (label.contains("/")) {
            for (var part : label.split("/")) {
                result.computeIfAbsent(key(part), k -> new HashSet<>()).add(uri);
            }
        }
    }

    /** A demo title without its gender tag, as a label key. */
    private static String key(String title) {
        return title.replace("(m/v/x)", "").strip().toLowerCase(Locale.ROOT);
    }

    private static List<Query> queries() {
        return lines("relevance/queries.tsv").stream().map(f -> new Query(f[0], f[1], f[2], f[3], f[4])).toList();
    }

    private static List<Posting> postings() {
        return lines("relevance/postings.tsv").stream().map(f -> new Posting(f[0], f[1], f[2], f[3], f[4], f[5]))
                .toList();
    }

    private static List<String[]> lines(String resource) {
        try (var in = RelevanceBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
