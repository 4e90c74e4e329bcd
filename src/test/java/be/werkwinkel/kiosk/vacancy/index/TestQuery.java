package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.PostedSince;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Builds queries for tests; VacancyQuery itself only has withText and withPage. */
final class TestQuery {

    private String text = "";
    private @Nullable String near;
    private @Nullable Integer radiusKm;
    private Set<Sector> sectors = Set.of();
    private Set<ContractType> contracts = Set.of();
    private Set<WorkRegime> regimes = Set.of();
    private Set<EducationLevel> education = Set.of();
    private Set<ExperienceLevel> experience = Set.of();
    private Set<String> languages = Set.of();
    private @Nullable PostedSince postedSince;
    private VacancyQuery.Sort sort = VacancyQuery.Sort.RELEVANCE;
    private int page;
    private int pageSize = 20;
    private KioskLanguage screenLanguage = KioskLanguage.DUTCH;

    static TestQuery text(String text) {
        var query = new TestQuery();
        query.text = text;
        return query;
    }

    static TestQuery everything() {
        return text("");
    }

    TestQuery near(String place) {
        near = place;
        return this;
    }

    TestQuery within(int km) {
        radiusKm = km;
        return this;
    }

    TestQuery sectors(Sector... values) {
        sectors = Set.of(values);
        return this;
    }

    TestQuery contracts(ContractType... values) {
        contracts = Set.of(values);
        return this;
    }

    TestQuery regimes(WorkRegime... values) {
        regimes = Set.of(values);
        return this;
    }

    TestQuery education(EducationLevel... values) {
        education = Set.of(values);
        return this;
    }

    TestQuery experience(ExperienceLevel... values) {
        experience = Set.of(values);
        return this;
    }

    TestQuery languages(String... codes) {
        languages = Set.of(codes);
        return this;
    }

    TestQuery postedSince(PostedSince value) {
        postedSince = value;
        return this;
    }

    TestQuery sort(VacancyQuery.Sort value) {
        sort = value;
        return this;
    }

    TestQuery page(int number, int size) {
        page = number;
        pageSize = size;
        return this;
    }

    /** The language the visitor reads the screen in. */
    TestQuery screen(KioskLanguage language) {
        screenLanguage = language;
        return this;
    }

    VacancyQuery build() {
        return new VacancyQuery(text, near, radiusKm, sectors, contracts, regimes, education, experience, languages,
                postedSince, sort, page, pageSize, screenLanguage);
    }
}
