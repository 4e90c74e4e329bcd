package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.vacancy.index.IndexFixture.ids;
import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.PostedSince;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Exact facet counts. Each dimension is counted with the other dimensions' filters applied but not
 * its own; values within a dimension are OR, dimensions are AND.
 */
class FacetCountTest {

    private static final VacancyIndex INDEX = IndexFixture.with(
            vacancy(1, "Verkoper").sector(Sector.SERVICE_AND_SALES).contracts(ContractType.PERMANENT)
                    .regimes(WorkRegime.FULL_TIME).education(EducationLevel.SECONDARY)
                    .experience(ExperienceLevel.NONE).postedDaysAgo(0),
            vacancy(2, "Kassamedewerker").sector(Sector.SERVICE_AND_SALES).contracts(ContractType.TEMPORARY)
                    .regimes(WorkRegime.PART_TIME).education(EducationLevel.NONE_REQUIRED)
                    .experience(ExperienceLevel.NONE).postedDaysAgo(2),
            vacancy(3, "Schilder").sector(Sector.CRAFT_AND_TRADES).contracts(ContractType.PERMANENT)
                    .regimes(WorkRegime.FULL_TIME).education(EducationLevel.SECONDARY)
                    .experience(ExperienceLevel.UP_TO_TWO_YEARS).postedDaysAgo(5),
            vacancy(4, "Peintre").sector(Sector.CRAFT_AND_TRADES)
                    .contracts(ContractType.TEMPORARY, ContractType.DAY_CONTRACT)
                    .regimes(WorkRegime.FULL_TIME, WorkRegime.PART_TIME)
                    .experience(ExperienceLevel.TWO_TO_FIVE_YEARS).language("fr").postedDaysAgo(20),
            vacancy(5, "Machineoperator").sector(Sector.MACHINE_OPERATORS).contracts(ContractType.PERMANENT)
                    .regimes(WorkRegime.FULL_TIME).education(EducationLevel.SECONDARY)
                    .experience(ExperienceLevel.NONE).postedDaysAgo(40),
            vacancy(6, "Marketing intern").contracts(ContractType.INTERNSHIP).regimes(WorkRegime.PART_TIME)
                    .education(EducationLevel.BACHELOR).experience(ExperienceLevel.NONE).language("en")
                    .postedDaysAgo(1),
            vacancy(7, "Verkoper (verlopen)").sector(Sector.SERVICE_AND_SALES).contracts(ContractType.PERMANENT)
                    .regimes(WorkRegime.FULL_TIME).validThrough(Reference.TODAY.minusDays(1)).postedDaysAgo(0),
            vacancy(8, "Afwasser").sector(Sector.ELEMENTARY).contracts(ContractType.PERMANENT)
                    .regimes(WorkRegime.FULL_TIME).validThrough(Reference.TODAY).postedDaysAgo(3));

    @AfterAll
    static void close() {
        INDEX.close();
    }

    @Test
    void without_filters_every_open_vacancy_is_counted_once_per_value() {
        var result = INDEX.search(TestQuery.everything().build());
        var facets = result.facets();
        assertThat(result.total()).isEqualTo(7);
        assertThat(facets.sectors()).isEqualTo(Map.of(Sector.SERVICE_AND_SALES, 2L, Sector.CRAFT_AND_TRADES, 2L,
                Sector.MACHINE_OPERATORS, 1L, Sector.ELEMENTARY, 1L));
        assertThat(facets.contracts()).isEqualTo(Map.of(ContractType.PERMANENT, 4L, ContractType.TEMPORARY, 2L,
                ContractType.DAY_CONTRACT, 1L, ContractType.INTERNSHIP, 1L));
        assertThat(facets.regimes()).isEqualTo(Map.of(WorkRegime.FULL_TIME, 5L, WorkRegime.PART_TIME, 3L));
        assertThat(facets.education()).isEqualTo(Map.of(EducationLevel.SECONDARY, 3L,
                EducationLevel.NONE_REQUIRED, 1L, EducationLevel.BACHELOR, 1L));
        assertThat(facets.experience()).isEqualTo(Map.of(ExperienceLevel.NONE, 4L,
                ExperienceLevel.UP_TO_TWO_YEARS, 1L, ExperienceLevel.TWO_TO_FIVE_YEARS, 1L));
        assertThat(facets.languages()).isEqualTo(Map.of("nl", 5L, "fr", 1L, "en", 1L));
        assertThat(facets.postedSince()).isEqualTo(Map.of(PostedSince.TODAY, 1L, PostedSince.THREE_DAYS, 4L,
                PostedSince.WEEK, 5L, PostedSince.MONTH, 6L));
        assertThat(facets.radiusKm()).isEmpty();
    }

