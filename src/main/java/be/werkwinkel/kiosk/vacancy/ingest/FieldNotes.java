package be.werkwinkel.kiosk.vacancy.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What was dropped or guessed while one posting was mapped. A field that only adds to a vacancy
 * (a salary, a link, a contact, a place's coordinates) is read through {@link #optional}: when it
 * cannot be used it is left out with a note, and the posting still imports. Only what a vacancy
 * cannot do without (identifier, title, date posted, plausible dates) rejects the record.
 */
final class FieldNotes {

    private final List<String> notes = new ArrayList<>();

    /** The field's value, or {@code fallback} with a note when reading it threw. */
    <T> @Nullable T optional(String field, Supplier<@Nullable T> reading, @Nullable T fallback) {
        try {
            return reading.get();
        } catch (RejectedRecord e) {
            var reason = e.getMessage();
            note((reason.startsWith(field) ? reason : field + ": " + reason) + "; left out");
            return fallback;
        }
    }

    <T> @Nullable T optional(String field, Supplier<@Nullable T> reading) {
        return optional(field, reading, null);
    }

    void note(String note) {
        notes.add(note);
    }

    List<String> all() {
        return List.copyOf(notes);
    }
}
