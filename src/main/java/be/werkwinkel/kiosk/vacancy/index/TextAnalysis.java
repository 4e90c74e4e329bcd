package be.werkwinkel.kiosk.vacancy.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import be.werkwinkel.kiosk.base.KioskLanguage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The analysis chains. Every chain folds case and accents and removes the same stop words before it
 * stems, so a term typed in a query meets the same term in every field.
 *
 * <pre>
 * index, titles and occupations: tokenizer, lower case, fold, stop words, compound parts, stem
 * index, other text:             tokenizer, lower case, fold, stop words, stem
 * query:                         tokenizer, lower case, fold, stop words, first 10 words, stem, ESCO synonyms
 * </pre>
 *
 * Synonyms come after stemming (the synonym map holds stemmed labels), so "beenhouwers" finds
 * "slager" as well as "beenhouwer" does.
 */
final class TextAnalysis {

    /** A touch query of more words is a paste or an accident; more words would only blow up the query. */
    static final int MAX_QUERY_WORDS = 10;

    /**
     * Lucene's Dutch stop words, without "haar" (hair, for hairdressers) and with gender tags
     * ("m/v/x", "h/f") and the commonest French and English function words, because titles carry them.
     */
    static final CharArraySet STOP_WORDS = stopWords();

    private TextAnalysis() {
    }

    private static CharArraySet stopWords() {
        var words = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), false);
        words.remove("haar");
        words.addAll(Set.of("m", "v", "x", "h", "f", "le", "la", "les", "du", "des", "et", "un", "une", "pour",
                "the", "and", "for", "with", "to", "a"));
        return CharArraySet.unmodifiableSet(words);
    }

    /** Lower case and accents folded, nothing removed: words for the spelling help and dictionaries. */
    static Analyzer words() {
        return new Chain() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, fold(tokenizer));
            }
        };
    }

    /** Running text: descriptions, employers, localities, and the ESCO labels the thesaurus reads. */
    static Analyzer plain() {
        return new Chain() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, stem(new StopFilter(fold(tokenizer), STOP_WORDS)));
            }
        };
    }

    /** Titles and occupations: also indexed with their compound parts. */
    static Analyzer titles(CompoundSplitter splitter) {
        return new Chain() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                var parts = new CompoundSplitFilter(new StopFilter(fold(tokenizer), STOP_WORDS), splitter);
                // a part equal to the whole word, or two parts with one stem, would count twice
                return new TokenStreamComponents(tokenizer, new RemoveDuplicatesTokenFilter(stem(parts)));
            }
        };
    }

    /** What a visitor typed, expanded with job-title synonyms. */
    static Analyzer query(SynonymMap synonyms) {
        return new Chain() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                var words = new LimitTokenCountFilter(new StopFilter(fold(tokenizer), STOP_WORDS), MAX_QUERY_WORDS);
                var stemmed = stem(words);
                TokenStream result = synonyms.fst == null ? stemmed : new SynonymGraphFilter(stemmed, synonyms, false);
                return new TokenStreamComponents(tokenizer, result);
            }
        };
    }

    /** What a visitor typed without synonyms: the terms typo tolerance applies to. */
    static Analyzer queryWithoutSynonyms() {
        return new Chain() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                var words = new LimitTokenCountFilter(new StopFilter(fold(tokenizer), STOP_WORDS), MAX_QUERY_WORDS);
                return new TokenStreamComponents(tokenizer, stem(words));
            }
        };
    }

    /** What a visitor typed, folded and without stop words, not stemmed: the words compounds are split from. */
    static Analyzer queryFolded() {
        return new Chain() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer,
                        new LimitTokenCountFilter(new StopFilter(fold(tokenizer), STOP_WORDS), MAX_QUERY_WORDS));
            }
        };
    }

    /** The index-time analyzer of every field. */
    static Analyzer index(CompoundSplitter splitter) {
        var fields = new HashMap<String, Analyzer>();
        fields.put(VacancyDocuments.TITLE, titles(splitter));
        fields.put(VacancyDocuments.OCCUPATION, titles(splitter));
        fields.put(VacancyDocuments.TITLE_WORDS, words());
        for (var language : KioskLanguage.values()) {
            fields.put(VacancyDocuments.titleWords(language), words());
        }
        return new PerFieldAnalyzerWrapper(plain(), fields);
    }

    /** The terms an analyzer makes of a text, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return terms;
    }

    /**
     * Emoji are no words: typed on a phone keyboard they would otherwise be required words. French
     * elisions go ("d’autobus" is "autobus"), so that French ESCO labels and titles meet.
     */
    private static TokenStream fold(TokenStream tokens) {
        var words = new TypeTokenFilter(tokens, Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI]));
        return new ASCIIFoldingFilter(new ElisionFilter(new LowerCaseFilter(words), FrenchAnalyzer.DEFAULT_ARTICLES));
    }

    /**
     * The base of every chain: the standard tokenizer, but with colons as spaces, because Unicode
     * word breaking keeps "title:kok" (and Swedish "c:a") together as one word.
     */
    private abstract static class Chain extends Analyzer {

        private static final NormalizeCharMap COLON_IS_SPACE = colonIsSpace();

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(COLON_IS_SPACE, reader);
        }

        private static NormalizeCharMap colonIsSpace() {
            var map = new NormalizeCharMap.Builder();
            map.add(":", " ");
            return map.build();
        }
    }

    private static TokenStream stem(TokenStream tokens) {
        return new SnowballFilter(tokens, new DutchStemmer());
    }
}
