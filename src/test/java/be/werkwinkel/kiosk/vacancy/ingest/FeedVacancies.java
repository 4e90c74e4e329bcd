package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

/** The vacancies a feed gives through the real reader and mapper, for benchmarks outside this package. */
public final class FeedVacancies {

    private FeedVacancies() {
    }

    public static List<Vacancy> read(InputStream feed, EscoOccupations esco, BelgianPlaces places, Clock clock) {
        var reader = new JobPostingReader(new JobPostingMapper(esco, places, clock), Long.MAX_VALUE, Integer.MAX_VALUE);
        var collected = new FeedReading.Collected();
        reader.read(feed, "relevance", collected);
        return List.copyOf(collected.accepted);
    }
}
