package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.vacancy.ImportReport;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import java.util.List;

/**
 * One import, once committed: the report for people, and what the search index must do now.
 *
 * @param changed vacancies added or updated: index them (read them with {@code VacancyStore.find})
 * @param removed vacancies deleted: drop them from the index
 * @param sequence the database's vacancy sequence after this import, for the index to record; 0
 *     when the import failed (then nothing changed and there is nothing to apply)
 */
public record FeedImport(ImportReport report, List<VacancyId> changed, List<VacancyId> removed, long sequence) {

    public FeedImport {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public boolean succeeded() {
        return report.succeeded();
    }
}
