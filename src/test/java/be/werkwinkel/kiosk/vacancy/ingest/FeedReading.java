package be.werkwinkel.kiosk.vacancy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.vacancy.ImportReport.RecordError;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** Reads feeds with a reader as the importer builds it, on a fixed day: 10 March 2025 in Belgium. */
final class FeedReading {

    static final EscoOccupations ESCO = new EscoOccupations();
    static final BelgianPlaces PLACES = new BelgianPlaces();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T09:00:00Z"), ZoneId.of("Europe/Brussels"));
    /** Marks a field to leave out of {@link #posting}. */
    static final Object ABSENT = new Object();

    private static final Map<String, Object> MINIMAL = Map.of(
            "@type", "JobPosting",
            "identifier", "job-1",
            "title", "Magazijnier",
            "datePosted", "2025-03-01",
            "description", "Je werkt in ons magazijn.");

    private FeedReading() {
    }

    static JobPostingReader reader(long maxBytes, int maxRecords) {
        return new JobPostingReader(new JobPostingMapper(ESCO, PLACES, CLOCK), maxBytes, maxRecords);
    }

    /** A valid minimal posting as JSON, with fields replaced, added or ({@link #ABSENT}) left out. */
    static String posting(Object... fieldsAndValues) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("@context", "https://schema.org");
        fields.putAll(MINIMAL);
        for (var i = 0; i < fieldsAndValues.length; i += 2) {
            var name = (String) fieldsAndValues[i];
            if (fieldsAndValues[i + 1] == ABSENT) {
                fields.remove(name);
            } else {
                fields.put(name, fieldsAndValues[i + 1]);
            }
        }
        return JsonMapper.shared().writeValueAsString(fields);
    }

    static Collected read(String feed) {
        return read(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
    }

    static Collected read(InputStream feed) {
        return read(reader(10_000_000, 1000), feed);
    }

    static Collected read(JobPostingReader reader, InputStream feed) {
        var collected = new Collected();
        collected.summary = reader.read(feed, "test", collected);
        return collected;
    }

    /** The one vacancy a feed of one valid posting gives. */
    static Vacancy vacancy(String posting) {
        var collected = read(posting);
        assertThat(collected.errors).as("record errors").isEmpty();
        assertThat(collected.accepted).hasSize(1);
        return collected.accepted.getFirst();
    }

    /** The note a feed of one posting was imported with (the field it dropped or guessed). */
    static String warning(String posting) {
        var collected = read(posting);
        assertThat(collected.errors).as("record errors").isEmpty();
        assertThat(collected.accepted).hasSize(1);
        assertThat(collected.warnings).hasSize(1);
        return collected.warnings.getFirst().reason();
    }

    /** The reason a feed of one posting was rejected for. */
    static String rejection(String posting) {
        var collected = read(posting);
        assertThat(collected.accepted).isEmpty();
        assertThat(collected.errors).hasSize(1);
        return collected.errors.getFirst().reason();
    }

    /** Everything the reader handed over. */
    static final class Collected implements JobPostingReader.Records {

        final List<Vacancy> accepted = new ArrayList<>();
        final List<RecordError> errors = new ArrayList<>();
        final List<RecordError> warnings = new ArrayList<>();
        final List<String> kept = new ArrayList<>();
        final List<String> withdrawn = new ArrayList<>();
        JobPostingReader.@Nullable Summary summary;

        @Override
        public void accepted(Vacancy vacancy) {
            accepted.add(vacancy);
        }

        @Override
        public void warned(RecordError warning) {
            warnings.add(warning);
        }

        @Override
        public void rejected(RecordError error) {
            errors.add(error);
        }

        @Override
        public void keep(String identifier) {
            kept.add(identifier);
        }

        @Override
        public void withdrawn(String identifier) {
            withdrawn.add(identifier);
        }

        List<String> identifiers() {
            return accepted.stream().map(Vacancy::identifier).toList();
        }
    }
}
