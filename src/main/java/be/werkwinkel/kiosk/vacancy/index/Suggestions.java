package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.reference.PlainText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Autocomplete: an immutable table of suggestion texts (vacancy titles, occupations, ESCO labels),
 * each weighted by the number of open vacancies that carry it, found by what a visitor started
 * typing at the start of the text, of any word in it, or of any part of a compound word in it
 * ("chauf" finds "vrachtwagenchauffeur").
 *
 * <p>The table is a sorted array of the normalised text from each of those starts (a suffix array
 * restricted to word and compound-part starts); a lookup is a binary search plus a scan of the
 * matching range. The ESCO labels' part is sorted once ({@link Labels}); after each commit only the
 * vacancies' own titles are sorted and merged in, which takes milliseconds, and the new table is
 * swapped in whole. That is simpler and faster to query than a Lucene suggester kept in step.
 */
final class Suggestions {

    static final int MAX_LIMIT = 50;
    private static final long RANK_BITS = (1L << 32) - 1;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Gender tags add nothing to a suggestion: "(m/v/x)", "M/V", "(h/f)". */
    private static final Pattern GENDER_TAG =
            Pattern.compile("\\s*\\(?\\b[mvxhf]\\s*/\\s*[mvxhf](\\s*/\\s*[mvxhf])?\\b\\)?", Pattern.CASE_INSENSITIVE);

    private final String[] texts;
    private final String[] keys;
    private final int[] weights;
    /** Each text's place when all are ordered by weight, then length, then alphabet. */
    private final int[] ranks;
    private final int[] textOfRank;
    /** Sorted: each text's normalised form from each start. */
    private final String[] suffixes;
    private final int[] suffixText;

