package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Reference data loaded once for all tests: reading ESCO and building the thesaurus takes a second. */
final class Reference {

    static final EscoOccupations ESCO = new EscoOccupations();
    static final JobTitleThesaurus THESAURUS = new JobTitleThesaurus(ESCO);
    static final BelgianPlaces PLACES = new BelgianPlaces();
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), BRUSSELS);

    private Reference() {
    }
}
