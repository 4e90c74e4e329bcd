package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.vacancy.MarkedText;
import java.util.ArrayList;
import java.util.Comparator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as a {@link MarkedText}: the passage's plain text, with an ellipsis
 * where it starts or ends inside the content, and the matches as ranges. Written here rather than
 * using Lucene's {@code DefaultPassageFormatter} so that how overlapping matches (a compound and
 * its part) are merged is in one place we test; no markup is produced, so nothing needs escaping.
 */
final class MarkFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";

    @Override
    public MarkedText format(Passage[] passages, String content) {
        var text = new StringBuilder();
        var marks = new ArrayList<MarkedText.Range>();
        for (var passage : passages) {
            var start = skipSpace(content, passage.getStartOffset());
            var end = trimSpace(content, start, passage.getEndOffset());
            if (start > 0) {
                text.append(ELLIPSIS).append(' ');
            }
            var position = start;
            for (var match : merged(passage)) {
                var from = Math.max(match[0], position);
                var to = Math.min(match[1], end);
                if (from >= to) {
                    continue;
                }
                text.append(content, position, from);
                marks.add(new MarkedText.Range(text.length(), text.length() + to - from));
                text.append(content, from, to);
                position = to;
            }
            text.append(content, position, end);
            if (end < content.length()) {
                text.append(' ').append(ELLIPSIS);
            }
        }
        return new MarkedText(text.toString(), marks);
    }

    /** The match ranges in order, overlapping or touching ones joined. */
    private static ArrayList<int[]> merged(Passage passage) {
        var ranges = new ArrayList<int[]>();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            ranges.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
        }
        ranges.sort(Comparator.comparingInt(range -> range[0]));
        var merged = new ArrayList<int[]>();
        for (var range : ranges) {
            var last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private static int skipSpace(String content, int start) {
        while (start < content.length() && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int trimSpace(String content, int start, int end) {
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
