package be.werkwinkel.kiosk.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VacancyQueryTest {

    @Test
    void text_and_place_longer_than_a_field_takes_are_refused() {
        var query = VacancyQuery.all(20);
        assertThat(query.withText("k".repeat(VacancyQuery.MAX_TEXT)).text()).hasSize(VacancyQuery.MAX_TEXT);
        assertThatThrownBy(() -> query.withText("k".repeat(VacancyQuery.MAX_TEXT + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 200");
        assertThat(query.toBuilder().near("x".repeat(VacancyQuery.MAX_NEAR)).build().near())
                .hasSize(VacancyQuery.MAX_NEAR);
        assertThatThrownBy(() -> query.toBuilder().near("x".repeat(VacancyQuery.MAX_NEAR + 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 60");
    }

    @Test
    void the_limit_counts_what_is_left_after_trimming() {
        var padded = "  " + "k".repeat(VacancyQuery.MAX_TEXT) + "  ";
        assertThat(VacancyQuery.all(20).withText(padded).text()).hasSize(VacancyQuery.MAX_TEXT);
    }
}
