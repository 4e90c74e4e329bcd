package be.werkwinkel.kiosk.vacancy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The vacancy feeds and the search index as staff see them in the console (decision 037): every
 * source with its last import and the vacancies it holds now, the drop folder, and the staff
 * actions "import now" and "rebuild the index". An action runs in the background, one at a time;
 * its progress and outcome are in {@link #overview()} and in the staff audit log.
 */
public interface VacancyFeeds {

    /** Everything the console shows, read now. */
    Overview overview();

    /**
     * Starts importing one source now: a configured URL feed, {@link #DROP_FOLDER} (every file
     * waiting in the drop folder) or the demo set. Returns at once.
     *
     * @param staff the staff member's username, for the audit log
     * @throws IllegalArgumentException when there is no such source to import from (a source that
     *     only ever came by command has nothing to fetch)
     */
    Started importNow(String source, String staff);

    /** Starts importing every configured URL feed and the drop folder, one after the other. */
    Started importAll(String staff);

    /** Starts dropping the search index and building it again from the database. */
    Started rebuildIndex(String staff);

    /** The last imports of a source, newest first. */
    List<ImportRecord> history(String source, int limit);

    /** The name under which {@link #importNow} takes the drop folder. */
    String DROP_FOLDER = "drop-folder";

    /** Where a source's vacancies come from. */
    enum SourceKind {
        /** An http(s) feed polled on a schedule ({@code kiosk.vacancy.feeds.urls}). */
        URL,
        /** The demo set of a standalone kiosk. */
        DEMO,
        /** Files dropped in the drop folder, or the {@code import} command: nothing to fetch from here. */
        FILES
    }

    /** Why an import changed nothing, so that the console can say it in plain words. */
    enum FailureKind {
        /** The feed's server could not be reached, did not answer in time, or answered with an error. */
        DOWNLOAD,
        /** Larger than {@code kiosk.vacancy.feeds.max-size} or with more records than {@code max-records}. */
        TOO_LARGE,
        /** Not a readable feed: not JSON, broken or cut off, not UTF-8, or empty. */
        NOT_A_FEED,
        /** A complete feed without one valid vacancy: importing it would have removed all of the source's. */
        EMPTY,
        /** The file could not be opened or read. */
        FILE,
        /** The database could not store the feed. */
        DATABASE,
        /** Anything else; the technical reason is in the details. */
        OTHER
    }

    /**
     * @param vacancies searchable now (0 while loading)
     * @param loading the index is being built: searches say "loading vacancies"
     * @param lastUpdate when an import last succeeded, any source
     * @param dropFolder null when none is configured
     * @param task the action running now, or the last one that finished (since this process started)
     */
    record Overview(long vacancies, boolean loading, @Nullable Instant lastUpdate, List<Source> sources,
            @Nullable DropFolder dropFolder, @Nullable Task task) {

        public Overview {
            sources = List.copyOf(sources);
        }

        public boolean running() {
            return task != null && task.finished() == null;
        }
    }

    /**
     * @param address a URL feed's address without credentials, query or fragment; null otherwise
     * @param interval how often a URL feed is fetched; null otherwise
     * @param complete a feed that holds all of its source's vacancies (missing ones are removed)
     * @param vacancies the vacancies of this source in the database now
     * @param lastImport the last attempt, successful or not
     * @param lastSuccess when an import of this source last succeeded
     * @param importable "import now" can fetch it from here
     */
    record Source(String name, SourceKind kind, @Nullable String address, @Nullable Duration interval,
            boolean complete, long vacancies, @Nullable ImportRecord lastImport, @Nullable Instant lastSuccess,
            boolean importable) {
    }

    /**
     * @param waitingFiles feed files in the folder now, imported at the next scan
     * @param failedFiles files in its {@code failed/} folder (each with a report beside it)
     */
    record DropFolder(String path, Duration interval, boolean complete, int waitingFiles, int failedFiles) {
    }

    /**
     * One import as the importer recorded it.
     *
     * @param failureKind null when it succeeded
     * @param failure the importer's technical reason (English), null when it succeeded
     * @param report the importer's report (English, as the {@code import} command prints it, with
     *     the rejected records and their reasons); null for imports recorded before it was kept
     */
    record ImportRecord(String source, Instant started, Instant finished, int records, int added, int updated,
            int unchanged, int removed, int rejected, @Nullable FailureKind failureKind, @Nullable String failure,
            @Nullable String report) {

        public boolean succeeded() {
            return failureKind == null;
        }
    }

    /** A staff action on the feeds or the index. */
    enum TaskKind {
        IMPORT_SOURCE, IMPORT_ALL, REBUILD_INDEX
    }

    /**
     * @param source the source of an {@link TaskKind#IMPORT_SOURCE}, else null
     * @param finished null while it runs
     * @param indexed for a rebuild: the vacancies indexed so far, then in all
     * @param imports for an import: what each import did, as it finished
     * @param error a failure of the action itself (not of a feed, which is an import record): the
     *     technical reason
     */
    record Task(long id, TaskKind kind, @Nullable String source, String staff, Instant started,
            @Nullable Instant finished, long indexed, List<ImportRecord> imports, @Nullable String error) {

        public Task {
            imports = List.copyOf(imports);
        }

        /** Finished, and neither the action nor one of its imports failed. */
        public boolean succeeded() {
            return finished != null && error == null && imports.stream().allMatch(ImportRecord::succeeded);
        }
    }

    /**
     * @param task the action that runs now
     * @param alreadyRunning another action was running: nothing new was started, {@code task} is that one
     */
    record Started(Task task, boolean alreadyRunning) {
    }
}
