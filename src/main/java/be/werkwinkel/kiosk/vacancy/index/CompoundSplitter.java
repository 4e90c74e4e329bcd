package be.werkwinkel.kiosk.vacancy.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Splits Dutch compounds into the known words they are made of: "vrachtwagenchauffeurs" into
 * "vrachtwagen" and "chauffeur", and "vrachtwagen" further into "vracht" and "wagen".
 *
 * <p>Lucene's {@code DictionaryCompoundWordTokenFilter} emits every dictionary word found anywhere
 * in a token. With a dictionary of job words that is noisy ("arts" inside "startsalaris"), and with
 * only-longest-match a compound that is itself a dictionary word ("heftruckchauffeur" is an ESCO
 * label) hides its first part. So this splitter looks for a segmentation of the whole word into the
 * fewest dictionary words (at least two), allowing the Dutch linking sounds ("bedrijf-s-leider") and
 * a plural ending, then splits each part again. A word that cannot be segmented completely only
 * yields its longest known head and modifier, and only when those are five letters or more.
 *
 * <p>Some words look like compounds of a job word but are another job: a coppersmith is no butcher
 * ("koper|slager"), farming is no building ("land|bouw"). {@link #NON_SPLITS} keeps them whole, and
 * no part may cut through one of them where it occurs inside a longer word ("landbouwer").
 */
final class CompoundSplitter {

    /** Shorter parts are almost never a word a visitor means ("ei", "al"). */
    static final int MIN_PART = 3;
    /** A part found without a complete segmentation must be this long to be trusted. */
    private static final int MIN_LOOSE_PART = 5;
    private static final String[] LINKS = {"s", "en", "e"};
    private static final String[] ENDINGS = {"", "s", "n", "en", "e"};
    private static final int NONE = Integer.MAX_VALUE / 2;

    /** Words whose parts are false friends of another job; see the class comment. */
    static final Set<String> NON_SPLITS = Set.of("koperslager", "goudslager", "landbouw", "tuinbouw", "akkerbouw",
            "bosbouw", "houtkapper", "boomkapper", "steenbakker", "pannenbakker");

    private final CharArraySet words;
    private final int longestWord;

    /** @param words lower-case, accent-folded words of {@value #MIN_PART} letters or more */
    CompoundSplitter(Collection<String> words) {
        this.words = CharArraySet.unmodifiableSet(new CharArraySet(words, false));
        this.longestWord = words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** One part of a compound, as a slice of the word that was split. */
    record Part(int offset, int length) {

        String of(CharSequence word) {
            return word.subSequence(offset, offset + length).toString();
        }
    }

    boolean isWord(CharSequence word) {
        return words.contains(word);
    }

    List<Part> split(String word) {
        return split(word.toCharArray(), 0, word.length());
    }

    /** The parts of {@code word[offset, offset + length)}, outermost first; empty if it is no compound. */
    List<Part> split(char[] word, int offset, int length) {
        var parts = new ArrayList<Part>();
        if (length < 2 * MIN_PART) {
            return parts;
        }
        addSegmentation(word, offset, length, 0, parts);
        if (parts.isEmpty()) {
            addLooseParts(word, offset, length, parts);
        }
        removeFalseFriends(word, offset, length, parts);
        return parts;
    }

    /**
     * The outermost segmentation only ("magazijnmedewerker" is "magazijn" and "medewerker"), for a
     * word typed in a query; empty when the word is no compound of known words.
     */
    List<String> topParts(String word) {
        var chars = word.toCharArray();
        if (chars.length < 2 * MIN_PART) {
            return List.of();
        }
        var parts = new ArrayList<>(new Segmentation(chars, 0, chars.length).best());
        var cut = parts.size();
        removeFalseFriends(chars, 0, chars.length, parts);
        if (parts.size() < cut) {
            return List.of();
        }
        return parts.stream().map(part -> part.of(word)).toList();
    }

    /** Drops every part that lies inside or across a non-split word, unless it is that whole word. */
    private static void removeFalseFriends(char[] word, int offset, int length, List<Part> parts) {
        if (parts.isEmpty()) {
            return;
        }
        var text = new String(word, offset, length);
        for (var keep : NON_SPLITS) {
            for (int at = text.indexOf(keep); at >= 0; at = text.indexOf(keep, at + 1)) {
                var start = at;
                var end = at + keep.length();
                parts.removeIf(part -> part.offset() < end && part.offset() + part.length() > start
                        && !(part.offset() <= start && part.offset() + part.length() >= end));
            }
        }
    }

    /** Adds the parts of a complete segmentation, and of each part's own segmentation. */
    private void addSegmentation(char[] word, int offset, int length, int shift, List<Part> parts) {
        if (length < 2 * MIN_PART) {
            return;
        }
        for (var part : new Segmentation(word, offset, length).best()) {
            parts.add(new Part(shift + part.offset(), part.length()));
            addSegmentation(word, offset + part.offset(), part.length(), shift + part.offset(), parts);
        }
    }

    /** The longest known modifier at the start and head at the end, for words with an unknown middle. */
    private void addLooseParts(char[] word, int offset, int length, List<Part> parts) {
        for (int end = Math.min(length - MIN_PART, longestWord); end >= MIN_LOOSE_PART; end--) {
            if (words.contains(word, offset, end)) {
                parts.add(new Part(0, end));
                break;
            }
        }
        for (var ending : ENDINGS) {
            var stem = length - ending.length();
            if (!endsWith(word, offset, length, ending)) {
                continue;
            }
            for (int start = Math.max(MIN_PART, stem - longestWord); start <= stem - MIN_LOOSE_PART; start++) {
                if (words.contains(word, offset + start, stem - start)) {
                    parts.add(new Part(start, stem - start));
                    return;
                }
            }
        }
    }

    private static boolean endsWith(char[] word, int offset, int length, String ending) {
        return ending.length() <= length && regionEquals(word, offset + length - ending.length(), ending);
    }

    private static boolean regionEquals(char[] word, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (word[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Dynamic programming over the positions of one word: the fewest parts that cover it. */
    private final class Segmentation {

        private final char[] word;
        private final int offset;
        private final int length;
        /** Fewest parts covering [i, length), NONE when impossible, 0 when not yet computed. */
        private final int[] partsFrom;
        private final int[] partEnd;

        Segmentation(char[] word, int offset, int length) {
            this.word = word;
            this.offset = offset;
            this.length = length;
            this.partsFrom = new int[length + 1];
            this.partEnd = new int[length + 1];
        }

        /** The fewest parts (two or more) that cover the word, or empty. */
        List<Part> best() {
            int bestCount = NONE;
            int bestEnd = -1;
            // the longest first part wins a tie: "kassa|medewerker" before "kas|sam|..."
            for (int end = Math.min(length - MIN_PART, longestWord); end >= MIN_PART; end--) {
                if (!words.contains(word, offset, end)) {
                    continue;
                }
                var count = 1 + afterPart(end);
                if (count < bestCount) {
                    bestCount = count;
                    bestEnd = end;
                }
            }
            if (bestCount >= NONE) {
                return List.of();
            }
            var parts = new ArrayList<Part>();
            parts.add(new Part(0, bestEnd));
            var position = nextPartStart(bestEnd);
            while (position >= 0 && position < length && partEnd[position] > 0) {
                parts.add(new Part(position, partEnd[position] - position));
                position = ending(partEnd[position]) ? -1 : nextPartStart(partEnd[position]);
            }
            return parts;
        }

        /** Fewest further parts after a part ending at {@code end}, which must be at least one. */
        private int afterPart(int end) {
            var best = partsFrom(end);
            for (var link : LINKS) {
                if (end + link.length() < length && regionEquals(word, offset + end, link)) {
                    best = Math.min(best, partsFrom(end + link.length()));
                }
            }
            return best;
        }

        /** Where the next part starts after {@code end}: directly, or after a linking sound. */
        private int nextPartStart(int end) {
            var best = partsFrom(end);
            var start = end;
            for (var link : LINKS) {
                if (end + link.length() < length && regionEquals(word, offset + end, link)
                        && partsFrom(end + link.length()) < best) {
                    best = partsFrom(end + link.length());
                    start = end + link.length();
                }
            }
            return best >= NONE ? -1 : start;
        }

        /** Fewest parts covering [start, length), allowing a plural ending after the last part. */
        private int partsFrom(int start) {
            if (start >= length) {
                return NONE;
            }
            if (partsFrom[start] != 0) {
                return partsFrom[start];
            }
            int best = NONE;
            int bestEnd = 0;
            for (int end = Math.min(length, start + longestWord); end >= start + MIN_PART; end--) {
                if (!words.contains(word, offset + start, end - start)) {
                    continue;
                }
                var count = ending(end) ? 1 : 1 + afterPart(end);
                if (count < best) {
                    best = count;
                    bestEnd = end;
                }
            }
            partsFrom[start] = best;
            partEnd[start] = bestEnd;
            return best;
        }

        private boolean ending(int end) {
            for (var ending : ENDINGS) {
                if (end + ending.length() == length && regionEquals(word, offset + end, ending)) {
                    return true;
                }
            }
            return false;
        }
    }
}
