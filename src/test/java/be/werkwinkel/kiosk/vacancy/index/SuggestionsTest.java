package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.base.KioskLanguage.DUTCH;
import static be.werkwinkel.kiosk.base.KioskLanguage.ENGLISH;
import static be.werkwinkel.kiosk.base.KioskLanguage.FRENCH;
import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    /** Vacancy texts with their weights, without ESCO labels. */
    private static Suggestions table(Object... textsAndWeights) {
        var weights = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < textsAndWeights.length; i += 2) {
            weights.put((String) textsAndWeights[i], (Integer) textsAndWeights[i + 1]);
        }
        return new Suggestions.Labels(List.of(), Reference.THESAURUS.compounds()).withTexts(weights);
    }

    @Test
    void a_suggestion_is_found_by_its_start_a_word_or_a_compound_part() {
        var suggestions = table("Vrachtwagenchauffeur", 0, "Chauffeur bestelwagen", 0, "Kok", 0);
        assertThat(suggestions.suggest("chauf", 10)).containsExactly("Chauffeur bestelwagen", "Vrachtwagenchauffeur");
        assertThat(suggestions.suggest("bestel", 10)).containsExactly("Chauffeur bestelwagen");
        assertThat(suggestions.suggest("wagen", 10)).containsExactly("Vrachtwagenchauffeur", "Chauffeur bestelwagen");
        assertThat(suggestions.suggest("auffeur", 10)).isEmpty();
    }

    @Test
    void more_open_vacancies_come_first_then_starts_then_shorter_texts() {
        var suggestions = table("Vrachtwagenchauffeur", 5, "Chauffeur", 1, "Chauffeur bus", 0, "Taxichauffeur", 0,
                "Buschauffeur", 0);
        assertThat(suggestions.suggest("chauffeur", 10)).as("the plain job first, then by vacancies")
                .containsExactly("Chauffeur", "Vrachtwagenchauffeur", "Chauffeur bus", "Buschauffeur", "Taxichauffeur");
        assertThat(suggestions.suggest("taxi", 10)).containsExactly("Taxichauffeur");
    }

    @Test
    void the_plain_job_comes_before_its_variants_even_with_fewer_vacancies() {
        var suggestions = table("Chauffeur C/CE", 9, "Chauffeur bestelwagen", 8, "Vrachtwagenchauffeur", 7,
                "Chauffeur", 0, "Kok", 4, "Kok restaurant", 5);
        assertThat(suggestions.suggest("chauf", 3)).containsExactly("Chauffeur", "Chauffeur C/CE",
                "Chauffeur bestelwagen");
        assertThat(suggestions.suggest("kok", 2)).containsExactly("Kok", "Kok restaurant");
        assertThat(suggestions.suggest("vracht", 3)).as("no plain job among these").containsExactly(
                "Vrachtwagenchauffeur");
    }

    @Test
    void case_accents_and_punctuation_do_not_matter() {
        var suggestions = table("Café-uitbater", 0);
        assertThat(suggestions.suggest("CAFE UIT", 5)).containsExactly("Café-uitbater");
        assertThat(suggestions.suggest("uitb", 5)).containsExactly("Café-uitbater");
    }

    @Test
    void the_limit_is_respected_and_empty_input_suggests_nothing() {
        var suggestions = table("Kok", 3, "Kokkin", 2, "Kok keuken", 1);
        assertThat(suggestions.suggest("kok", 2)).containsExactly("Kok", "Kokkin");
        assertThat(suggestions.suggest("  ", 5)).isEmpty();
        assertThat(suggestions.suggest("kok", 0)).isEmpty();
    }

    @Test
    void texts_that_normalise_alike_are_one_suggestion_with_the_spelling_of_the_most_used() {
        var suggestions = table("kok", 0, "Kok", 4, "KOK", 1);
        assertThat(suggestions.suggest("ko", 5)).containsExactly("Kok");
    }

    @Test
    void gender_tags_are_cleaned_from_titles() {
        assertThat(Suggestions.clean("Kok (m/v/x)")).isEqualTo("Kok");
        assertThat(Suggestions.clean("Chauffeur M/V  C/CE")).isEqualTo("Chauffeur C/CE");
        assertThat(Suggestions.clean("Vendeur (h/f) temps plein")).isEqualTo("Vendeur temps plein");
    }

    @Test
    void the_index_suggests_open_vacancy_titles_before_esco_labels() {
        try (var index = IndexFixture.with(
                vacancy(1, "Vrachtwagenchauffeur (m/v/x)"),
                vacancy(2, "Vrachtwagenchauffeur"),
                vacancy(3, "Heftruckchauffeur"),
                vacancy(4, "Frietkotuitbater").validThrough(Reference.TODAY.minusDays(1)))) {
            var suggestions = index.suggest("chauf", DUTCH, 4);
            // the plain job (an ESCO label) first, as other suggestions are its variants
            assertThat(suggestions).hasSize(4).startsWith("chauffeur", "Vrachtwagenchauffeur", "Heftruckchauffeur");
            assertThat(suggestions.get(3)).startsWith("chauffeur ");
            assertThat(index.suggest("frietkot", DUTCH, 5)).isEmpty();
        }
    }

    @Test
    void new_titles_are_suggested_after_the_commit() {
        try (var index = IndexFixture.open(new ByteBuffersDirectory())) {
            index.upsert(List.of(vacancy(1, "Frietkotmedewerker").build()));
            index.awaitSuggestions();
            assertThat(index.suggest("frietk", DUTCH, 5)).isEmpty();
            index.commit(1);
            index.awaitSuggestions();
            assertThat(index.suggest("frietk", DUTCH, 5)).containsExactly("Frietkotmedewerker");
        }
    }

    @Test
    void a_vacancy_title_takes_the_place_of_the_esco_label_it_equals() {
        var labels = new Suggestions.Labels(List.of("vrachtwagenchauffeur", "chauffeur"), Reference.THESAURUS.compounds());
        var suggestions = labels.withTexts(Map.of("Vrachtwagenchauffeur", 2, "Buschauffeur", 1));
        assertThat(suggestions.suggest("chauffeur", 5)).containsExactly("Vrachtwagenchauffeur", "Buschauffeur", "chauffeur");
        assertThat(labels.withoutVacancies().suggest("chauffeur", 5)).containsExactly("chauffeur", "vrachtwagenchauffeur");
    }

    @Test
    void a_screen_offers_the_titles_and_labels_of_its_own_language_only() {
        try (var index = IndexFixture.with(
                vacancy(1, "Chauffeur poids lourd").language("fr"),
                vacancy(2, "Vrachtwagenchauffeur"),
                vacancy(3, "Truck driver").language("en"),
                vacancy(4, "Chauffeur"),
                vacancy(5, "Lastwagenfahrer").language("de"))) {
            assertThat(index.suggest("chauf", DUTCH, 3)).containsExactly("Chauffeur", "Vrachtwagenchauffeur",
                    "chauffeur ADR");
            assertThat(index.suggest("chauf", FRENCH, 3)).containsExactly("Chauffeur poids lourd", "chauffagiste",
                    "chauffeur ADR");
            assertThat(index.suggest("chauf", ENGLISH, 3)).containsExactly("chauffeur", "private chauffeur",
                    "personal chauffeur");
            assertThat(index.suggest("truck", ENGLISH, 2)).containsExactly("Truck driver", "trucker");
            assertThat(index.suggest("truck", DUTCH, 2)).as("Dutch ESCO labels, no English title")
                    .containsExactly("trucker", "truckchauffeur");
            assertThat(index.suggest("truck", FRENCH, 5)).isEmpty();
            assertThat(index.suggest("soud", DUTCH, 5)).as("no French word on a Dutch screen").isEmpty();
            assertThat(index.suggest("soud", FRENCH, 3)).containsExactly("soudeur", "soudeuse", "soudeur laser");
            assertThat(index.suggest("weld", ENGLISH, 2)).containsExactly("welder", "welder-fitter");
            assertThat(index.suggest("lastw", DUTCH, 5)).as("a German posting is offered on no screen").isEmpty();
        }
    }

    @Test
    void an_occupation_weighs_for_its_name_on_every_screen() {
        try (var index = IndexFixture.with(
                vacancy(1, "Lasser TIG").occupation("lasser"),
                vacancy(2, "Lasser").occupation("lasser"),
                vacancy(3, "Soudeur TIG (h/f)").language("fr").occupation("lasser"),
                vacancy(4, "Welder").language("en").occupation("lasser"),
                vacancy(5, "Soudeur MIG").language("fr"),
                vacancy(6, "Soudeur MIG").language("fr"))) {
            assertThat(index.suggest("soud", FRENCH, 4)).as("every welding job, in any language, weighs for soudeur")
                    .containsExactly("soudeur", "Soudeur MIG", "Soudeur TIG", "soudeuse");
            assertThat(index.suggest("weld", ENGLISH, 2)).containsExactly("welder", "welder-fitter");
            assertThat(index.suggest("las", DUTCH, 3)).containsExactly("lasser", "Lasser TIG", "lasster");
        }
    }

    @Test
    void the_plain_job_comes_before_its_variants_on_a_french_screen_too() {
        try (var index = IndexFixture.with(
                vacancy(1, "Cuisinier de collectivité").language("fr"),
                vacancy(2, "Cuisinier de collectivité").language("fr"),
                vacancy(3, "Cuisinier traiteur").language("fr"))) {
            assertThat(index.suggest("cuisi", FRENCH, 4)).containsExactly("cuisinier", "Cuisinier de collectivité",
                    "Cuisinier traiteur", "cuisinière");
            assertThat(index.suggest("cuisi", DUTCH, 4)).as("Dutch labels with a French word, no French title")
                    .containsExactly("chef-cuisinier", "aide de cuisine", "chef de cuisine");
        }
    }

    @Test
    void esco_labels_are_suggested_on_an_empty_index() {
        try (var index = IndexFixture.open(new ByteBuffersDirectory())) {
            index.awaitSuggestions();
            assertThat(index.suggest("beenhouw", DUTCH, 5)).contains("beenhouwer");
            assertThat(index.suggest("bouch", FRENCH, 2)).containsExactly("boucher", "bouchère");
            assertThat(index.suggest("butch", ENGLISH, 1)).containsExactly("butcher");
        }
    }
}
