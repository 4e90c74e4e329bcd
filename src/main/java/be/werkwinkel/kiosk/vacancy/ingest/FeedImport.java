package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.vacancy.ImportReport;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.FailureKind;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One import, once committed: the report for people, and what the search index must do now.
 *
 * @param changed vacancies added or updated: index them (read them with {@code VacancyStore.find})
 * @param removed vacancies deleted: drop them from the index
 * @param sequence the database's vacancy sequence after this import, for the index to record; 0
 *     when the import failed (then nothing changed and there is nothing to apply)
 * @param failureKind why it failed, for the staff console; null when it succeeded
 */
public record FeedImport(ImportReport report, List<VacancyId> changed, List<VacancyId> removed, long sequence,
        @Nullable FailureKind failureKind) {

    public FeedImport {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /** A committed import. */
    public FeedImport(ImportReport report, List<VacancyId> changed, List<VacancyId> removed, long sequence) {
        this(report, changed, removed, sequence, null);
    }

    /** An import that failed and changed nothing. */
    static FeedImport failed(ImportReport report, FailureKind kind) {
        return new FeedImport(report, List.of(), List.of(), 0, kind);
    }

    public boolean succeeded() {
        return report.succeeded();
    }
}
