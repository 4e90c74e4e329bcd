package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.reference.PlainText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.jspecify.annotations.Nullable;

/**
 * Autocomplete for a screen in one language: an immutable table of suggestion texts (the ESCO
 * labels in that language, the titles of open vacancies written in it, their occupations), each
 * weighted by the number of open vacancies it leads to, found by what a visitor started typing at
 * the start of the text, of any word in it, or of any part of a compound word in it ("chauf" finds
 * "vrachtwagenchauffeur").
 *
 * <p>A Dutch screen never offers a French or English title, nor the other way round: a visitor
 * should be offered words of the language they read. A posting's ESCO occupation counts for the
 * occupation's name in every language, since a search in any language finds it: "soudeur" on a
 * French screen weighs as much as every welding vacancy, Dutch ones included.
 *
 * <p>The table is a sorted array of the normalised text from each of those starts (a suffix array
 * restricted to word and compound-part starts, kept as text and offset rather than as strings, so
 * that three languages' tables take little memory); a lookup is a binary search plus a scan of the
 * matching range. The ESCO labels' part is sorted once per language ({@link Labels}); after each
 * commit only the vacancies' own titles are sorted and merged in, which takes milliseconds, and the
 * new tables are swapped in whole. That is simpler and faster to query than a Lucene suggester kept
 * in step.
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
    /** Each text's normalised form from each start, sorted. */
    private final SuffixTable suffixes;

    private Suggestions(String[] texts, String[] keys, int[] weights, SuffixTable suffixes) {
        this.texts = texts;
        this.keys = keys;
        this.weights = weights;
        this.suffixes = suffixes;
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
        var size = suffixes.size();
        for (int i = firstAtOrAfter(prefix); i < size && keys[suffixes.texts[i]].startsWith(prefix, suffixes.starts[i]);
                i++) {
            (suffixes.starts[i] == 0 ? fromStart : fromLater).set(suffixes.texts[i]);
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
        int high = suffixes.size();
        while (low < high) {
            var middle = (low + high) >>> 1;
            if (compare(keys[suffixes.texts[middle]], suffixes.starts[middle], prefix, 0) < 0) {
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

    /** {@code a} from {@code fromA} against {@code b} from {@code fromB}, as {@link String#compareTo} would. */
    private static int compare(String a, int fromA, String b, int fromB) {
        var lengthA = a.length() - fromA;
        var lengthB = b.length() - fromB;
        var common = Math.min(lengthA, lengthB);
        for (int i = 0; i < common; i++) {
            var difference = a.charAt(fromA + i) - b.charAt(fromB + i);
            if (difference != 0) {
                return difference;
            }
        }
        return lengthA - lengthB;
    }

    /** A title as a suggestion: without gender tags and doubled spaces. */
    static String clean(String title) {
        var untagged = title.indexOf('/') < 0 ? title : GENDER_TAG.matcher(title).replaceAll("");
        return SPACES.matcher(untagged).replaceAll(" ").strip();
    }

    /** The ESCO labels of one language, normalised and with their suffixes sorted, prepared once. */
    static final class Labels {

        /** No compound parts: for languages that write their job titles in separate words. */
        static final CompoundSplitter NO_COMPOUNDS = new CompoundSplitter(List.of());
        static final Labels NONE = new Labels(List.of(), NO_COMPOUNDS, Map.of());

        private final String[] texts;
        /** Sorted, so that a key is found by binary search rather than through a map of its own. */
        private final String[] keys;
        private final SuffixTable suffixes;
        private final CompoundSplitter compounds;
        private final Map<String, String> occupationNames;

        /** Labels without occupation names: every vacancy occupation is a text of its own. */
        Labels(Collection<String> labels, CompoundSplitter compounds) {
            this(labels, compounds, Map.of());
        }

        /**
         * @param compounds where words are split into parts a visitor may start typing at
         * @param occupationNames the name in this language of each ESCO occupation, by the normalised
         *     Dutch preferred label that vacancies carry as their occupation
         */
        Labels(Collection<String> labels, CompoundSplitter compounds, Map<String, String> occupationNames) {
            this.compounds = compounds;
            this.occupationNames = Map.copyOf(occupationNames);
            var byKey = new TreeMap<String, String>();
            labels.forEach(label -> byKey.putIfAbsent(normalise(label), SPACES.matcher(label.strip()).replaceAll(" ")));
            byKey.remove("");
            this.keys = byKey.keySet().toArray(String[]::new);
            this.texts = new String[keys.length];
            var i = 0;
            for (var label : byKey.entrySet()) {
                // most English labels are their own key: one string for both
                texts[i++] = label.getValue().equals(label.getKey()) ? label.getKey() : label.getValue();
            }
            this.suffixes = SuffixTable.of(keys, 0, compounds);
        }

        Suggestions withoutVacancies() {
            return new Suggestions(texts, keys, new int[texts.length], suffixes);
        }

        /**
         * The labels plus texts of vacancies. A vacancy text that normalises like a label takes the
         * label's place, with the vacancy's spelling.
         *
         * @param vacancyTexts by normalised text: the spelling to show and the weight
         */
        Suggestions with(Map<String, Weighted> vacancyTexts) {
            var allTexts = new ArrayList<>(Arrays.asList(texts));
            var allKeys = new ArrayList<>(Arrays.asList(keys));
            var weights = new ArrayList<Integer>(Collections.nCopies(texts.length, 0));
            var newKeys = new ArrayList<String>();
            vacancyTexts.forEach((key, text) -> {
                var label = Arrays.binarySearch(keys, key);
                if (label < 0) {
                    newKeys.add(key);
                    allTexts.add(text.text());
                    allKeys.add(key);
                    weights.add(text.weight());
                } else if (text.weight() > 0) {
                    weights.set(label, text.weight());
                    allTexts.set(label, text.text());
                }
            });
            var keysNow = allKeys.toArray(String[]::new);
            var added = SuffixTable.of(keysNow, texts.length, compounds);
            return new Suggestions(allTexts.toArray(String[]::new), keysNow,
                    weights.stream().mapToInt(Integer::intValue).toArray(), SuffixTable.merge(suffixes, added, keysNow));
        }

        /** The same from texts with weights; texts that normalise alike keep the higher weight. */
        Suggestions withTexts(Map<String, Integer> weightOfText) {
            var byKey = new HashMap<String, Weighted>();
            weightOfText.forEach((text, weight) -> {
                var key = normalise(text);
                if (!key.isEmpty()) {
                    byKey.merge(key, new Weighted(text.strip(), weight), Weighted::heavier);
                }
            });
            return with(byKey);
        }

        /** This language's name of the ESCO occupation a vacancy names, by its normalised text; null for none. */
        @Nullable String occupationName(String key) {
            return occupationNames.get(key);
        }
    }

    /** A text to show and the number of open vacancies it stands for. */
    record Weighted(String text, int weight) {

        static Weighted heavier(Weighted a, Weighted b) {
            return b.weight > a.weight ? b : a;
        }

        /** Two counts of different vacancies: they add up, under the first one's spelling. */
        static Weighted sum(Weighted a, Weighted b) {
            return new Weighted(a.text, a.weight + b.weight);
        }
    }

    /**
     * Sorted suffixes, each as the text it belongs to and where in that text's key it starts: a
     * pair of ints rather than a string of its own.
     */
    private record SuffixTable(int[] texts, int[] starts) {

        int size() {
            return texts.length;
        }

        /** The suffixes of {@code keys[from..]}; equal suffixes in the order of their texts. */
        static SuffixTable of(String[] keys, int from, CompoundSplitter compounds) {
            // sorted as strings (String.compareTo is the fastest comparison there is), kept as ints
            var entries = new ArrayList<Entry>();
            for (int i = from; i < keys.length; i++) {
                for (var start : starts(keys[i], compounds)) {
                    entries.add(new Entry(keys[i].substring(start), i, start));
                }
            }
            // equal suffixes keep the order of their texts: the sort is stable
            entries.sort((a, b) -> a.suffix.compareTo(b.suffix));
            var texts = new int[entries.size()];
            var starts = new int[entries.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = entries.get(i).text;
                starts[i] = entries.get(i).start;
            }
            return new SuffixTable(texts, starts);
        }

        private record Entry(String suffix, int text, int start) {
        }

        /** Both tables in one, sorted; {@code keys} holds the texts of both. */
        static SuffixTable merge(SuffixTable a, SuffixTable b, String[] keys) {
            var texts = new int[a.size() + b.size()];
            var starts = new int[texts.length];
            int i = 0;
            int j = 0;
            for (int k = 0; k < texts.length; k++) {
                var takeA = j >= b.size() || (i < a.size()
                        && compare(keys[a.texts[i]], a.starts[i], keys[b.texts[j]], b.starts[j]) <= 0);
                if (takeA) {
                    texts[k] = a.texts[i];
                    starts[k] = a.starts[i++];
                } else {
                    texts[k] = b.texts[j];
                    starts[k] = b.starts[j++];
                }
            }
            return new SuffixTable(texts, starts);
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
     * The suggestions for an index, one table per screen language: the ESCO labels in that language,
     * and titles of open vacancies in that language, weighted by how many open vacancies have them.
     * An occupation that is an ESCO occupation weighs for that occupation's name in every language,
     * with the vacancies of every language (a search in any language finds them all); any other
     * occupation text counts like a title. A title and an occupation with the same text do not add
     * up, since most vacancies carry both: the larger count is the better estimate of how many
     * vacancies a suggestion leads to.
     */
    static Map<KioskLanguage, Suggestions> of(IndexReader reader, long today, Map<KioskLanguage, Labels> labels)
            throws IOException {
        var languages = KioskLanguage.values();
        // by the posting's language: a slot per screen language, and one for every other language
        var slots = languages.length + 1;
        var titles = counts(slots);
        var occupations = counts(slots);
        for (var leaf : reader.leaves()) {
            var live = leaf.reader().getLiveDocs();
            var expires = DocValues.getNumeric(leaf.reader(), VacancyDocuments.EXPIRES);
            var title = DocValues.getSorted(leaf.reader(), VacancyDocuments.TITLE_RAW);
            var occupation = DocValues.getSorted(leaf.reader(), VacancyDocuments.OCCUPATION_RAW);
            var language = DocValues.getSorted(leaf.reader(), VacancyDocuments.LANGUAGE);
            var slotOfLanguage = new int[language.getValueCount()];
            for (int ordinal = 0; ordinal < slotOfLanguage.length; ordinal++) {
                slotOfLanguage[ordinal] = KioskLanguage.byCode(language.lookupOrd(ordinal).utf8ToString())
                        .map(Enum::ordinal).orElse(languages.length);
            }
            var titleCounts = new int[slots][title.getValueCount()];
            var occupationCounts = new int[slots][occupation.getValueCount()];
            for (int doc = expires.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = expires.nextDoc()) {
                if ((live != null && !live.get(doc)) || expires.longValue() < today) {
                    continue;
                }
                var slot = language.advanceExact(doc) ? slotOfLanguage[language.ordValue()] : languages.length;
                count(title, doc, titleCounts[slot]);
                count(occupation, doc, occupationCounts[slot]);
            }
            for (int slot = 0; slot < slots; slot++) {
                addCounts(title, titleCounts[slot], titles.get(slot));
                addCounts(occupation, occupationCounts[slot], occupations.get(slot));
            }
        }
        var result = new EnumMap<KioskLanguage, Suggestions>(KioskLanguage.class);
        for (var screen : languages) {
            var labelsOf = labels.getOrDefault(screen, Labels.NONE);
            var named = new HashMap<String, Weighted>();
            var ownOccupations = new HashMap<String, Integer>();
            for (int slot = 0; slot < slots; slot++) {
                var ownLanguage = slot == screen.ordinal();
                occupations.get(slot).forEach((text, count) -> {
                    var name = labelsOf.occupationName(normalise(clean(text)));
                    if (name != null) {
                        named.merge(normalise(name), new Weighted(name, count), Weighted::sum);
                    } else if (ownLanguage) {
                        ownOccupations.merge(text, count, Integer::sum);
                    }
                });
            }
            var weighted = summed(titles.get(screen.ordinal()));
            summed(ownOccupations).forEach((key, text) -> named.merge(key, text, Weighted::sum));
            named.forEach((key, text) -> weighted.merge(key, text, Weighted::heavier));
            result.put(screen, labelsOf.with(weighted));
        }
        return Collections.unmodifiableMap(result);
    }

    /** Empty tables of how often each text occurs, one per slot. */
    private static List<Map<String, Integer>> counts(int slots) {
        var result = new ArrayList<Map<String, Integer>>(slots);
        for (int slot = 0; slot < slots; slot++) {
            result.add(new HashMap<>());
        }
        return result;
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
