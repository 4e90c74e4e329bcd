package be.werkwinkel.kiosk.vacancy.ingest;

import jakarta.validation.Valid;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where vacancy feeds come from and the limits every feed is held to. With nothing configured, no
 * folder is watched and no URL is polled; one-off imports still work.
 *
 * @param maxSize a feed larger than this is refused as a whole (also while downloading)
 * @param maxRecords a feed with more records than this is refused as a whole
 * @param connectTimeout how long to wait for a feed server to accept the connection
 * @param downloadTimeout how long a whole download may take
 * @param dropFolder a folder into which feed files are dropped
 * @param urls feeds fetched over http(s) at their own interval
 * @param defaultValidity how long a posting without {@code validThrough} stays open after its
 *     {@code datePosted} (whole days)
 */
@Validated
@ConfigurationProperties("kiosk.vacancy.feeds")
public record VacancyFeedSettings(
        @DefaultValue("200MB") DataSize maxSize,
        @DefaultValue("250000") int maxRecords,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("5m") Duration downloadTimeout,
        @DefaultValue @Valid DropFolder dropFolder,
        @DefaultValue List<@Valid UrlFeed> urls,
        @DefaultValue("60d") Duration defaultValidity) {

    public VacancyFeedSettings {
        if (maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("kiosk.vacancy.feeds.max-size must be positive");
        }
        if (maxRecords < 1) {
            throw new IllegalArgumentException("kiosk.vacancy.feeds.max-records must be at least 1");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || downloadTimeout.isNegative()
                || downloadTimeout.isZero()) {
            throw new IllegalArgumentException("kiosk.vacancy.feeds timeouts must be positive");
        }
        if (defaultValidity.toDays() < 1 || defaultValidity.toDays() > 3650) {
            throw new IllegalArgumentException("kiosk.vacancy.feeds.default-validity must be between 1d and 3650d");
        }
        urls = List.copyOf(urls);
        var names = new HashSet<String>();
        for (var feed : urls) {
            if (!names.add(feed.name())) {
                throw new IllegalArgumentException("kiosk.vacancy.feeds.urls: the name '" + feed.name() + "' is used twice");
            }
        }
    }

    /** No drop folder, no URL feeds, default limits. */
    public static VacancyFeedSettings defaults() {
        return new VacancyFeedSettings(DataSize.ofMegabytes(200), 250_000, Duration.ofSeconds(10),
                Duration.ofMinutes(5), DropFolder.NONE, List.of(), Duration.ofDays(60));
    }

    /** The same settings with other limits (tests, and a one-off import of a known big file). */
    public VacancyFeedSettings withLimits(DataSize newMaxSize, int newMaxRecords) {
        return new VacancyFeedSettings(newMaxSize, newMaxRecords, connectTimeout, downloadTimeout, dropFolder, urls,
                defaultValidity);
    }

    /**
     * A folder scanned for feed files. A file's source is its name up to the first dot
     * ({@code vdab.2025-03-01.json} feeds source {@code vdab}). Imported files move to
     * {@code done/} or {@code failed/} with {@code <file>.report.txt} beside them.
     *
     * @param path the folder; nothing is watched when it is not set
     * @param interval time between two scans
     * @param settleTime a file is only taken once it has not been modified for this long, so that
     *     one still being copied in is left alone (copy to a name ending in {@code .part} and
     *     rename, to be safe)
     * @param complete whether each dropped file holds all of its source's vacancies
     */
    public record DropFolder(
            @Nullable Path path,
            @DefaultValue("1m") Duration interval,
            @DefaultValue("10s") Duration settleTime,
            @DefaultValue("false") boolean complete) {

        public static final DropFolder NONE = new DropFolder(null, Duration.ofMinutes(1), Duration.ofSeconds(10), false);

        public DropFolder {
            if (interval.compareTo(Duration.ofSeconds(1)) < 0 || settleTime.isNegative()) {
                throw new IllegalArgumentException(
                        "kiosk.vacancy.feeds.drop-folder.interval must be at least 1s and settle-time not negative");
            }
        }
    }

    /**
     * @param name the feed's source name (1 to 100 characters)
     * @param url an http or https address
     * @param interval time between two downloads
     * @param complete whether the feed holds all of the source's vacancies (missing ones are removed)
     */
    public record UrlFeed(
            String name,
            URI url,
            @DefaultValue("1h") Duration interval,
            @DefaultValue("false") boolean complete) {

        public UrlFeed {
            if (name.isBlank() || name.length() > 100) {
                throw new IllegalArgumentException("kiosk.vacancy.feeds.urls: a feed needs a name of 1 to 100 characters");
            }
            var scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
                throw new IllegalArgumentException("kiosk.vacancy.feeds.urls: feed '" + name
                        + "' needs an http or https address, not " + url);
            }
            if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException("kiosk.vacancy.feeds.urls: feed '" + name
                        + "' may be fetched at most once a minute");
            }
        }
    }
}
