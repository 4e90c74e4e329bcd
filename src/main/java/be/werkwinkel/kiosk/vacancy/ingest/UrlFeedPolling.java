package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.vacancy.VacancyImport.FeedOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Fetches the configured URL feeds ({@code kiosk.vacancy.feeds.urls}), each at its own interval;
 * the first time as soon as it is asked. Does nothing when no feed is configured.
 *
 * <p>Not scheduled by itself: the vacancy service calls {@link #pollDue()} from its own scheduled
 * method (every minute is fine) and updates the search index with the results.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Component
public class UrlFeedPolling {

    private final FeedImporter importer;
    private final List<VacancyFeedSettings.UrlFeed> feeds;
    private final Clock clock;
    private final Map<String, Instant> lastPolled = new HashMap<>();

    public UrlFeedPolling(FeedImporter importer, VacancyFeedSettings settings, Clock clock) {
        this.importer = importer;
        this.feeds = settings.urls();
        this.clock = clock;
    }

    public List<VacancyFeedSettings.UrlFeed> feeds() {
        return feeds;
    }

    /**
     * Fetches one feed now, whatever its interval (staff asked for it); its next scheduled fetch is
     * then an interval from now. Waits while the schedule fetches the feeds.
     *
     * @throws IllegalArgumentException when no URL feed has this name
     */
    public synchronized FeedImport pollNow(String name) {
        var feed = feeds.stream().filter(candidate -> candidate.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no URL feed is called " + name));
        lastPolled.put(feed.name(), clock.instant());
        return importer.importUrl(feed.url(), new FeedOptions(feed.name(), feed.complete()));
    }

    /** Imports every feed whose interval has passed since it was last fetched (successfully or not). */
    public synchronized List<FeedImport> pollDue() {
        var results = new ArrayList<FeedImport>();
        for (var feed : feeds) {
            var now = clock.instant();
            var last = lastPolled.get(feed.name());
            if (last == null || !now.isBefore(last.plus(feed.interval()))) {
                lastPolled.put(feed.name(), now);
                results.add(importer.importUrl(feed.url(), new FeedOptions(feed.name(), feed.complete())));
            }
        }
        return results;
    }
}
