package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Builds vacancies for tests: only what a test is about needs saying. */
final class TestVacancy {

    private final long id;
    private final String title;
    private String description = "";
    private String employer = "Testbedrijf";
    private @Nullable String postcode;
    private @Nullable String locality;
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    private LocalDate posted = Reference.TODAY.minusDays(10);
    private @Nullable LocalDate validThrough;
    private Set<ContractType> contracts = Set.of(ContractType.PERMANENT);
    private Set<WorkRegime> regimes = Set.of(WorkRegime.FULL_TIME);
    private @Nullable Sector sector;
    private @Nullable String occupation;
    private @Nullable EducationLevel education;
    private @Nullable ExperienceLevel experience;
    private String language = "nl";

    private TestVacancy(long id, String title) {
        this.id = id;
        this.title = title;
    }

    static TestVacancy vacancy(long id, String title) {
        return new TestVacancy(id, title);
    }

    TestVacancy description(String text) {
        description = text;
        return this;
    }

    TestVacancy employer(String name) {
        employer = name;
        return this;
    }

    /** At a postcode, with the coordinates BelgianPlaces has for it. */
    TestVacancy in(String postcode) {
        var place = Reference.PLACES.find(postcode).orElseThrow();
        this.postcode = place.postcode();
        this.locality = place.name();
        this.latitude = place.latitude();
        this.longitude = place.longitude();
        return this;
    }

    /** At exact coordinates, in Gent. */
    TestVacancy at(double latitude, double longitude) {
        this.postcode = "9000";
        this.locality = "Gent";
        this.latitude = latitude;
        this.longitude = longitude;
        return this;
    }

    /** Has an address but no coordinates. */
    TestVacancy withoutCoordinates(String postcode, String locality) {
        this.postcode = postcode;
        this.locality = locality;
        this.latitude = null;
        this.longitude = null;
        return this;
    }

    TestVacancy postedDaysAgo(int days) {
        posted = Reference.TODAY.minusDays(days);
        return this;
    }

    TestVacancy validThrough(LocalDate date) {
        validThrough = date;
        return this;
    }

    TestVacancy contracts(ContractType... types) {
        contracts = Set.of(types);
        return this;
    }

    TestVacancy regimes(WorkRegime... values) {
        regimes = Set.of(values);
        return this;
    }

    TestVacancy sector(Sector value) {
        sector = value;
        return this;
    }

    TestVacancy occupation(String label) {
        occupation = label;
        return this;
    }

    TestVacancy education(EducationLevel level) {
        education = level;
        return this;
    }

    TestVacancy experience(ExperienceLevel level) {
        experience = level;
        return this;
    }

    TestVacancy language(String code) {
        language = code;
        return this;
    }

    Vacancy build() {
        return new Vacancy(new VacancyId(id), "test", "T-" + id, title, "<p>" + description + "</p>", description,
                posted, validThrough, contracts, regimes, employer,
                new Vacancy.Location(postcode, locality, null, latitude, longitude), sector, occupation, education,
                null, experience, null, List.of(), null, null, language, null, false, null);
    }
}
