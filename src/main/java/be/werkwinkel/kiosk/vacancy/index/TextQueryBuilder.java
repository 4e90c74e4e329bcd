package be.werkwinkel.kiosk.vacancy.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
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
 * match ranks above a description match. A word's ESCO synonyms match like the word itself (one
 * {@link SynonymQuery} per field) but weigh a little less, so the job typed comes before its
 * relatives ("kok" before "poissonnier"); a multi-word synonym must match all its words. A typed word that
 * few titles contain also matches titles within a small edit distance ("heftruk" finds "heftruck"),
 * weighted below an exact title match; only the first {@value #MAX_FUZZY_WORDS} such words do.
 */
final class TextQueryBuilder extends QueryBuilder {

    /** Field weights; the title decides most. */
    static final Map<String, Float> FIELDS = fields();
    static final float FUZZY_TITLE_WEIGHT = 1.0f;
    /** What a synonym's occurrence counts for against the word typed (1). */
    static final float SYNONYM_WEIGHT = 0.6f;
    /** A typed word in this many titles is taken as meant: no typo variants for it. */
    static final int FUZZY_BELOW_TITLES = 3;
    static final int MAX_FUZZY_LENGTH = 30;
    static final int MAX_FUZZY_WORDS = 3;
    private static final int FUZZY_EXPANSIONS = 10;
    private static final float TIE_BREAKER = 0.1f;
    /** Only dummy: the analyzers are the same for every field. */
    private static final String ANY_FIELD = "text";

    /** The words as typed (analysed, without synonyms). */
    private final Set<BytesRef> typed;
    /** The terms that get typo variants. */
    private final Set<BytesRef> fuzzy;

    private TextQueryBuilder(Analyzer query, Set<BytesRef> typed, Set<BytesRef> fuzzy) {
        super(query);
        this.typed = typed;
        this.fuzzy = fuzzy;
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

    /**
     * @param query the query analyzer (with synonyms)
     * @param typedWords the same without synonyms: the words the visitor typed, which may be typos
     * @return null when the text has no searchable word (empty, only stop words or punctuation)
     */
    static @Nullable Query build(Analyzer query, Analyzer typedWords, IndexReader reader, String text) {
        return build(query, typedWords, reader, text, true);
    }

    /**
     * The same, but a vacancy needs all words but one: the fallback when nothing has them all.
     * Only for three words or more: with two, "all but one" would be either word, which mixes two
     * unrelated searches (and "Bedoelde u …?" serves a typo better). Null when there is nothing to relax.
     */
    static @Nullable Query buildAllButOne(Analyzer query, Analyzer typedWords, IndexReader reader, String text) {
        return build(query, typedWords, reader, text, false);
    }

    private static @Nullable Query build(Analyzer query, Analyzer typedWords, IndexReader reader, String text,
            boolean allWords) {
        var words = withoutRepeatedWords(text);
        var typed = TextAnalysis.terms(typedWords, words).stream().map(BytesRef::new).toList();
        if (typed.isEmpty()) {
            return null;
        }
        // each typo variant costs an edit automaton: a few are plenty for what people type
        var fuzzy = typed.stream().distinct().filter(term -> allowedEdits(term) > 0 && rareInTitles(reader, term))
                .limit(MAX_FUZZY_WORDS).collect(Collectors.toSet());
        var builder = new TextQueryBuilder(query, Set.copyOf(typed), fuzzy);
        if (allWords) {
            return builder.createBooleanQuery(ANY_FIELD, words, BooleanClause.Occur.MUST);
        }
        if (!(builder.createBooleanQuery(ANY_FIELD, words, BooleanClause.Occur.SHOULD) instanceof BooleanQuery any)
                || any.clauses().size() < 3) {
            return null;
        }
        var allButOne = new BooleanQuery.Builder().setMinimumNumberShouldMatch(any.clauses().size() - 1);
        any.clauses().forEach(allButOne::add);
        return allButOne.build();
    }

    /** "kok kok kok" is "kok": a repeated word adds nothing but cost, since every word must match. */
    private static String withoutRepeatedWords(String text) {
        var seen = new HashSet<String>();
        return Arrays.stream(text.split("\\s+")).filter(word -> seen.add(word.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(" "));
    }

    @Override
    protected Query newTermQuery(Term term, float boost) {
        return acrossFields(new TermAndBoost[] {new TermAndBoost(term.bytes(), boost)});
    }

    @Override
    protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
        return acrossFields(terms);
    }

    private Query acrossFields(TermAndBoost[] terms) {
        var alternatives = new ArrayList<Query>();
        FIELDS.forEach((field, weight) -> alternatives.add(new BoostQuery(inField(field, terms), weight)));
        for (var term : terms) {
            if (fuzzy.contains(term.term())) {
                var variants = new FuzzyQuery(new Term(VacancyDocuments.TITLE, term.term()), allowedEdits(term.term()), 1,
                        FUZZY_EXPANSIONS, true);
                alternatives.add(new BoostQuery(variants, FUZZY_TITLE_WEIGHT));
            }
        }
        return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    private Query inField(String field, TermAndBoost[] terms) {
        if (terms.length == 1) {
            // also a synonym: where ESCO has a multi-word synonym, every alternative comes alone
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

    private static boolean rareInTitles(IndexReader reader, BytesRef term) {
        try {
            return reader.docFreq(new Term(VacancyDocuments.TITLE, term)) < FUZZY_BELOW_TITLES;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
