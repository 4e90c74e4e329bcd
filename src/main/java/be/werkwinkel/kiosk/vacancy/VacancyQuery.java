package be.werkwinkel.kiosk.vacancy;

import be.werkwinkel.kiosk.base.KioskLanguage;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor (or a terminal through the API) asks for. Empty sets mean "any".
 *
 * @param text what was typed, at most {@value #MAX_TEXT} characters; may be empty (then everything
 *     matches, newest first, or nearest first when {@code near} is a known place)
 * @param near a postcode or municipality name the distance is measured from, at most {@value #MAX_NEAR}
 *     characters
 * @param radiusKm only vacancies within this distance of {@code near}; null for no limit
 * @param languages only vacancies written in these languages (two-letter codes); empty for any
 * @param page 0-based page number
 * @param screenLanguage the language the visitor reads the screen in: "did you mean" proposes words
 *     of vacancies in that language only; it finds nothing by itself
 */
public record VacancyQuery(
        String text,
        @Nullable String near,
        @Nullable Integer radiusKm,
        Set<Sector> sectors,
        Set<ContractType> contracts,
        Set<WorkRegime> regimes,
        Set<EducationLevel> education,
        Set<ExperienceLevel> experience,
        Set<String> languages,
        @Nullable PostedSince postedSince,
        Sort sort,
        int page,
        int pageSize,
        KioskLanguage screenLanguage) {

    /** The radius chips a visitor can pick. */
    public static final Set<Integer> RADII_KM = Set.of(5, 10, 25, 50);
    public static final int MAX_PAGE_SIZE = 100;
    /** The longest text a search field takes; the screens and the API enforce the same. */
    public static final int MAX_TEXT = 200;
    /** The longest Belgian place name has 42 letters; anything longer is no place. */
    public static final int MAX_NEAR = 60;

    public VacancyQuery {
        text = text.strip();
        near = near == null || near.isBlank() ? null : near.strip();
        sectors = Set.copyOf(sectors);
        contracts = Set.copyOf(contracts);
        regimes = Set.copyOf(regimes);
        education = Set.copyOf(education);
        experience = Set.copyOf(experience);
        languages = Set.copyOf(languages);
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the text may hold at most " + MAX_TEXT + " characters");
        }
        if (near != null && near.length() > MAX_NEAR) {
            throw new IllegalArgumentException("the place may hold at most " + MAX_NEAR + " characters");
        }
        if (radiusKm != null && !RADII_KM.contains(radiusKm)) {
            throw new IllegalArgumentException("radius must be one of " + RADII_KM);
        }
        if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and page size 1 to " + MAX_PAGE_SIZE);
        }
    }

    /** Everything, newest first, first page of {@code pageSize}. */
    public static VacancyQuery all(int pageSize) {
        return new VacancyQuery("", null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
                Sort.RELEVANCE, 0, pageSize, KioskLanguage.DEFAULT);
    }

    public VacancyQuery withText(String newText) {
        return toBuilder().text(newText).page(0).build();
    }

    public VacancyQuery withPage(int newPage) {
        return toBuilder().page(newPage).build();
    }

    public VacancyQuery withScreenLanguage(KioskLanguage language) {
        return language == screenLanguage ? this : toBuilder().screenLanguage(language).build();
    }

    /** Whether any filter other than the text and the place is set. */
    public boolean hasFilters() {
        return !sectors.isEmpty() || !contracts.isEmpty() || !regimes.isEmpty() || !education.isEmpty()
                || !experience.isEmpty() || !languages.isEmpty() || postedSince != null;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A changed copy of a query; {@link #build()} validates as the constructor does. */
    public static final class Builder {
        private String text;
        private @Nullable String near;
        private @Nullable Integer radiusKm;
        private Set<Sector> sectors;
        private Set<ContractType> contracts;
        private Set<WorkRegime> regimes;
        private Set<EducationLevel> education;
        private Set<ExperienceLevel> experience;
        private Set<String> languages;
        private @Nullable PostedSince postedSince;
        private Sort sort;
        private int page;
        private int pageSize;
        private KioskLanguage screenLanguage;

        private Builder(VacancyQuery query) {
            text = query.text;
            near = query.near;
            radiusKm = query.radiusKm;
            sectors = query.sectors;
            contracts = query.contracts;
            regimes = query.regimes;
            education = query.education;
            experience = query.experience;
            languages = query.languages;
            postedSince = query.postedSince;
            sort = query.sort;
            page = query.page;
            pageSize = query.pageSize;
            screenLanguage = query.screenLanguage;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder near(@Nullable String value) {
            near = value;
            return this;
        }

        public Builder radiusKm(@Nullable Integer value) {
            radiusKm = value;
            return this;
        }

        public Builder sectors(Set<Sector> value) {
            sectors = value;
            return this;
        }

        public Builder contracts(Set<ContractType> value) {
            contracts = value;
            return this;
        }

        public Builder regimes(Set<WorkRegime> value) {
            regimes = value;
            return this;
        }

        public Builder education(Set<EducationLevel> value) {
            education = value;
            return this;
        }

        public Builder experience(Set<ExperienceLevel> value) {
            experience = value;
            return this;
        }

        public Builder languages(Set<String> value) {
            languages = value;
            return this;
        }

        public Builder postedSince(@Nullable PostedSince value) {
            postedSince = value;
            return this;
        }

        public Builder sort(Sort value) {
            sort = value;
            return this;
        }

        public Builder page(int value) {
            page = value;
            return this;
        }

        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        public Builder screenLanguage(KioskLanguage value) {
            screenLanguage = value;
            return this;
        }

        /** Removes every filter; keeps the text, the place and the order. */
        public Builder withoutFilters() {
            sectors = Set.of();
            contracts = Set.of();
            regimes = Set.of();
            education = Set.of();
            experience = Set.of();
            languages = Set.of();
            postedSince = null;
            return this;
        }

        public VacancyQuery build() {
            return new VacancyQuery(text, near, radiusKm, sectors, contracts, regimes, education, experience,
                    languages, postedSince, sort, page, pageSize, screenLanguage);
        }
    }

    /** How results are ordered. Relevance without text means newest first. */
    public enum Sort {
        RELEVANCE,
        NEWEST,
        NEAREST
    }
}
