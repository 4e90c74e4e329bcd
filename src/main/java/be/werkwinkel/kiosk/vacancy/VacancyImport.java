package be.werkwinkel.kiosk.vacancy;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Bringing vacancies in from schema.org JobPosting JSON-LD (a single object, an array, an
 * {@code @graph}, or NDJSON). Each import is all-or-nothing for the database; malformed records are
 * skipped and reported, the rest imports. The index follows the database.
 */
public interface VacancyImport {

    ImportReport importFile(Path file, FeedOptions options);

    ImportReport importUrl(URI url, FeedOptions options);

    ImportReport importStream(InputStream json, String name, FeedOptions options);

    /** Drops the search index and builds it again from the database; returns how many were indexed. */
    long rebuildIndex();

    /**
     * The report of the import started with this {@link FeedOptions#requestId()}, once it committed
     * or failed; empty while it runs, or when it never reached the database (nothing changed).
     */
    Optional<String> importOutcome(String requestId);

    /**
     * @param source the feed's name: vacancies are upserted by (source, identifier)
     * @param complete the feed holds all of the source's current vacancies, so those it no longer
     *     contains are removed (never when the feed could not be read completely)
     * @param requestId chosen by the caller (a staff command) to ask for the outcome later, should
     *     the answer be lost; up to 64 letters, digits and dashes
     */
    record FeedOptions(String source, boolean complete, @Nullable String requestId) {

        public FeedOptions {
            if (source.isBlank() || source.length() > 100) {
                throw new IllegalArgumentException("a feed needs a name of 1 to 100 characters");
            }
            if (requestId != null && !requestId.matches("[A-Za-z0-9-]{1,64}")) {
                throw new IllegalArgumentException("a request id has 1 to 64 letters, digits and dashes");
            }
        }

        public FeedOptions(String source, boolean complete) {
            this(source, complete, null);
        }
    }
}