    @Test
    void the_expired_vacancy_is_neither_found_nor_counted_but_one_valid_through_today_is() {
        var result = INDEX.search(TestQuery.everything().build());
        assertThat(ids(result)).doesNotContain(7L).contains(8L);
        assertThat(INDEX.count()).isEqualTo(7);
    }

    @Test
    void each_dimension_is_counted_without_its_own_filter() {
        var result = INDEX.search(TestQuery.everything().sectors(Sector.SERVICE_AND_SALES)
                .regimes(WorkRegime.FULL_TIME).build());
        var facets = result.facets();
        assertThat(ids(result)).containsExactly(1L);
        // sectors of the full-time vacancies: what tapping another sector would give
        assertThat(facets.sectors()).isEqualTo(Map.of(Sector.SERVICE_AND_SALES, 1L, Sector.CRAFT_AND_TRADES, 2L,
                Sector.MACHINE_OPERATORS, 1L, Sector.ELEMENTARY, 1L));
        // regimes of the sales vacancies
        assertThat(facets.regimes()).isEqualTo(Map.of(WorkRegime.FULL_TIME, 1L, WorkRegime.PART_TIME, 1L));
        // other dimensions: the hits themselves
        assertThat(facets.contracts()).isEqualTo(Map.of(ContractType.PERMANENT, 1L));
        assertThat(facets.languages()).isEqualTo(Map.of("nl", 1L));
        assertThat(facets.postedSince()).isEqualTo(Map.of(PostedSince.TODAY, 1L, PostedSince.THREE_DAYS, 1L,
                PostedSince.WEEK, 1L, PostedSince.MONTH, 1L));
    }

    @Test
    void values_within_a_dimension_are_alternatives() {
        var result = INDEX.search(TestQuery.everything().sectors(Sector.SERVICE_AND_SALES, Sector.CRAFT_AND_TRADES)
                .build());
        assertThat(result.total()).isEqualTo(4);
        assertThat(ids(result)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void dimensions_must_all_hold() {
        var result = INDEX.search(TestQuery.everything().contracts(ContractType.TEMPORARY)
                .regimes(WorkRegime.PART_TIME).build());
        assertThat(ids(result)).containsExactly(2L, 4L);
        assertThat(result.facets().contracts()).isEqualTo(Map.of(ContractType.TEMPORARY, 2L,
                ContractType.DAY_CONTRACT, 1L, ContractType.INTERNSHIP, 1L));
    }

    @Test
    void languages_filter_and_count_sideways() {
        var result = INDEX.search(TestQuery.everything().languages("FR", "en").build());
        assertThat(ids(result)).containsExactly(6L, 4L);
        assertThat(result.facets().languages()).isEqualTo(Map.of("nl", 5L, "fr", 1L, "en", 1L));
        assertThat(result.facets().languages().keySet()).first().isEqualTo("nl");
    }

    @Test
    void posted_since_counts_back_from_today() {
        var result = INDEX.search(TestQuery.everything().postedSince(PostedSince.THREE_DAYS).build());
        assertThat(ids(result)).containsExactly(1L, 6L, 2L, 8L);
        assertThat(result.facets().postedSince()).isEqualTo(Map.of(PostedSince.TODAY, 1L, PostedSince.THREE_DAYS, 4L,
                PostedSince.WEEK, 5L, PostedSince.MONTH, 6L));
        assertThat(result.facets().sectors()).isEqualTo(Map.of(Sector.SERVICE_AND_SALES, 2L, Sector.ELEMENTARY, 1L));
    }

    @Test
    void a_vacancy_without_a_value_is_excluded_by_a_filter_on_it() {
        var result = INDEX.search(TestQuery.everything().education(EducationLevel.SECONDARY,
                EducationLevel.NONE_REQUIRED, EducationLevel.BACHELOR, EducationLevel.HIGHER_VOCATIONAL,
                EducationLevel.MASTER).build());
        assertThat(ids(result)).doesNotContain(4L, 8L).hasSize(5);
    }

    @Test
    void facets_follow_the_text() {
        var result = INDEX.search(TestQuery.text("verkoper").build());
        assertThat(ids(result)).containsExactly(1L);
        assertThat(result.facets().sectors()).isEqualTo(Map.of(Sector.SERVICE_AND_SALES, 1L));
    }
}
