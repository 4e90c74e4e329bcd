package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.base.KioskLanguage;
import java.io.IOException;
import java.util.ArrayList;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.jspecify.annotations.Nullable;

/**
 * "Bedoelde u …?": replaces each typed word that no title contains, nor starts, by the closest word
 * of the titles of vacancies in the screen's language, straight from the index's terms (no separate
 * spelling index to keep in step). A visitor reading Dutch is never offered a French or English word
 * (and the other way round): a word of another language is no correction they would recognise. A
 * typed word that a title in any language contains is left alone ("soudeur" on a Dutch screen).
 */
final class SpellingCorrector {

    /** Shorter words are too often right and unknown (abbreviations, brand names). */
    private static final int MIN_WORD_LENGTH = 4;

    /**
     * A word one edit away always scores above one two edits away, so the two-edit search (whose
     * automaton costs several times more) only runs when no word is one edit away. One checker with
     * two edits would run both, even when the one-edit pass found the correction.
     */
    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);
    private final Analyzer words = TextAnalysis.words();

    private static DirectSpellChecker checker(int maxEdits) {
        var checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(MIN_WORD_LENGTH);
        checker.setMaxQueryLength(TextQueryBuilder.MAX_FUZZY_LENGTH);
        return checker;
    }

    /**
     * A half-typed word ("vrachtw") is searched as the start of title words: it needs no
     * correction, least of all to an unrelated word that happens to be close.
     */
    private static boolean startsTitleWord(IndexReader reader, String word) throws IOException {
        var terms = MultiTerms.getTerms(reader, VacancyDocuments.TITLE_WORDS);
        if (terms == null) {
            return false;
        }
        var iterator = terms.iterator();
        var prefix = new BytesRef(word);
        return iterator.seekCeil(prefix) != TermsEnum.SeekStatus.END && StringHelper.startsWith(iterator.term(), prefix);
    }

    /**
     * The text with unknown words corrected to words of titles in the screen's language, in lower
     * case; null when no word could be corrected.
     */
    @Nullable String correct(IndexReader reader, String text, KioskLanguage language) throws IOException {
        var corrected = new ArrayList<String>();
        var changed = false;
        for (var word : TextAnalysis.terms(words, text)) {
            if (corrected.size() == TextAnalysis.MAX_QUERY_WORDS) {
                break;
            }
            var term = new Term(VacancyDocuments.TITLE_WORDS, word);
            if (word.length() < MIN_WORD_LENGTH || TextAnalysis.STOP_WORDS.contains(word) || reader.docFreq(term) > 0
                    || startsTitleWord(reader, word)) {
                corrected.add(word);
                continue;
            }
            var inLanguage = new Term(VacancyDocuments.titleWords(language), word);
            var suggestions = oneEdit.suggestSimilar(inLanguage, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length == 0) {
                suggestions = twoEdits.suggestSimilar(inLanguage, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            }
            if (suggestions.length > 0) {
                corrected.add(suggestions[0].string);
                changed = true;
            } else {
                corrected.add(word);
            }
        }
        return changed ? String.join(" ", corrected) : null;
    }
}
