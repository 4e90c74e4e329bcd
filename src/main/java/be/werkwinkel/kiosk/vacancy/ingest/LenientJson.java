package be.werkwinkel.kiosk.vacancy.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.json.JsonReadFeature;

/**
 * The two commonest mistakes of hand-written or template-made JSON, tolerated with a warning: a
 * raw line break (or tab) inside a text, and a comma before a closing bracket or brace. The parser
 * accepts them through {@link JsonReadFeature#ALLOW_UNESCAPED_CONTROL_CHARS} and
 * {@link JsonReadFeature#ALLOW_TRAILING_COMMA}; it does not say where it did, so this watcher
 * follows the text as it passes (strings, escapes, commas) and notes each place, for the report.
 */
final class LenientJson {

    static final JsonReadFeature[] FEATURES = {JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
            JsonReadFeature.ALLOW_TRAILING_COMMA};
    static final String RAW_CONTROL = "a line break or tab written raw inside a text (read as it is; JSON wants \\n)";
    static final String TRAILING_COMMA = "a comma before a closing bracket (ignored)";

    /** A tolerated mistake and the line it is on (1-based, counted from where watching started). */
    record Slip(int line, String what) {
    }

    /** At most this many slips are kept per feed: one per line at most, and they repeat. */
    static final int MAX_SLIPS = 20;

    private final List<Slip> slips = new ArrayList<>();
    private int total;
    private int line = 1;
    private int lastSlipLine;
    private boolean inString;
    private boolean escaped;
    private boolean afterComma;

    /** The slips in a piece of text, such as one NDJSON line. */
    static List<Slip> scan(CharSequence text, int firstLine) {
        var watcher = new LenientJson();
        watcher.line = firstLine;
        for (var i = 0; i < text.length(); i++) {
            watcher.see(text.charAt(i));
        }
        return watcher.slips;
    }

    /** A reader that passes everything through and notes the slips in {@code watcher}. */
    static Reader watching(Reader in, LenientJson watcher) {
        return new FilterReader(in) {
            @Override
            public int read() throws IOException {
                var c = super.read();
                if (c >= 0) {
                    watcher.see((char) c);
                }
                return c;
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                var read = super.read(buffer, offset, length);
                for (var i = 0; i < read; i++) {
                    watcher.see(buffer[offset + i]);
                }
                return read;
            }
        };
    }

    /** The feed's line number where watching starts (after skipped leading blank lines). */
    void startAtLine(int first) {
        line = first;
    }

    List<Slip> slips() {
        return List.copyOf(slips);
    }

    int total() {
        return total;
    }

    private void see(char c) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            } else if (c < 0x20) {
                slip(RAW_CONTROL);
            }
            if (c == '\n') {
                line++;
            }
            return;
        }
        switch (c) {
            case '"' -> {
                inString = true;
                afterComma = false;
            }
            case ',' -> afterComma = true;
            case ']', '}' -> {
                if (afterComma) {
                    slip(TRAILING_COMMA);
                }
                afterComma = false;
            }
            case '\n' -> line++;
            case ' ', '\t', '\r' -> {
                // whitespace keeps a pending comma pending
            }
            default -> afterComma = false;
        }
    }

    private void slip(String what) {
        total++;
        if (slips.size() < MAX_SLIPS && lastSlipLine != line) {
            slips.add(new Slip(line, what));
            lastSlipLine = line;
        }
    }
}
