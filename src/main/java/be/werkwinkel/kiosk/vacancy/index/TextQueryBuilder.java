package be.werkwinkel.kiosk.vacancy.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a visitor typed into a query. The text is only ever analysed, never parsed: quotes,
 * stars and colons are just punctuation to the tokenizer, so no input can be a syntax error.
 *
 * <p>Every word must match (after stop words are dropped), but it may match in any field: "chauffeur
 * gent" finds a chauffeur job in Gent. Per word the fields compete in a dismax, weighted so a title
 * match ranks above a description match. Besides the word itself, a word matches through:
 * <ul>
 *   <li>its ESCO synonyms in Dutch, French and English: all single-word alternatives of a word form
 *       one {@link SynonymQuery} per field, weighed below the word typed, so a rare synonym never
 *       outweighs the common word typed; a multi-word synonym must match all its words;
 *   <li>its compound parts, when it is a compound: "magazijnmedewerker" finds "medewerker magazijn";
 *   <li>the masculine or plain form of a feminine or informal one ("lasster", "kuisvrouw");
 *   <li>titles with a word that starts with it, when no title has the word itself: a half-typed
 *       "vrachtw" finds what the suggestions show;
 *   <li>in titles, for a word that few titles contain and that is no known job word, a small typo
 *       ("heftruk" finds "heftruck"); only the first {@value #MAX_FUZZY_WORDS} such words.
 * </ul>
 * Teaching and training jobs ("docent …", "lector …") weigh half unless such a word was typed, so
 * the trade itself comes first.
 *
 * <p>{@link #any} is the fallback when nothing has every word: any word may match, and the
 * more words a vacancy has the higher it ranks.
 */
final class TextQueryBuilder extends QueryBuilder {

    /** The analysis a query needs, made once per index. */
    record Analyzers(Analyzer query, Analyzer typed, Analyzer folded, CompoundSplitter compounds,
            Predicate<String> hasSynonyms, TeachingJobs teaching) {

        static Analyzers of(JobTitleThesaurus thesaurus) {
            return new Analyzers(TextAnalysis.query(thesaurus.synonyms()), TextAnalysis.queryWithoutSynonyms(),
                    TextAnalysis.queryFolded(), thesaurus.compounds(), word -> !thesaurus.synonymsOf(word).isEmpty(),
                    new TeachingJobs(TEACHING));
        }
    }

    /** Field weights; the title decides most. */
    static final Map<String, Float> FIELDS = fields();
    /** The fields that name the job. */
    private static final Map<String, Float> JOB_FIELDS = Map.of(VacancyDocuments.TITLE, FIELDS.get(VacancyDocuments.TITLE),
            VacancyDocuments.OCCUPATION, FIELDS.get(VacancyDocuments.OCCUPATION));
    /** Fields that hold names, not jobs: only the words typed are looked for there, not their synonyms. */
    private static final Set<String> NAME_FIELDS = Set.of(VacancyDocuments.EMPLOYER, VacancyDocuments.LOCALITY);
    static final float FUZZY_TITLE_WEIGHT = 1.0f;
    /** What a synonym's occurrence counts for against the word typed (1). */
    static final float SYNONYM_WEIGHT = 0.6f;
    /** A compound typed matched through its parts, against the compound itself (1). */
    static final float PARTS_WEIGHT = 0.8f;
    /** A half-typed word matched as the start of a title word: below a whole title word (3). */
    static final float PREFIX_WEIGHT = 2.0f;
    /** What a teaching job about the word typed is worth against the job itself. */
    static final float TEACHING_WEIGHT = 0.5f;
    /** A typed word in this many titles is taken as meant: no typo variants for it. */
    static final int FUZZY_BELOW_TITLES = 3;
    static final int MAX_FUZZY_LENGTH = 30;
    static final int MAX_FUZZY_WORDS = 3;
    /** Up to this many words, the near-match query also tries every text with one word left out. */
    static final int MAX_WORDS_LEFT_OUT = 5;
    /** Shorter beginnings match too much to be what someone meant. */
    static final int MIN_PREFIX = 4;
    private static final int FUZZY_EXPANSIONS = 10;
    private static final float TIE_BREAKER = 0.1f;
    /** Only dummy: the analyzers are the same for every field. */
    private static final String ANY_FIELD = "text";
    /** Title words of teaching and training jobs (stemmed as the title field is). */
    private static final List<String> TEACHING = List.of("docent", "docente", "lector", "leraar", "lerares",
            "leerkracht", "lesgever", "opleider", "instructeur", "trainer", "professeur", "enseignant", "formateur",
            "teacher", "lecturer", "instructor");

    private final Analyzers analyzers;
    private final IndexReader reader;
    /** The words as typed (analysed, without synonyms). */
    private final Set<BytesRef> typed;
    /** Typed term to the folded word it was stemmed from. */
    private final Map<BytesRef, String> foldedOf;
    /** The terms that get typo variants. */
    private final Set<BytesRef> fuzzy;
    /** Whether a word may be half-typed, so that titles with words that start with it match. */
    private final boolean prefixes;
    /** The single-term alternatives made by {@link #newTermQuery}, to merge them when they compete. */
    private final Map<Query, TermAndBoost> single = new IdentityHashMap<>();

    private TextQueryBuilder(Analyzers analyzers, IndexReader reader, Map<BytesRef, String> foldedOf,
            Set<BytesRef> fuzzy, boolean prefixes) {
        super(analyzers.query());
        this.analyzers = analyzers;
        this.reader = reader;
        this.typed = foldedOf.keySet();
        this.foldedOf = foldedOf;
        this.fuzzy = fuzzy;
        this.prefixes = prefixes;
    }

    private static Map<String, Float> fields() {
        var fields = new LinkedHashMap<String, Float>();
        fields.put(VacancyDocuments.TITLE, 3.0f);
        fields.put(VacancyDocuments.OCCUPATION, 1.5f);
        fields.put(VacancyDocuments.EMPLOYER, 1.0f);
        fields.put(VacancyDocuments.LOCALITY, 1.0f);
        fields.put(VacancyDocuments.DESCRIPTION, 0.5f);
        return fields;
    }

    /** Whether the text has a word to search for: not only stop words, emoji or punctuation. */
    static boolean hasWords(Analyzers analyzers, String text) {
        return !TextAnalysis.terms(analyzers.typed(), text).isEmpty();
    }

    /** Every word must match. Null when the text has no searchable word (empty, only stop words or punctuation). */
    static @Nullable Query build(Analyzers analyzers, IndexReader reader, String text) {
        var builder = of(analyzers, reader, text);
        return builder == null ? null : builder.all();
    }

    /**
     * Every word must match, as spelled and whole: for a text known to be spelled right and typed
     * out (a suggestion of autocomplete), whose words no title has would otherwise each cost a typo
     * automaton and a search for title words that start with them.
     */
    static @Nullable Query buildAsSpelled(Analyzers analyzers, IndexReader reader, String text) {
        var builder = of(analyzers, reader, text, false);
        return builder == null ? null : builder.all();
    }

    /**
     * A builder for the text, which is analysed (and its words looked up in the index) once for both
     * {@link #all} and {@link #any}. Null when the text has no searchable word.
     */
    static @Nullable TextQueryBuilder of(Analyzers analyzers, IndexReader reader, String text) {
        return of(analyzers, reader, text, true);
    }

    private static @Nullable TextQueryBuilder of(Analyzers analyzers, IndexReader reader, String text,
            boolean asTyped) {
        var words = withPlainForms(analyzers, reader, withoutRepeatedWords(text));
        var stems = TextAnalysis.terms(analyzers.typed(), words);
        if (stems.isEmpty()) {
            return null;
        }
        var folded = TextAnalysis.terms(analyzers.folded(), words);
        var foldedOf = new HashMap<BytesRef, String>();
        for (int i = 0; i < stems.size(); i++) {
            // the chains differ only by the stemmer, so they give the same number of words
            foldedOf.putIfAbsent(new BytesRef(stems.get(i)), i < folded.size() ? folded.get(i) : stems.get(i));
        }
        // each typo variant costs an edit automaton: a few are plenty for what people type
        var fuzzy = foldedOf.keySet().stream()
                .filter(term -> asTyped && allowedEdits(term) > 0 && !knownWord(analyzers, foldedOf.get(term))
                        && rareInTitles(reader, term))
                .limit(MAX_FUZZY_WORDS).collect(Collectors.toSet());
        var builder = new TextQueryBuilder(analyzers, reader, Map.copyOf(foldedOf), fuzzy, asTyped);
        builder.words = words;
        return builder;
    }

    /** Every word must match. */
    Query all() {
        fields = FIELDS;
        return teachingBelowTrade(createBooleanQuery(ANY_FIELD, words, BooleanClause.Occur.MUST));
    }

    /**
     * Any word may match, ranked by how much matched: the fallback when nothing has every word.
     * Null for one word (nothing to relax).
     *
     * @param leaveOneOut also each text with one word left out (three to five words), so that a job
     *     of several words keeps its synonyms beside a place or regime word
     */
    @Nullable Query any(boolean leaveOneOut) {
        if (typed.size() < 2) {
            return null;
        }
        // word by word: a multi-word synonym ("technisch tekenaar") would otherwise still need all its words
        var any = new BooleanQuery.Builder();
        var job = new BooleanQuery.Builder();
        var split = words.split(" ");
        for (var word : split) {
            addRelaxed(any, job, word);
        }
        // and all words but one, so that a multi-word job beside a place or regime word keeps its
        // synonyms: "conducteur d'autobus bruges" finds the Dutch "buschauffeur" through "conducteur d'autobus"
        if (leaveOneOut && split.length >= 3 && split.length <= MAX_WORDS_LEFT_OUT) {
            for (int left = 0; left < split.length; left++) {
                var others = new ArrayList<String>(List.of(split));
                others.remove(left);
                addRelaxed(any, job, String.join(" ", others));
            }
        }
        fields = FIELDS;
        // a near match shares a word with the job asked for, not only the place or the regime:
        // "lasser hasselt" near-matches welders elsewhere, never every job in Hasselt
        return teachingBelowTrade(new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST)
                .add(job.build(), BooleanClause.Occur.FILTER).build());
    }

    private String words = "";
    private Map<String, Float> fields = FIELDS;

    /** One clause of {@link #any}: the words in any field, and the same in the job fields for the filter. */
    private void addRelaxed(BooleanQuery.Builder any, BooleanQuery.Builder job, String someWords) {
        fields = FIELDS;
        var wordsQuery = createBooleanQuery(ANY_FIELD, someWords, BooleanClause.Occur.MUST);
        fields = JOB_FIELDS;
        var jobQuery = createBooleanQuery(ANY_FIELD, someWords, BooleanClause.Occur.MUST);
        fields = FIELDS;
        if (wordsQuery != null && jobQuery != null) {
            any.add(wordsQuery, BooleanClause.Occur.SHOULD);
            job.add(jobQuery, BooleanClause.Occur.SHOULD);
        }
    }


    /**
     * A feminine or informal word that neither the index nor the thesaurus knows is replaced by the
     * first of its plain forms that one of them knows ("kuisvrouw" by "poetsvrouw"), so it gets that
     * word's synonyms too.
     */
    private static String withPlainForms(Analyzers analyzers, IndexReader reader, String words) {
        var result = new ArrayList<String>();
        for (var word : words.split(" ")) {
            var folded = TextAnalysis.terms(analyzers.folded(), word);
            if (folded.size() != 1 || known(analyzers, reader, folded.getFirst())) {
                result.add(word);
                continue;
            }
            result.add(FeminineForms.plainForms(folded.getFirst()).stream()
                    .filter(plain -> known(analyzers, reader, plain)).findFirst().orElse(word));
        }
        return String.join(" ", result);
    }

    private static boolean known(Analyzers analyzers, IndexReader reader, String folded) {
        if (analyzers.compounds().isWord(folded) || analyzers.hasSynonyms().test(folded)) {
            return true;
        }
        var stems = TextAnalysis.terms(analyzers.typed(), folded);
        if (stems.size() != 1) {
            return false;
        }
        try {
            return reader.docFreq(new Term(VacancyDocuments.TITLE, stems.getFirst())) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A job word in the dictionary, or a compound of them, is meant as typed: "schoon" is not "schoen". */
    private static boolean knownWord(Analyzers analyzers, String folded) {
        return analyzers.compounds().isWord(folded) || !analyzers.compounds().topParts(folded).isEmpty();
    }

    /** "kok kok kok" is "kok": a repeated word adds nothing but cost, since every word must match. */
    private static String withoutRepeatedWords(String text) {
        var seen = new HashSet<String>();
        return Arrays.stream(text.split("\\s+")).filter(word -> seen.add(word.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(" "));
    }

    private Query teachingBelowTrade(Query query) {
        if (foldedOf.values().stream().anyMatch(TEACHING::contains)) {
            return query;
        }
        return FunctionScoreQuery.boostByValue(query, analyzers.teaching().weight(TEACHING_WEIGHT));
    }

    @Override
    protected Query newTermQuery(Term term, float boost) {
        var alternative = new TermAndBoost(term.bytes(), boost);
        var query = acrossFields(new TermAndBoost[] {alternative});
        single.put(query, alternative);
        return query;
    }

    @Override
    protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
        return acrossFields(terms);
    }

    /**
     * A word with multi-word synonyms: its single-word alternatives (the word typed among them)
     * become one synonym query per field, so their frequencies add up rather than compete, and a
     * rare synonym's high IDF cannot lift it above the word typed.
     */
    @Override
    protected Query newGraphSynonymQuery(Iterator<Query> queries) {
        var merged = new ArrayList<TermAndBoost>();
        var others = new ArrayList<Query>();
        queries.forEachRemaining(query -> {
            var term = single.get(query);
            if (term != null) {
                merged.add(term);
            } else {
                others.add(query);
            }
        });
        if (!merged.isEmpty()) {
            others.addFirst(acrossFields(merged.toArray(TermAndBoost[]::new)));
        }
        if (others.size() == 1) {
            return others.getFirst();
        }
        var any = new BooleanQuery.Builder();
        others.forEach(query -> any.add(query, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private Query acrossFields(TermAndBoost[] terms) {
        var alternatives = new ArrayList<Query>();
        var typedTerms = Arrays.stream(terms).filter(term -> typed.contains(term.term())).toArray(TermAndBoost[]::new);
        fields.forEach((field, weight) -> {
            // a synonym names the job: in an employer's or a town's name it would only cost time
            var wanted = NAME_FIELDS.contains(field) ? typedTerms : terms;
            if (wanted.length > 0) {
                alternatives.add(new BoostQuery(inField(field, wanted), weight));
            }
        });
        for (var term : terms) {
            var folded = foldedOf.get(term.term());
            if (folded == null) {
                continue;
            }
            if (fuzzy.contains(term.term())) {
                var variants = new FuzzyQuery(new Term(VacancyDocuments.TITLE, term.term()), allowedEdits(term.term()), 1,
                        FUZZY_EXPANSIONS, true);
                alternatives.add(new BoostQuery(variants, FUZZY_TITLE_WEIGHT));
            }
            var parts = partsQuery(folded);
            if (parts != null) {
                alternatives.add(new BoostQuery(parts, PARTS_WEIGHT));
            }
            // a feminine word the thesaurus knows still reaches titles with the masculine one
            for (var plain : FeminineForms.plainForms(folded)) {
                var stem = single(plain);
                if (stem != null && !stem.equals(term.term().utf8ToString()) && inTitles(reader, stem)) {
                    alternatives.add(new BoostQuery(inTitles(stem), PARTS_WEIGHT));
                    break;
                }
            }
            if (prefixes && folded.length() >= MIN_PREFIX && unknownInTitles(term.term(), folded)) {
                alternatives.add(new BoostQuery(new ConstantScoreQuery(
                        new PrefixQuery(new Term(VacancyDocuments.TITLE_WORDS, folded))), PREFIX_WEIGHT));
            }
        }
        return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /** A compound typed, as all its parts in the title or occupation; null for a word that is no compound. */
    private @Nullable Query partsQuery(String folded) {
        var parts = analyzers.compounds().topParts(folded);
        if (parts.size() < 2) {
            return null;
        }
        var all = new BooleanQuery.Builder();
        for (var part : parts) {
            var stem = single(part);
            if (stem == null) {
                return null;
            }
            all.add(inTitles(stem), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private static Query inTitles(String stem) {
        return new DisjunctionMaxQuery(List.of(
                new BoostQuery(new TermQuery(new Term(VacancyDocuments.TITLE, stem)), FIELDS.get(VacancyDocuments.TITLE)),
                new BoostQuery(new TermQuery(new Term(VacancyDocuments.OCCUPATION, stem)),
                        FIELDS.get(VacancyDocuments.OCCUPATION))), TIE_BREAKER);
    }

    /** The stem of one word, or null when it is a stop word. */
    private @Nullable String single(String word) {
        var terms = TextAnalysis.terms(analyzers.typed(), word);
        return terms.size() == 1 ? terms.getFirst() : null;
    }

    private Query inField(String field, TermAndBoost[] terms) {
        if (terms.length == 1) {
            var query = new TermQuery(new Term(field, terms[0].term()));
            var boost = weight(terms[0]);
            return boost == 1f ? query : new BoostQuery(query, boost);
        }
        var synonyms = new SynonymQuery.Builder(field);
        for (var term : terms) {
            synonyms.addTerm(term.term(), weight(term));
        }
        return synonyms.build();
    }

    private float weight(TermAndBoost term) {
        return typed.contains(term.term()) ? term.boost() : term.boost() * SYNONYM_WEIGHT;
    }

    /**
     * Short words have too many neighbours to guess at; long ones survive two slips. Beyond the
     * longest job titles a word is junk, and its edit automaton would only cost time.
     */
    static int allowedEdits(BytesRef term) {
        var text = term.utf8ToString();
        var length = text.codePointCount(0, text.length());
        if (length <= 4 || length > MAX_FUZZY_LENGTH) {
            return 0;
        }
        return length <= 8 ? 1 : 2;
    }

    private static boolean inTitles(IndexReader reader, String stem) {
        try {
            return reader.docFreq(new Term(VacancyDocuments.TITLE, stem)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean unknownInTitles(BytesRef stem, String folded) {
        try {
            return reader.docFreq(new Term(VacancyDocuments.TITLE_WORDS, folded)) == 0
                    && reader.docFreq(new Term(VacancyDocuments.TITLE, stem)) == 0
                    && reader.docFreq(new Term(VacancyDocuments.OCCUPATION, stem)) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean rareInTitles(IndexReader reader, BytesRef term) {
        try {
            return reader.docFreq(new Term(VacancyDocuments.TITLE, term)) < FUZZY_BELOW_TITLES;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
