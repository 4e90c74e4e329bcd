package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.vacancy.ImportReport;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.FailureKind;
import be.werkwinkel.kiosk.vacancy.VacancyImport.FeedOptions;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports the feed files dropped into {@code kiosk.vacancy.feeds.drop-folder.path}, oldest first.
 * Each file then moves to {@code done/} (imported, maybe with rejected records) or {@code failed/}
 * (nothing changed), with its report beside it as {@code <file>.report.txt}. Does nothing when no
 * folder is configured.
 *
 * <p>Not scheduled by itself: the vacancy service calls {@link #importIfDue()} from its own
 * scheduled method (every few seconds is fine) and updates the search index with the results.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Component
public class DropFolderImports {

    private static final Logger log = LoggerFactory.getLogger(DropFolderImports.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final List<String> UNFINISHED = List.of(".part", ".partial", ".tmp", ".crdownload", ".filepart");

    private final FeedImporter importer;
    private final VacancyFeedSettings.DropFolder settings;
    private final Clock clock;
    private @Nullable Instant lastScan;

    public DropFolderImports(FeedImporter importer, VacancyFeedSettings settings, Clock clock) {
        this.importer = importer;
        this.settings = settings.dropFolder();
        this.clock = clock;
    }

    public boolean configured() {
        return settings.path() != null;
    }

    /** The folder and how it is scanned, for the staff console. */
    public VacancyFeedSettings.DropFolder settings() {
        return settings;
    }

    /** Feed files in the folder now (settled or still arriving); 0 when none is configured. */
    public int waitingFiles() {
        var folder = settings.path();
        return folder == null ? 0 : count(folder, true);
    }

    /** Files that could not be imported, in {@code failed/} (reports not counted). */
    public int failedFiles() {
        var folder = settings.path();
        return folder == null ? 0 : count(folder.resolve("failed"), false);
    }

    private static int count(Path folder, boolean feedsOnly) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        var count = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (var entry : entries) {
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && (feedsOnly ? isFeedName(entry) : !entry.getFileName().toString().endsWith(".report.txt"))) {
                    count++;
                }
            }
        } catch (IOException e) {
            log.warn("Cannot look into {}: {}", folder, e.toString());
        }
        return count;
    }

    /** Scans the folder when the configured interval has passed since the last scan. */
    public synchronized List<FeedImport> importIfDue() {
        var now = clock.instant();
        if (!configured() || lastScan != null && now.isBefore(lastScan.plus(settings.interval()))) {
            return List.of();
        }
        lastScan = now;
        return importWaitingFiles();
    }

    /** Imports every file that is ready now, whatever the interval. */
    public synchronized List<FeedImport> importWaitingFiles() {
        var folder = settings.path();
        if (folder == null) {
            return List.of();
        }
        var results = new ArrayList<FeedImport>();
        for (var file : readyFiles(folder)) {
            results.add(importOne(folder, file));
        }
        return results;
    }

    private List<Path> readyFiles(Path folder) {
        var settledBefore = clock.instant().minus(settings.settleTime());
        var ready = new ArrayList<Path>();
        try {
            Files.createDirectories(folder);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (var entry : entries) {
                    // no symbolic links: the folder must not become a way to read other files
                    if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && isFeedName(entry)
                            && modified(entry).toInstant().isBefore(settledBefore)) {
                        ready.add(entry);
                    }
                }
            }
        } catch (IOException e) {
            log.warn("Cannot scan the vacancy drop folder {}: {}", folder, e.toString());
            return List.of();
        }
        ready.sort(Comparator.comparing(DropFolderImports::modified).thenComparing(Path::getFileName));
        return ready;
    }

    private static boolean isFeedName(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.endsWith(".report.txt") && UNFINISHED.stream().noneMatch(name::endsWith);
    }

    private FeedImport importOne(Path folder, Path file) {
        var name = file.getFileName().toString();
        var source = sourceOf(name);
        FeedImport result;
        try {
            result = importer.importFile(file, new FeedOptions(source, settings.complete()));
        } catch (IllegalArgumentException e) {
            // FeedOptions refused the name; importFile itself never throws
            var report = new ImportReport(name, 0, 0, 0, 0, 0, 0, List.of(), List.of(),
                    "the file name does not start with a feed name of 1 to 100 characters", Duration.ZERO);
            result = FeedImport.failed(report, FailureKind.FILE);
        }
        moveAway(folder, file, result);
        return result;
    }

    /** {@code vdab.2025-03-01.json} feeds source {@code vdab}. */
    static String sourceOf(String fileName) {
        var dot = fileName.indexOf('.');
        return (dot < 0 ? fileName : fileName.substring(0, dot)).strip();
    }

    private void moveAway(Path folder, Path file, FeedImport result) {
        var target = folder.resolve(result.succeeded() ? "done" : "failed");
        try {
            Files.createDirectories(target);
            var moved = target.resolve(file.getFileName().toString());
            if (Files.exists(moved, LinkOption.NOFOLLOW_LINKS)) {
                moved = target.resolve(STAMP.format(clock.instant()) + "-" + file.getFileName());
            }
            Files.move(file, moved, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".report.txt"), result.report().summary());
        } catch (IOException e) {
            log.error("Imported {} but could not move it out of the drop folder; it will be imported again: {}",
                    file, e.toString());
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.from(Instant.MAX);
        }
    }
}
