package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.vacancy.index.IndexFixture.ids;
import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.vacancy.VacancyQuery.Sort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PagingAndSortTest {

    private static final VacancyIndex INDEX = IndexFixture.with(
            vacancy(1, "Kok").description("Kok gezocht, kok met ervaring, kok!").postedDaysAgo(4),
            vacancy(2, "Hulpkok").postedDaysAgo(0),
            vacancy(3, "Kok").postedDaysAgo(2),
            vacancy(4, "Afwasser").description("Helpt de kok.").postedDaysAgo(1),
            vacancy(5, "Kok").postedDaysAgo(2));

    @AfterAll
    static void close() {
        INDEX.close();
    }

    @Test
    void pages_split_the_results_and_the_total_stays_exact() {
        assertThat(ids(INDEX.search(TestQuery.everything().page(0, 2).build()))).containsExactly(2L, 4L);
        assertThat(ids(INDEX.search(TestQuery.everything().page(1, 2).build()))).containsExactly(5L, 3L);
        var last = INDEX.search(TestQuery.everything().page(2, 2).build());
        assertThat(ids(last)).containsExactly(1L);
        assertThat(last.total()).isEqualTo(5);
    }

    @Test
    void a_page_past_the_end_is_empty_but_counted() {
        var result = INDEX.search(TestQuery.everything().page(3, 2).build());
        assertThat(result.hits()).isEmpty();
        assertThat(result.total()).isEqualTo(5);
        assertThat(INDEX.search(TestQuery.everything().page(Integer.MAX_VALUE, 100).build()).total()).isEqualTo(5);
    }

    @Test
    void newest_sorts_by_date_posted_then_by_latest_id() {
        assertThat(ids(INDEX.search(TestQuery.text("kok").sort(Sort.NEWEST).build())))
                .containsExactly(2L, 4L, 5L, 3L, 1L);
    }

    @Test
    void relevance_puts_title_matches_first_and_breaks_ties_by_date() {
        // 1 repeats "kok" in its description; compound parts do not lengthen a title, so "Hulpkok"
        // ties with "Kok" and the newest of the tied ones comes first
        assertThat(ids(INDEX.search(TestQuery.text("kok").build()))).containsExactly(1L, 2L, 5L, 3L, 4L);
    }
}
