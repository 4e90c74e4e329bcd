package be.werkwinkel.kiosk.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The figures as a plain-text table with the target and verdict beside each, to paste into the README. */
final class FiguresTable {

    private static final int LABEL_WIDTH = 58;
    private static final int VALUE_WIDTH = 30;

    private sealed interface Line permits Section, Row, Note {
    }

    private record Section(String title) implements Line {
    }

    private record Row(String label, String value, String target, @Nullable Boolean met) implements Line {
    }

    private record Note(String text) implements Line {
    }

    private final List<Line> lines = new ArrayList<>();

    void section(String title) {
        lines.add(new Section(title));
    }

    void row(String label, String value) {
        lines.add(new Row(label, value, "", null));
    }

    void row(String label, String value, String target, boolean met) {
        lines.add(new Row(label, value, target, met));
    }

    void note(String text) {
        lines.add(new Note(text));
    }

    void print(PrintStream out) {
        for (var line : lines) {
            switch (line) {
                case Section section -> out.printf("%n%s%n%s%n", section.title(), "-".repeat(section.title().length()));
                case Row row -> {
                    var text = "%-" + LABEL_WIDTH + "s %" + VALUE_WIDTH + "s";
                    var printed = String.format(Locale.ROOT, text, row.label(), row.value());
                    if (row.met() != null) {
                        printed += String.format(Locale.ROOT, "   %-10s %s", row.target(), row.met() ? "ok" : "MISSED");
                    }
                    out.println(printed.stripTrailing());
                }
                case Note note -> out.println("  " + note.text());
            }
        }
    }

    /** Milliseconds with the precision that matters at their size. */
    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        if (millis < 1) {
            return String.format(Locale.ROOT, "%.3f", millis);
        }
        return String.format(Locale.ROOT, millis < 100 ? "%.1f" : "%.0f", millis);
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, seconds < 10 ? "%.2f s" : "%.1f s", seconds);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1024.0 / 1024.0);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
