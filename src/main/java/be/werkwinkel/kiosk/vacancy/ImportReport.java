package be.werkwinkel.kiosk.vacancy;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import did. When {@code failure} is set, the feed as a whole could not be read (broken
 * or truncated file, invalid UTF-8, too large, unreachable URL) and nothing was changed.
 *
 * @param records records found in the feed
 * @param added new vacancies
 * @param updated vacancies whose content changed
 * @param unchanged vacancies already known as they are
 * @param removed vacancies of a complete feed that it no longer contains, plus expired ones
 * @param rejected malformed records that were skipped
 * @param errors the first rejected records with their position and reason
 * @param notes what else staff should know, e.g. that a complete feed removed nothing because some
 *     of its records could not be identified, or how postings without an identifier were identified
 * @param expired postings whose closing date had passed: not imported (and removed if stored)
 * @param warned records imported with a field dropped or guessed, or with a tolerated JSON slip
 * @param warnings the first of those, with their position and what was dropped or guessed
 */
public record ImportReport(
        String source,
        int records,
        int added,
        int updated,
        int unchanged,
        int removed,
        int rejected,
        List<RecordError> errors,
        List<String> notes,
        @Nullable String failure,
        Duration took,
        int expired,
        int warned,
        List<RecordError> warnings) {

    public static final int MAX_ERRORS = 20;

    public ImportReport {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /** A report without expired postings or warnings. */
    public ImportReport(String source, int records, int added, int updated, int unchanged, int removed, int rejected,
            List<RecordError> errors, List<String> notes, @Nullable String failure, Duration took) {
        this(source, records, added, updated, unchanged, removed, rejected, errors, notes, failure, took, 0, 0,
                List.of());
    }

    public boolean succeeded() {
        return failure == null;
    }

    /**
     * @param position where the record is: "line 12" for NDJSON, "record 3" in an array or graph
     * @param identifier the record's identifier when it had one
     */
    public record RecordError(String position, @Nullable String identifier, String reason) {
    }

    /** A readable multi-line summary, as the command line prints it. */
    public String summary() {
        var text = new StringBuilder();
        if (failure != null) {
            text.append("Import of ").append(source).append(" FAILED, nothing was changed: ").append(failure).append('\n');
        } else {
            text.append("Import of ").append(source).append(": ").append(records).append(" records, ")
                    .append(added).append(" added, ").append(updated).append(" updated, ")
                    .append(unchanged).append(" unchanged, ").append(removed).append(" removed, ")
                    .append(rejected).append(" rejected");
            if (expired > 0) {
                text.append(", ").append(expired).append(" expired, not imported");
            }
            text.append(" (").append(took.toMillis()).append(" ms)\n");
        }
        notes.forEach(note -> text.append("  Note: ").append(note).append('\n'));
        errors.forEach(error -> line(text, "", error));
        if (rejected > errors.size()) {
            text.append("  … and ").append(rejected - errors.size()).append(" more\n");
        }
        if (warned > 0) {
            text.append("  Imported with a warning: ").append(warned).append('\n');
        }
        warnings.forEach(warning -> line(text, "warning: ", warning));
        if (warned > warnings.size()) {
            text.append("  … and ").append(warned - warnings.size()).append(" more warnings\n");
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String kind, RecordError error) {
        text.append("  ").append(kind).append(error.position())
                .append(error.identifier() == null ? "" : " [" + error.identifier() + "]")
                .append(": ").append(error.reason()).append('\n');
    }
}
