package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.vacancy.index.IndexFixture.ids;
import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.VacancyQuery.Sort;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Distances from Gent (9000): Gentbrugge 3.8 km, Merelbeke 6.8, Deinze 15.7, Brugge 38.7, Leuven 71.4. */
class GeoSearchTest {

    private static final VacancyIndex INDEX = IndexFixture.with(
            vacancy(1, "Magazijnmedewerker").in("9000").postedDaysAgo(5),
            vacancy(2, "Magazijnmedewerker").in("9050").postedDaysAgo(1),
            vacancy(3, "Magazijnmedewerker").in("Merelbeke").postedDaysAgo(3),
            vacancy(4, "Magazijnmedewerker").in("Deinze").postedDaysAgo(0),
            vacancy(5, "Magazijnmedewerker").in("8000").postedDaysAgo(2),
            vacancy(6, "Magazijnmedewerker").in("3000").postedDaysAgo(4),
            vacancy(7, "Magazijnmedewerker").withoutCoordinates("9000", "Gent").postedDaysAgo(6));

    @AfterAll
    static void close() {
        INDEX.close();
    }

    private static SearchResult.Hit hit(SearchResult result, long id) {
        return result.hits().stream().filter(hit -> hit.id().value() == id).findFirst().orElseThrow();
    }

    @Test
    void a_known_postcode_sets_the_origin_and_hits_get_distances() {
        var result = INDEX.search(TestQuery.everything().near("9000").build());
        assertThat(result.origin()).isNotNull();
        assertThat(result.origin().name()).isEqualTo("Gent");
        assertThat(result.unknownPlace()).isNull();
        assertThat(hit(result, 1).distanceKm()).isEqualTo(0.0);
        assertThat(hit(result, 2).distanceKm()).isEqualTo(3.8);
        assertThat(hit(result, 6).distanceKm()).isEqualTo(71.4);
        assertThat(hit(result, 7).distanceKm()).isNull();
        assertThat(result.total()).isEqualTo(7);
    }

    @Test
    void a_municipality_name_works_like_its_postcode() {
        var result = INDEX.search(TestQuery.everything().near("gent").build());
        assertThat(result.origin()).isEqualTo(Reference.PLACES.find("9000").orElseThrow());
    }

    @Test
    void an_unknown_place_is_reported_and_does_not_filter() {
        var result = INDEX.search(TestQuery.everything().near("Atlantis").within(10).build());
        assertThat(result.unknownPlace()).isEqualTo("Atlantis");
        assertThat(result.origin()).isNull();
        assertThat(result.total()).isEqualTo(7);
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.distanceKm()).isNull());
        assertThat(result.facets().radiusKm()).isEmpty();
    }

    @Test
    void a_radius_keeps_only_vacancies_within_it_nearest_first() {
        var result = INDEX.search(TestQuery.everything().near("9000").within(10).build());
        assertThat(ids(result)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void radius_chips_count_every_distance_whatever_radius_is_selected() {
        var expected = Map.of(5, 2L, 10, 3L, 25, 4L, 50, 5L);
        assertThat(INDEX.search(TestQuery.everything().near("9000").build()).facets().radiusKm()).isEqualTo(expected);
        assertThat(INDEX.search(TestQuery.everything().near("9000").within(5).build()).facets().radiusKm())
                .isEqualTo(expected);
        assertThat(INDEX.search(TestQuery.everything().near("9000").build()).facets().radiusKm().keySet())
                .containsExactly(5, 10, 25, 50);
    }

    @Test
    void a_vacancy_without_coordinates_is_excluded_by_any_radius() {
        var result = INDEX.search(TestQuery.everything().near("9000").within(50).build());
        assertThat(ids(result)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void nearest_sorts_by_distance_with_unknown_distances_last() {
        var result = INDEX.search(TestQuery.everything().near("9000").sort(Sort.NEAREST).build());
        assertThat(ids(result)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void nearest_without_a_place_falls_back_to_relevance() {
        assertThat(ids(INDEX.search(TestQuery.everything().sort(Sort.NEAREST).build())))
                .containsExactly(4L, 2L, 5L, 3L, 6L, 1L, 7L);
        assertThat(ids(INDEX.search(TestQuery.text("magazijnmedewerker").near("nergensland").sort(Sort.NEAREST)
                .build()))).containsExactly(4L, 2L, 5L, 3L, 6L, 1L, 7L);
    }

    @Test
    void radius_combines_with_text_and_sort() {
        var result = INDEX.search(TestQuery.text("magazijn").near("9000").within(25).sort(Sort.NEAREST).build());
        assertThat(ids(result)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(result.total()).isEqualTo(4);
    }

    @Test
    void a_radius_includes_vacancies_just_inside_it_and_not_just_outside() {
        var gent = Reference.PLACES.find("9000").orElseThrow();
        var kmNorth = 1 / 111.2;
        var inside = gent.latitude() + 4.9 * kmNorth;
        var outside = gent.latitude() + 5.1 * kmNorth;
        assertThat(gent.distanceKm(inside, gent.longitude())).isBetween(4.85, 4.95);
        assertThat(gent.distanceKm(outside, gent.longitude())).isBetween(5.05, 5.15);
        try (var index = IndexFixture.with(
                vacancy(1, "Kok").at(inside, gent.longitude()),
                vacancy(2, "Kok").at(outside, gent.longitude()))) {
            var result = index.search(TestQuery.everything().near("9000").within(5).build());
            assertThat(ids(result)).containsExactly(1L);
            assertThat(result.facets().radiusKm()).isEqualTo(Map.of(5, 1L, 10, 2L, 25, 2L, 50, 2L));
        }
    }
}
