package be.werkwinkel.kiosk.vacancy;

import java.util.List;

/**
 * Plain text with the stretches that matched a search marked, as character ranges. Nothing in it
 * is markup: whoever shows it (a screen, an API client) decides how a mark looks, and escapes
 * the text the way its medium needs.
 *
 * @param marks in order, not overlapping, each within the text
 */
public record MarkedText(String text, List<Range> marks) {

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the text, as {@link String#substring}. */
    public record Range(int start, int end) {
        public Range {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("not a range: " + start + ".." + end);
            }
        }
    }

    public MarkedText {
        marks = List.copyOf(marks);
        var previousEnd = 0;
        for (var mark : marks) {
            if (mark.start() < previousEnd || mark.end() > text.length()) {
                throw new IllegalArgumentException("marks must be in order, apart, and inside the text");
            }
            previousEnd = mark.end();
        }
    }

    /** Text without marks. */
    public static MarkedText plain(String text) {
        return new MarkedText(text, List.of());
    }

    /** The marked stretches themselves, in order. */
    public List<String> marked() {
        return marks.stream().map(mark -> text.substring(mark.start(), mark.end())).toList();
    }
}
