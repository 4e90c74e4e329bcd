package be.werkwinkel.kiosk.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * The vacancy feed the hub benchmark imports, one complete feed per round (schema.org JobPosting,
 * one JSON object per line, as the real feeds in src/test/resources/feeds): round 0 holds
 * {@code size} vacancies; every later round drops the oldest 1 % (they are removed: tombstones),
 * adds as many new ones, and changes the text of about 5 % of the others, so that terminals have
 * upserts and removals to catch up with.
 */
final class Feeds {

    private static final List<String> TITLES = List.of("Vrachtwagenchauffeur", "Kok", "Verpleegkundige", "Heftruckchauffeur",
            "Lasser", "Poetshulp", "Magazijnier", "Boekhouder", "Elektricien", "Verkoper", "Kinderbegeleider", "Schilder");
    private static final List<String> ISCO = List.of("8332", "5120", "2221", "8344", "7212", "9112", "4321", "3313", "7411",
            "5223", "5311", "7131");
    private static final List<String[]> PLACES = List.of(new String[] {"9000", "Gent", "51.0543", "3.7174"},
            new String[] {"2000", "Antwerpen", "51.2194", "4.4025"}, new String[] {"1000", "Brussel", "50.8466", "4.3528"},
            new String[] {"8000", "Brugge", "51.2093", "3.2247"}, new String[] {"3000", "Leuven", "50.8798", "4.7005"},
            new String[] {"9300", "Aalst", "50.9378", "4.0403"});
    private static final String PARAGRAPH = "Je werkt in een vast team en staat in voor de dagelijkse taken van de afdeling."
            + " Je bent stipt, werkt graag met mensen en je leert snel bij. Wij bieden een contract met opleiding,"
            + " maaltijdcheques en een vergoeding voor het woon-werkverkeer. ";

    /** Ids of vacancies in a round: the size of the feed stays the same. */
    static int churn(int size) {
        return Math.max(1, size / 100);
    }

    static int firstId(int round, int size) {
        return round * churn(size);
    }

    /** Whether vacancy {@code id} has a text of this round (changed now), rather than of an earlier one. */
    static int textRound(int id, int round) {
        for (var r = round; r > 0; r--) {
            if (Math.floorMod(id * 31 + r * 7, 20) == 0) {
                return r;
            }
        }
        return 0;
    }

    static String feed(int round, int size) {
        var out = new StringBuilder(size * 1400);
        for (var id = firstId(round, size); id < firstId(round, size) + size; id++) {
            var kind = id % TITLES.size();
            var place = PLACES.get(id % PLACES.size());
            var version = textRound(id, round);
            out.append(String.format(Locale.ROOT, """
                    {"@context": "https://schema.org", "@type": "JobPosting", "identifier": "BENCH-%d", "title": "%s (m/v/x) %d", \
                    "description": "<p>%s</p><p>%s</p><p>Versie %d.</p>", "datePosted": "2026-11-20", \
                    "employmentType": ["FULL_TIME", "PERMANENT"], "hiringOrganization": {"@type": "Organization", "name": "Werkgever %d"}, \
                    "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "postalCode": "%s", "addressLocality": "%s", \
                    "addressCountry": "BE"}, "geo": {"@type": "GeoCoordinates", "latitude": %s, "longitude": %s}}, \
                    "occupationalCategory": "%s", "inLanguage": "nl", "validThrough": "2099-12-31", \
                    "url": "https://vacatures.example.org/bench/%d"}
                    """, id, TITLES.get(kind), id, PARAGRAPH, PARAGRAPH, version, id % 150, place[0], place[1], place[2],
                    place[3], ISCO.get(kind), id));
        }
        return out.toString();
    }

    private Feeds() {
    }
}
