package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.vacancy.ImportReport;
import be.werkwinkel.kiosk.vacancy.ImportReport.RecordError;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.FailureKind;
import be.werkwinkel.kiosk.vacancy.VacancyImport.FeedOptions;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import be.werkwinkel.kiosk.vacancy.store.AppliedFeed;
import be.werkwinkel.kiosk.vacancy.store.VacancyStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

/**
 * Imports a vacancy feed from a file, a stream or an http(s) URL into the {@link VacancyStore}:
 * all of it in one transaction, or nothing. Never throws for bad input: whatever goes wrong
 * becomes a report with a {@code failure} and an unchanged database, and is logged as an import.
 *
 * <p>The result carries what the search index must do, to be applied after this returns (the
 * database has committed by then).
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Service
public class FeedImporter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedImporter.class);

    private final VacancyStore store;
    private final JobPostingReader reader;
    private final FeedDownloader downloader;
    private final Clock clock;
    private final long maxBytes;
    private final Period defaultValidity;

    public FeedImporter(VacancyStore store, EscoOccupations occupations, BelgianPlaces places,
            VacancyFeedSettings settings, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.maxBytes = settings.maxSize().toBytes();
        this.defaultValidity = Period.ofDays((int) settings.defaultValidity().toDays());
        this.reader = new JobPostingReader(new JobPostingMapper(occupations, places, clock, defaultValidity), maxBytes,
                settings.maxRecords());
        this.downloader = new FeedDownloader(settings.connectTimeout(), settings.downloadTimeout(), maxBytes);
    }

    /** Imports a feed file; {@code options.source()} names the vacancies' source. */
    public FeedImport importFile(Path file, FeedOptions options) {
        var started = clock.instant();
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return failed(options, started, FailureKind.FILE, file.getFileName() + " is not a regular file");
            }
            if (Files.size(file) > maxBytes) {
                return failed(options, started, FailureKind.TOO_LARGE, "the feed is larger than the limit of "
                        + JobPostingReader.megabytes(maxBytes));
            }
            try (var in = Files.newInputStream(file)) {
                return importStream(in, file.getFileName().toString(), options);
            }
        } catch (IOException | RuntimeException e) {
            return failed(options, started, FailureKind.FILE, "the file could not be read: " + e.getMessage());
        }
    }

    /** Fetches a feed over http or https (never another scheme) and imports it. */
    public FeedImport importUrl(URI url, FeedOptions options) {
        var started = clock.instant();
        Path file = null;
        try {
            file = downloader.download(url);
            try (var in = Files.newInputStream(file)) {
                return importStream(in, url.toString(), options);
            }
        } catch (FeedUnreadableException e) {
            return failed(options, started, e.kind(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            return failed(options, started, FailureKind.FILE, "the downloaded feed could not be read: " + e.getMessage());
        } finally {
            deleteQuietly(file);
        }
    }

    /**
     * Imports a feed from a stream, which is read to its end but not closed.
     *
     * @param name where the stream comes from, for the log
     */
    public FeedImport importStream(InputStream json, String name, FeedOptions options) {
        var started = clock.instant();
        var errors = new ArrayList<RecordError>();
        var warnings = new ArrayList<RecordError>();
        var summary = new AtomicReference<JobPostingReader.Summary>();
        try {
            var applied = store.apply(options.source(), options.complete(), options.requestId(), sink -> {
                var read = reader.read(json, options.source(), new JobPostingReader.Records() {
                    @Override
                    public void accepted(Vacancy vacancy) {
                        sink.accept(vacancy);
                    }

                    @Override
                    public void rejected(RecordError error) {
                        if (errors.size() < ImportReport.MAX_ERRORS) {
                            errors.add(error);
                        }
                    }

                    @Override
                    public void warned(RecordError warning) {
                        if (warnings.size() < ImportReport.MAX_ERRORS) {
                            warnings.add(warning);
                        }
                    }

                    @Override
                    public void keep(String identifier) {
                        sink.keep(identifier);
                    }

                    @Override
                    public void withdrawn(String identifier) {
                        sink.withdraw(identifier);
                    }
                });
                summary.set(read);
                refuseEmptyCompleteFeed(read, options);
                return read.tally();
            });
            var report = report(options, applied, summary.get(), errors, warnings, started);
            log.info("{} ({}): {}", options.source(), name, report.summary().strip());
            rememberReport(applied.importId(), report);
            return new FeedImport(report, applied.changed(), applied.removed(), applied.sequence());
        } catch (FeedUnreadableException e) {
            return failed(options, started, e.kind(), e.getMessage(), summary.get(), errors);
        } catch (DataAccessException | TransactionException e) {
            return failed(options, started, FailureKind.DATABASE, "the database could not store the feed: "
                    + NestedExceptionUtils.getMostSpecificCause(e).getMessage(), summary.get(), errors);
        } catch (RuntimeException e) {
            log.error("Import of {} ({}) failed unexpectedly", options.source(), name, e);
            return failed(options, started, FailureKind.OTHER, "unexpected error: " + e, summary.get(), errors);
        }
    }

    /** A complete feed with no valid vacancy would empty the source: far more likely a broken export. */
    private static void refuseEmptyCompleteFeed(JobPostingReader.Summary read, FeedOptions options) {
        if (!options.complete() || read.accepted() > 0) {
            return;
        }
        throw new FeedUnreadableException(FailureKind.EMPTY, read.records() == 0
                ? "the complete feed holds no vacancies; importing it would remove all of " + options.source()
                        + "'s vacancies"
                : "not one record of the complete feed is valid; importing it would remove " + options.source()
                        + "'s vacancies");
    }

    private ImportReport report(FeedOptions options, AppliedFeed applied, JobPostingReader.Summary read,
            List<RecordError> errors, List<RecordError> warnings, Instant started) {
        var notes = new ArrayList<String>();
        if (applied.missingKept()) {
            notes.add("some records could not be identified, so the vacancies missing from this complete feed "
                    + "were kept rather than removed");
        }
        notes.addAll(read.notes(defaultValidity));
        var tally = applied.tally();
        return new ImportReport(options.source(), tally.records(), applied.added(), applied.updated(),
                applied.unchanged(), applied.removed().size(), tally.rejected(),
                errors.stream().limit(ImportReport.MAX_ERRORS).toList(), notes, null,
                Duration.between(started, clock.instant()), read.withdrawn(), read.warned(), warnings);
    }

    /**
     * Keeps the report with the import's row: for the staff console (the rejected records and their
     * reasons), and for a staff command that lost the answer (a timeout, a crash after the commit)
     * and asks for it by request id. The row itself, with its counts, committed with the import;
     * this only adds the text.
     */
    private void rememberReport(long importId, ImportReport report) {
        try {
            store.recordReport(importId, report.summary());
        } catch (RuntimeException e) {
            log.warn("Could not keep the report of import {}: {}", importId, e.toString());
        }
    }

    /** What the import with this request id did, as its report; empty when none committed or failed with it. */
    public Optional<String> outcome(String requestId) {
        return store.importOutcome(requestId).map(outcome -> outcome.report() != null ? outcome.report()
                : outcome.failure() != null
                        ? "Import of " + outcome.source() + " FAILED, nothing was changed: " + outcome.failure() + "\n"
                        : "Import of " + outcome.source() + " was committed: " + outcome.records() + " records, "
                                + outcome.added() + " added, " + outcome.updated() + " updated, " + outcome.unchanged()
                                + " unchanged, " + outcome.removed() + " removed, " + outcome.rejected()
                                + " rejected (the full report was lost with the answer)\n");
    }

    private FeedImport failed(FeedOptions options, Instant started, FailureKind kind, String failure) {
        return failed(options, started, kind, failure, null, List.of());
    }

    /** Nothing changed; the records read before the failure are counted, and their errors kept. */
    private FeedImport failed(FeedOptions options, Instant started, FailureKind kind, String failure,
            JobPostingReader.@Nullable Summary read, List<RecordError> errors) {
        var report = new ImportReport(options.source(), read == null ? 0 : read.records(), 0, 0, 0, 0,
                read == null ? 0 : read.rejected(), errors, List.of(), failure, Duration.between(started, clock.instant()));
        log.warn("{}", report.summary().strip());
        try {
            store.recordFailure(options.source(), started, failure, kind.name(), options.requestId(), report.summary());
        } catch (RuntimeException e) {
            log.warn("Could not log the failed import of {} in the database: {}", options.source(), e.toString());
        }
        return FeedImport.failed(report, kind);
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the downloaded feed {}: {}", file, e.toString());
        }
    }

    @Override
    public void close() {
        downloader.close();
    }
}
