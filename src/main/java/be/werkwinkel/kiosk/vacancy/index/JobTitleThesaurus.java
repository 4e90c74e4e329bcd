package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import be.werkwinkel.kiosk.reference.EscoOccupations.Occupation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the index knows about job titles, derived from the ESCO occupations: which titles mean the
 * same (synonyms, applied to queries), which words compounds are made of (applied when indexing),
 * and which labels autocomplete may offer on a screen in Dutch, French or English.
 *
 * <h2>The synonym rule</h2>
 * The labels of one ESCO occupation (preferred and alternative, in Dutch, French and English) are
 * synonyms of each other, so "beenhouwer" finds "slager" and "soudeur" or "welder" finds "lasser". Labels are compared after analysis (case, accents, stop words,
 * stemming) and cleaned first: a qualifier in parentheses is dropped ("wever (weefmachine)" is
 * "wever") and a one-word label with a slash is two labels ("acteur/actrice"). Then:
 * <ol>
 *   <li>A label shared by occupations in different ISCO unit groups is ambiguous and left out
 *       ("lasser" is a welder, a welding inspector and a metalworker).
 *   <li>A one-word label whose word occurs in the labels of more than {@value #GENERIC_OCCUPATIONS}
 *       occupations is too generic to expand ("chef", "manager", "operator", "chauffeur").
 *   <li>A label expands to the labels of every occupation that has it: "beenhouwer", a label of
 *       both "slager" and "slachter" (both 7511), finds both. This is not transitive: a label of
 *       "slachter" only does not expand to the labels of "slager". Rules 1 and 2 decide what
 *       expands, not what is expanded to: "soudeur" finds the ambiguous "lasser", and a generic
 *       preferred label ("productiemedewerker") is still reached from its other names.
 *   <li>An expansion keeps the {@value #MAX_EXPANSIONS} labels with the fewest words, preferred
 *       labels first (so a French or English word always reaches the Dutch name of its job), so
 *       that no typed word turns into more alternatives than that.
 * </ol>
 *
 * <h2>The compound dictionary</h2>
 * Every word of four letters or more in an ESCO label, plus {@link #EXTRA_WORDS}.
 */
public final class JobTitleThesaurus {

    static final int GENERIC_OCCUPATIONS = 10;
    static final int MAX_EXPANSIONS = 16;

    /**
     * Words visitors use that ESCO's Dutch labels lack (Flemish words such as "technieker" and
     * "magazijnier", "jobstudent"), or that are shorter than the four letters taken from ESCO but
     * common in compounds ("kok" in "hulpkok", "bus" in "buschauffeur").
     */
    static final Set<String> EXTRA_WORDS = Set.of("kok", "bus", "taxi", "bode", "dag", "nacht", "ploeg",
            "weekend", "student", "jobstudent", "interim", "technieker", "magazijnier", "poets", "kassa",
            "winkel", "keuken", "afwas", "vaat", "zaal", "horeca", "bouw", "tuin", "zorg", "thuis", "kinder",
            "school", "fabriek", "productie", "heftruck", "reachtruck", "vrachtwagen", "bestelwagen",
            "chauffeur", "koerier", "medewerker", "medewerkster", "bediende", "arbeider", "arbeidster",
            "helper", "hulp", "verkoper", "verkoopster", "schoonmaak", "onderhoud", "logistiek", "order",
            "picker", "inpak", "verpak", "machine", "operator");

    private static final Logger log = LoggerFactory.getLogger(JobTitleThesaurus.class);
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)");

    private final CompoundSplitter compounds;
    private final List<String> labels;
    private final String fingerprint;
    /** What only queries and autocomplete need, and takes seconds to derive. */
    private final CompletableFuture<ForQueries> forQueries = new CompletableFuture<>();
    private final AtomicBoolean deriving = new AtomicBoolean();
    private final Runnable derive;

    private record ForQueries(Map<String, Set<String>> expansions, SynonymMap synonyms,
            Map<KioskLanguage, Suggestions.Labels> suggestionLabels) {
    }

    /**
     * Derives everything from the occupations, in about three seconds; make one per application.
     * The result is immutable and safe to share between threads and indexes.
     */
    public JobTitleThesaurus(EscoOccupations occupations) {
        this(occupations, Runnable::run);
        deriveForQueries();
    }

    /**
     * Derives what indexing needs (the compound dictionary) at once, and what only queries and
     * autocomplete need (synonyms, a table of suggestion labels per screen language) later, on a
     * thread of its own: when {@link #deriveForQueries()} is called once the kiosk is up, or at the
     * first search if that comes earlier (which then waits for it). On two cores, deriving while
     * the application starts would take a core from the start.
     */
    public static JobTitleThesaurus inBackground(EscoOccupations occupations) {
        return new JobTitleThesaurus(occupations, task -> {
            var thread = new Thread(task, "job-title-thesaurus");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private JobTitleThesaurus(EscoOccupations occupations, Executor derivation) {
        var all = occupations.all();
        var cleaned = all.stream().map(occupation -> cleanLabels(occupation.labels())).toList();
        this.labels = cleaned.stream().flatMap(List::stream).distinct().toList();
        var dictionary = dictionary(all);
        this.compounds = new CompoundSplitter(dictionary);
        this.fingerprint = Integer.toHexString(new TreeSet<>(dictionary).hashCode());
        this.derive = () -> derivation.execute(() -> {
            try {
                forQueries.complete(forQueries(occupations, cleaned));
            } catch (RuntimeException | Error failure) {
                // searches would each fail with it: say it once, where the start-up log is read
                log.error("The job-title thesaurus could not be derived from the ESCO occupations", failure);
                forQueries.completeExceptionally(failure);
            }
        });
    }

    /** Starts deriving what queries and autocomplete need, unless that has started already. */
    public void deriveForQueries() {
        if (deriving.compareAndSet(false, true)) {
            derive.run();
        }
    }

    private ForQueries forQueries(EscoOccupations occupations, List<List<String>> cleaned) {
        var all = occupations.all();
        var plain = TextAnalysis.plain();
        var preferred = new HashSet<String>();
        var everyLanguage = new ArrayList<List<String>>(all.size());
        var byLanguage = new EnumMap<KioskLanguage, List<List<String>>>(KioskLanguage.class);
        byLanguage.put(KioskLanguage.DUTCH, cleaned);
        for (int i = 0; i < all.size(); i++) {
            var occupation = all.get(i);
            var labelsOf = new ArrayList<>(cleaned.get(i));
            preferred.addAll(cleanLabels(List.of(occupation.preferredLabel())));
            for (var language : EscoOccupations.OTHER_LANGUAGES) {
                var other = occupations.labels(language).getOrDefault(occupation.uri(), List.of());
                if (!other.isEmpty()) {
                    preferred.addAll(cleanLabels(List.of(other.getFirst())));
                }
                var cleanedOther = cleanLabels(other);
                labelsOf.addAll(cleanedOther);
                KioskLanguage.byCode(language).ifPresent(screen ->
                        byLanguage.computeIfAbsent(screen, k -> new ArrayList<>()).add(cleanedOther));
            }
            everyLanguage.add(labelsOf);
        }
        var preferredKeys = new HashSet<String>();
        preferred.forEach(label -> preferredKeys.add(String.join(" ", TextAnalysis.terms(plain, label))));
        var expansions = expansions(all, everyLanguage, plain, preferredKeys);
        return new ForQueries(expansions, synonymMap(expansions), suggestionLabels(all, byLanguage));
    }

    /**
     * A table of labels per screen language, and each occupation's name in it by the Dutch preferred
     * label that vacancies carry as their occupation. Dutch labels are split at their compound parts
     * ("chauf" finds "vrachtwagenchauffeur"); French and English ones write their words apart.
     */
    private Map<KioskLanguage, Suggestions.Labels> suggestionLabels(List<Occupation> all,
            Map<KioskLanguage, List<List<String>>> byLanguage) {
        var result = new EnumMap<KioskLanguage, Suggestions.Labels>(KioskLanguage.class);
        byLanguage.forEach((language, labelsOf) -> {
            var names = new HashMap<String, String>();
            var texts = new ArrayList<String>();
            for (int i = 0; i < all.size(); i++) {
                var own = labelsOf.get(i);
                if (!own.isEmpty()) {
                    texts.addAll(own);
                    names.putIfAbsent(Suggestions.normalise(Suggestions.clean(all.get(i).preferredLabel())),
                            own.getFirst());
                }
            }
            var dutch = language == KioskLanguage.DUTCH;
            result.put(language, new Suggestions.Labels(dutch ? labels : texts,
                    dutch ? compounds : Suggestions.Labels.NO_COMPOUNDS, names));
        });
        return Map.copyOf(result);
    }

    /** The synonym map for the query analyzer, with stemmed terms. */
    SynonymMap synonyms() {
        deriveForQueries();
        return forQueries.join().synonyms();
    }

    CompoundSplitter compounds() {
        return compounds;
    }

    /** Every cleaned Dutch ESCO label, for autocomplete on a Dutch screen. */
    List<String> labels() {
        return labels;
    }

    /**
     * The labels of each screen language, prepared for autocomplete once rather than after every
     * commit. Waits until they are derived, without starting that: autocomplete is built in the
     * background and may wait for the kiosk to be up.
     */
    Map<KioskLanguage, Suggestions.Labels> suggestionLabels() {
        return forQueries.join().suggestionLabels();
    }

    /** Changes when the compound dictionary changes, which changes how titles are indexed. */
    String fingerprint() {
        return fingerprint;
    }

    /** The analysed labels a label expands to (itself included), empty when it does not expand. */
    Set<String> synonymsOf(String label) {
        var key = String.join(" ", TextAnalysis.terms(TextAnalysis.plain(), label));
        deriveForQueries();
        return forQueries.join().expansions().getOrDefault(key, Set.of());
    }

    /** The labels as autocomplete and the synonyms use them: without qualifiers, "x/y" as two. */
    static List<String> cleanLabels(List<String> labels) {
        var result = new ArrayList<String>();
        for (var label : labels) {
            var clean = QUALIFIER.matcher(label).replaceAll("").strip();
            if (clean.contains("/") && clean.indexOf('/') == clean.lastIndexOf('/')
                    && (!clean.contains(" ") || clean.matches("[^/]+ [^/]*/[^/]* [^/]+"))) {
                // "soudeur/soudeuse", "conducteur de bus/conductrice de bus"
                Arrays.stream(clean.split("/")).map(String::strip).filter(s -> !s.isEmpty()).forEach(result::add);
            } else if (!clean.isEmpty()) {
                result.add(clean);
            }
        }
        return result;
    }

    /** Analysed label to the analysed labels it expands to, by the rule in the class comment. */
    private static Map<String, Set<String>> expansions(List<Occupation> all, List<List<String>> cleaned,
            Analyzer plain, Set<String> preferredKeys) {
        var keysOf = new ArrayList<List<String>>(all.size());
        var occupationsOfKey = new HashMap<String, Set<Integer>>();
        var unitGroupsOfKey = new HashMap<String, Set<String>>();
        var occupationsOfWord = new HashMap<String, Set<Integer>>();
        for (int i = 0; i < all.size(); i++) {
            var keys = new LinkedHashSet<String>();
            for (var label : cleaned.get(i)) {
                var terms = TextAnalysis.terms(plain, label);
                if (terms.isEmpty()) {
                    continue;
                }
                var key = String.join(" ", terms);
                keys.add(key);
                occupationsOfKey.computeIfAbsent(key, k -> new HashSet<>()).add(i);
                unitGroupsOfKey.computeIfAbsent(key, k -> new HashSet<>()).add(all.get(i).iscoGroup());
                for (var term : terms) {
                    occupationsOfWord.computeIfAbsent(term, k -> new HashSet<>()).add(i);
                }
            }
            keysOf.add(List.copyOf(keys));
        }
        var usable = new HashSet<String>();
        var reachable = new HashSet<String>();
        for (var key : occupationsOfKey.keySet()) {
            var ambiguous = unitGroupsOfKey.get(key).size() > 1;
            var generic = !key.contains(" ") && occupationsOfWord.get(key).size() > GENERIC_OCCUPATIONS;
            if (!ambiguous && !generic) {
                usable.add(key);
            }
            // a word other occupations share is still what a posting of this one may say
            // ("soudeur" finds "lasser"), and a generic preferred label is still its name
            // ("factory hand" finds "productiemedewerker")
            if (!generic || preferredKeys.contains(key)) {
                reachable.add(key);
            }
        }
        var preferredFirst = Comparator.comparing((String label) -> !preferredKeys.contains(label))
                .thenComparingInt(JobTitleThesaurus::wordCount);
        // most labels belong to one occupation, and the labels of one set of occupations all expand
        // alike: derive each set's expansion once
        var expansionOf = new HashMap<Set<Integer>, Set<String>>();
        var result = new HashMap<String, Set<String>>();
        for (var key : usable) {
            var kept = expansionOf.computeIfAbsent(occupationsOfKey.get(key), occupations -> {
                var expansion = new LinkedHashSet<String>();
                occupations.stream().sorted().forEach(occupation ->
                        keysOf.get(occupation).stream().filter(reachable::contains).forEach(expansion::add));
                return expansion.size() < 2 ? Set.of()
                        : Set.copyOf(expansion.stream().sorted(preferredFirst).limit(MAX_EXPANSIONS).toList());
            });
            if (!kept.isEmpty()) {
                result.put(key, kept);
            }
        }
        return Map.copyOf(result);
    }

    private static int wordCount(String key) {
        int words = 1;
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            words++;
        }
        return words;
    }

    private static SynonymMap synonymMap(Map<String, Set<String>> expansions) {
        var builder = new SynonymMap.Builder(true);
        var scratch = new CharsRefBuilder();
        // the same few thousand labels are the targets of many words: join each once
        var joined = new HashMap<String, CharsRef>();
        Function<String, CharsRef> join = label -> joined.computeIfAbsent(label,
                words -> CharsRef.deepCopyOf(SynonymMap.Builder.join(words.split(" "), scratch)));
        expansions.forEach((from, targets) -> {
            var words = join.apply(from);
            for (var to : targets) {
                if (!from.equals(to)) {
                    builder.add(words, join.apply(to), true);
                }
            }
        });
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building an in-memory synonym map cannot fail", e);
        }
    }

    private static Set<String> dictionary(List<Occupation> all) {
        var words = TextAnalysis.words();
        var result = new HashSet<>(EXTRA_WORDS);
        for (var occupation : all) {
            for (var label : occupation.labels()) {
                for (var word : TextAnalysis.terms(words, label)) {
                    if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)
                            && !TextAnalysis.STOP_WORDS.contains(word)) {
                        result.add(word);
                    }
                }
            }
        }
        return Set.copyOf(result);
    }
}