    private Suggestions(String[] texts, String[] keys, int[] weights, String[] suffixes, int[] suffixText) {
        this.texts = texts;
        this.keys = keys;
        this.weights = weights;
        this.suffixes = suffixes;
        this.suffixText = suffixText;
        var order = new Integer[texts.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            var byWeight = Integer.compare(weights[b], weights[a]);
            if (byWeight != 0) {
                return byWeight;
            }
            var byLength = Integer.compare(keys[a].length(), keys[b].length());
            return byLength != 0 ? byLength : keys[a].compareTo(keys[b]);
        });
        this.ranks = new int[texts.length];
        this.textOfRank = new int[texts.length];
        for (int place = 0; place < order.length; place++) {
            ranks[order[place]] = place;
            textOfRank[place] = order[place];
        }
    }

    int size() {
        return texts.length;
    }

    /**
     * Up to {@code limit} texts with a word or compound part that starts with what was typed: those
     * with the most open vacancies first, then those that start with it, then shorter ones.
     */
    List<String> suggest(String typed, int limit) {
        var prefix = normalise(typed);
        var wanted = Math.min(limit, MAX_LIMIT);
        if (prefix.isEmpty() || wanted <= 0) {
            return List.of();
        }
        // a text found from its start is better than the same text found from a later word
        var fromStart = new BitSet(texts.length);
        var fromLater = new BitSet(texts.length);
        for (int i = firstAtOrAfter(prefix); i < suffixes.length && suffixes[i].startsWith(prefix); i++) {
            var text = suffixText[i];
            (suffixes[i].length() == keys[text].length() ? fromStart : fromLater).set(text);
        }
        fromLater.andNot(fromStart);
        var best = new Smallest(wanted);
        var plain = -1;
        for (int text = fromStart.nextSetBit(0); text >= 0; text = fromStart.nextSetBit(text + 1)) {
            best.offer(order(text, true));
            if (keys[text].indexOf(' ') < 0 && (plain < 0 || order(text, true) < order(plain, true))) {
                plain = text;
            }
        }
        for (int text = fromLater.nextSetBit(0); text >= 0; text = fromLater.nextSetBit(text + 1)) {
            best.offer(order(text, false));
        }
        var found = new ArrayList<Integer>(wanted);
        best.values().forEach(order -> found.add(textOfRank[(int) (order & RANK_BITS)]));
        plainFirst(found, plain, wanted);
        return found.stream().map(text -> texts[text]).toList();
    }

    /**
     * The plain job before its variants: when a one-word text ("Chauffeur") starts other
     * suggestions ("Chauffeur C/CE", "Chauffeur bestelwagen"), it comes first, even with fewer
     * vacancies of its own.
     */
    private void plainFirst(List<Integer> found, int plain, int wanted) {
        if (plain < 0 || (!found.isEmpty() && found.getFirst() == plain)) {
            return;
        }
        var variantStart = keys[plain] + " ";
        if (found.stream().noneMatch(text -> keys[text].startsWith(variantStart))) {
            return;
        }
        found.remove(Integer.valueOf(plain));
        found.addFirst(plain);
        if (found.size() > wanted) {
            found.removeLast();
        }
    }

    /** Smaller is better: more weight, then found from the start, then rank. */
    private long order(int text, boolean fromStart) {
        return -(long) weights[text] * (1L << 33) + (fromStart ? 0 : 1L << 32) + ranks[text];
    }

    /** The k smallest values offered, without boxing: suggest runs on every key press. */
    private static final class Smallest {

        private final long[] values;
        private int size;

        Smallest(int k) {
            values = new long[k];
        }

        void offer(long value) {
            if (size == values.length && value >= values[size - 1]) {
                return;
            }
            var at = size == values.length ? size - 1 : size++;
            while (at > 0 && values[at - 1] > value) {
                values[at] = values[at - 1];
                at--;
            }
            values[at] = value;
        }

        LongStream values() {
            return Arrays.stream(values, 0, size);
        }
    }

    /** The first suffix not less than the prefix (Arrays.binarySearch may find any of equal ones). */
    private int firstAtOrAfter(String prefix) {
        int low = 0;
        int high = suffixes.length;
        while (low < high) {
            var middle = (low + high) >>> 1;
            if (suffixes[middle].compareTo(prefix) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    static String normalise(String text) {
        return PlainText.normalise(text);
    }

    /** A title as a suggestion: without gender tags and doubled spaces. */
    static String clean(String title) {
        var untagged = title.indexOf('/') < 0 ? title : GENDER_TAG.matcher(title).replaceAll("");
        return SPACES.matcher(untagged).replaceAll(" ").strip();
    }

    /** The ESCO labels, normalised and with their suffixes sorted, prepared once. */
    static final class Labels {

        static final Labels NONE = new Labels(List.of(), new CompoundSplitter(List.of()));

        private final String[] texts;
        private final String[] keys;
        private final Map<String, Integer> indexOfKey;
        private final String[] suffixes;
        private final int[] suffixText;

        Labels(Collection<String> labels, CompoundSplitter compounds) {
            var byKey = new LinkedHashMap<String, String>();
            labels.forEach(label -> byKey.putIfAbsent(normalise(label), label.strip()));
            byKey.remove("");
            this.keys = byKey.keySet().toArray(String[]::new);
            this.texts = byKey.values().toArray(String[]::new);
            this.indexOfKey = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                indexOfKey.put(keys[i], i);
            }
            var table = SuffixTable.of(keys, 0, compounds);
            this.suffixes = table.suffixes;
            this.suffixText = table.texts;
        }

        Suggestions withoutVacancies() {
            return new Suggestions(texts, keys, new int[texts.length], suffixes, suffixText);
        }

        /**
         * The labels plus texts of vacancies. A vacancy text that normalises like a label takes the
         * label's place, with the vacancy's spelling.
         *
         * @param vacancyTexts by normalised text: the spelling to show and the weight
         */
        Suggestions with(Map<String, Weighted> vacancyTexts, CompoundSplitter compounds) {
            var allTexts = new ArrayList<>(Arrays.asList(texts));
            var allKeys = new ArrayList<>(Arrays.asList(keys));
            var weights = new ArrayList<Integer>(Collections.nCopies(texts.length, 0));
            var newKeys = new ArrayList<String>();
            vacancyTexts.forEach((key, text) -> {
                var label = indexOfKey.get(key);
                if (label == null) {
                    newKeys.add(key);
                    allTexts.add(text.text());
                    allKeys.add(key);
                    weights.add(text.weight());
                } else if (text.weight() > 0) {
                    weights.set(label, text.weight());
                    allTexts.set(label, text.text());
                }
            });
            var added = SuffixTable.of(newKeys.toArray(String[]::new), texts.length, compounds);
            var merged = SuffixTable.merge(new SuffixTable(suffixes, suffixText), added);
            return new Suggestions(allTexts.toArray(String[]::new), allKeys.toArray(String[]::new),
                    weights.stream().mapToInt(Integer::intValue).toArray(), merged.suffixes, merged.texts);
        }

        /** The same from texts with weights; texts that normalise alike keep the higher weight. */
        Suggestions withTexts(Map<String, Integer> weightOfText, CompoundSplitter compounds) {
            var byKey = new HashMap<String, Weighted>();
            weightOfText.forEach((text, weight) -> {
                var key = normalise(text);
                if (!key.isEmpty()) {
                    byKey.merge(key, new Weighted(text.strip(), weight), Weighted::heavier);
                }
            });
            return with(byKey, compounds);
        }
    }

    /** A text to show and the number of open vacancies it stands for. */
    record Weighted(String text, int weight) {

        static Weighted heavier(Weighted a, Weighted b) {
            return b.weight > a.weight ? b : a;
        }
    }

    /** Sorted suffixes and the text each belongs to. */
    private record SuffixTable(String[] suffixes, int[] texts) {

        private record Entry(String suffix, int text) {
        }

        static SuffixTable of(String[] keys, int firstText, CompoundSplitter compounds) {
            var entries = new ArrayList<Entry>();
            for (int i = 0; i < keys.length; i++) {
                for (var start : starts(keys[i], compounds)) {
                    entries.add(new Entry(keys[i].substring(start), firstText + i));
                }
            }
            // equal suffixes keep the order of their texts: the sort is stable
            entries.sort((a, b) -> a.suffix.compareTo(b.suffix));
            var suffixes = new String[entries.size()];
            var texts = new int[entries.size()];
            for (int i = 0; i < suffixes.length; i++) {
                suffixes[i] = entries.get(i).suffix;
                texts[i] = entries.get(i).text;
            }
            return new SuffixTable(suffixes, texts);
        }

        static SuffixTable merge(SuffixTable a, SuffixTable b) {
            var suffixes = new String[a.suffixes.length + b.suffixes.length];
            var texts = new int[suffixes.length];
            int i = 0;
            int j = 0;
            for (int k = 0; k < suffixes.length; k++) {
                var takeA = j >= b.suffixes.length || (i < a.suffixes.length && a.suffixes[i].compareTo(b.suffixes[j]) <= 0);
                suffixes[k] = takeA ? a.suffixes[i] : b.suffixes[j];
                texts[k] = takeA ? a.texts[i++] : b.texts[j++];
            }
            return new SuffixTable(suffixes, texts);
        }

        /** Where a text can be found from: its start, its words and its compound parts. */
        private static List<Integer> starts(String key, CompoundSplitter compounds) {
            var starts = new ArrayList<Integer>();
            starts.add(0);
            var wordStart = 0;
            while (wordStart < key.length()) {
                var wordEnd = key.indexOf(' ', wordStart);
                if (wordEnd < 0) {
                    wordEnd = key.length();
                }
                var word = key.substring(wordStart, wordEnd);
                if (wordStart > 0 && word.length() > 1 && !TextAnalysis.STOP_WORDS.contains(word)) {
                    starts.add(wordStart);
                }
                for (var part : compounds.split(word)) {
                    if (part.offset() > 0) {
                        starts.add(wordStart + part.offset());
                    }
                }
                wordStart = wordEnd + 1;
            }
            return starts.stream().distinct().toList();
        }
    }

    /**
     * The suggestions for an index: titles and occupations of open vacancies, weighted by how many
     * open vacancies have them, and the ESCO labels (weight 0 unless vacancies have them too). A
     * title and an occupation with the same text do not add up, since most vacancies carry both:
     * the larger count is the better estimate of how many vacancies a suggestion leads to.
     */
    static Suggestions of(IndexReader reader, long today, Labels labels, CompoundSplitter compounds)
            throws IOException {
        var titles = new HashMap<String, Integer>();
        var occupations = new HashMap<String, Integer>();
        for (var leaf : reader.leaves()) {
            var live = leaf.reader().getLiveDocs();
            var expires = DocValues.getNumeric(leaf.reader(), VacancyDocuments.EXPIRES);
            var title = DocValues.getSorted(leaf.reader(), VacancyDocuments.TITLE_RAW);
            var occupation = DocValues.getSorted(leaf.reader(), VacancyDocuments.OCCUPATION_RAW);
            var titleCounts = new int[title.getValueCount()];
            var occupationCounts = new int[occupation.getValueCount()];
            for (int doc = expires.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = expires.nextDoc()) {
                if ((live != null && !live.get(doc)) || expires.longValue() < today) {
                    continue;
                }
                count(title, doc, titleCounts);
                count(occupation, doc, occupationCounts);
            }
            addCounts(title, titleCounts, titles);
            addCounts(occupation, occupationCounts, occupations);
        }
        var weighted = summed(titles);
        summed(occupations).forEach((key, text) -> weighted.merge(key, text, Weighted::heavier));
        return labels.with(weighted, compounds);
    }

    private static void count(SortedDocValues values, int doc, int[] counts) throws IOException {
        if (values.advanceExact(doc)) {
            counts[values.ordValue()]++;
        }
    }

    private static void addCounts(SortedDocValues values, int[] counts, Map<String, Integer> into) throws IOException {
        for (int ordinal = 0; ordinal < counts.length; ordinal++) {
            if (counts[ordinal] > 0) {
                into.merge(values.lookupOrd(ordinal).utf8ToString(), counts[ordinal], Integer::sum);
            }
        }
    }

    /**
     * Counts of texts that are the same suggestion ("Kok (m/v/x)" and "kok") added up, under the
     * spelling most vacancies use; by normalised text.
     */
    private static Map<String, Weighted> summed(Map<String, Integer> counts) {
        var total = new HashMap<String, Integer>();
        var spelling = new HashMap<String, Weighted>();
        counts.forEach((text, count) -> {
            var cleaned = clean(text);
            var key = normalise(cleaned);
            if (key.isEmpty()) {
                return;
            }
            total.merge(key, count, Integer::sum);
            spelling.merge(key, new Weighted(cleaned, count), Weighted::heavier);
        });
        var result = new HashMap<String, Weighted>();
        total.forEach((key, count) -> result.put(key, new Weighted(spelling.get(key).text(), count)));
        return result;
    }
}
