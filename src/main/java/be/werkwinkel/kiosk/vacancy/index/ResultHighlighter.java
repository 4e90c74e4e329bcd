package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.vacancy.MarkedText;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.jspecify.annotations.Nullable;

/**
 * The card texts: the whole title and a snippet of about {@value #SNIPPET_LENGTH} characters from the
 * description, as plain text with the words that matched marked (see {@link MarkedText}). Offsets
 * come from the postings, so nothing is analysed again.
 */
final class ResultHighlighter {

    static final int SNIPPET_LENGTH = 200;
    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    /** Where in the snippet the first match sits: a little left of the middle, to read on from it. */
    private static final float MATCH_POSITION = 0.3f;

    private final Analyzer indexAnalyzer;

    ResultHighlighter(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /** Title and snippet of one hit. */
    record Texts(MarkedText title, MarkedText snippet) {
    }

    /**
     * @param text the text query, null when the visitor typed nothing searchable
     * @param docs the hits, in result order
     * @param stored their stored title and description, already loaded for the cards
     */
    Texts[] highlight(IndexSearcher searcher, @Nullable Query text, int[] docs, Document[] stored) throws IOException {
        var result = new Texts[docs.length];
        if (docs.length == 0) {
            return result;
        }
        if (text == null) {
            for (int i = 0; i < docs.length; i++) {
                result[i] = new Texts(MarkedText.plain(stored[i].get(VacancyDocuments.TITLE)),
                        MarkedText.plain(opening(stored[i].get(VacancyDocuments.DESCRIPTION))));
            }
            return result;
        }
        var byDoc = new HashMap<Integer, Document>();
        for (int i = 0; i < docs.length; i++) {
            byDoc.put(docs[i], stored[i]);
        }
        var fields = new String[] {VacancyDocuments.TITLE, VacancyDocuments.DESCRIPTION};
        var highlighted = highlighter(searcher, byDoc).marked(fields, text, docs, new int[] {1, 1});
        var titles = highlighted.get(VacancyDocuments.TITLE);
        var snippets = highlighted.get(VacancyDocuments.DESCRIPTION);
        for (int i = 0; i < docs.length; i++) {
            result[i] = new Texts(marked(titles[i]), marked(snippets[i]));
        }
        return result;
    }

    /** Lucene's highlighter, answering with what our formatter made rather than strings. */
    private abstract static class Marking extends UnifiedHighlighter {

        Marking(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> marked(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }
    }

    private Marking highlighter(IndexSearcher searcher, Map<Integer, Document> stored) {
        var builder = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new MarkFormatter())
                .withMaxLength(VacancyDocuments.MAX_DESCRIPTION)
                // without a match: the whole title, and the description's opening as the snippet
                .withMaxNoHighlightPassages(1)
                // per-term offsets straight from the postings: the Matches API would build a weight
                // for the whole query (every field, every synonym) again for each hit, which took
                // most of the search time
                .withWeightMatches(false);
        return new Marking(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                if (VacancyDocuments.TITLE.equals(field)) {
                    return new WholeBreakIterator();
                }
                return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(DUTCH),
                        SNIPPET_LENGTH, MATCH_POSITION);
            }

            /** The values the cards already read: decompressing stored fields twice was a tenth of a search. */
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int charsThreshold)
                    throws IOException {
                var values = new ArrayList<CharSequence[]>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    var document = stored.get(doc);
                    var row = new CharSequence[fields.length];
                    for (int i = 0; i < fields.length; i++) {
                        var value = document.get(fields[i]);
                        row[i] = value == null ? "" : value;
                    }
                    values.add(row);
                }
                return values;
            }
        };
    }

    private static MarkedText marked(@Nullable Object formatted) {
        return formatted instanceof MarkedText marked ? marked : MarkedText.plain("");
    }

    /** The first words of a description, for a card without a text query. */
    static String opening(@Nullable String description) {
        if (description == null || description.isBlank()) {
            return "";
        }
        var text = description.strip().replaceAll("\\s+", " ");
        if (text.length() <= SNIPPET_LENGTH) {
            return text;
        }
        var words = BreakIterator.getWordInstance(DUTCH);
        words.setText(text);
        var end = words.preceding(SNIPPET_LENGTH);
        if (end <= 0) {
            end = SNIPPET_LENGTH;
        }
        return text.substring(0, end).strip() + " " + MarkFormatter.ELLIPSIS;
    }
}
