package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.base.Html;
import java.util.ArrayList;
import java.util.Comparator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML-escaped text with the matches in {@code <mark>}, and an
 * ellipsis where a passage starts or ends inside the text. Written here rather than using Lucene's
 * {@code DefaultPassageFormatter} so that what is escaped, and how overlapping matches (a compound
 * and its part) are merged, is in one place we test.
 */
final class MarkFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        var html = new StringBuilder();
        for (var passage : passages) {
            var start = skipSpace(content, passage.getStartOffset());
            var end = trimSpace(content, start, passage.getEndOffset());
            if (start > 0) {
                html.append(ELLIPSIS).append(' ');
            }
            var position = start;
            for (var match : merged(passage)) {
                var from = Math.max(match[0], position);
                var to = Math.min(match[1], end);
                if (from >= to) {
                    continue;
                }
                Html.appendEscaped(html, content, position, from);
                html.append("<mark>");
                Html.appendEscaped(html, content, from, to);
                html.append("</mark>");
                position = to;
            }
            Html.appendEscaped(html, content, position, end);
            if (end < content.length()) {
                html.append(' ').append(ELLIPSIS);
            }
        }
        return html.toString();
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
