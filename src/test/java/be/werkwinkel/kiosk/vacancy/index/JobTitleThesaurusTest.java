package be.werkwinkel.kiosk.vacancy.index;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.KioskLanguage;
import org.junit.jupiter.api.Test;

/** The synonym rule, on the real ESCO data. Labels come back analysed (folded and stemmed). */
class JobTitleThesaurusTest {

    private final JobTitleThesaurus thesaurus = Reference.THESAURUS;

    @Test
    void beenhouwer_expands_to_the_labels_of_both_occupations_that_carry_it() {
        assertThat(thesaurus.synonymsOf("beenhouwer"))
                .contains("beenhouwer", "slager", "vleeshouwer", "slachter", "medewerker slachterij")
                .as("the French and English names of both").contains("boucher", "butcher");
    }

    @Test
    void expansion_is_not_transitive() {
        // "medewerker slachterij" belongs to "slachter" only, so it does not reach the other "slager" labels
        assertThat(thesaurus.synonymsOf("medewerker slachterij"))
                .contains("slachter", "beenhouwer", "medewerker slachterij", "vleeshouwer", "slager")
                .as("English name of slager only").doesNotContain("butcher");
        assertThat(thesaurus.synonymsOf("kapster")).contains("kapper", "haarkapper").doesNotContain("slager");
    }

    @Test
    void a_label_of_occupations_in_different_isco_groups_is_ambiguous_and_does_not_expand() {
        // lasser: welder (7212), metalworker (7223) and welding inspector (3115)
        assertThat(thesaurus.synonymsOf("lasser")).isEmpty();
    }

    @Test
    void a_generic_one_word_label_does_not_expand() {
        assertThat(thesaurus.synonymsOf("chef")).isEmpty();
        assertThat(thesaurus.synonymsOf("chauffeur")).isEmpty();
        assertThat(thesaurus.synonymsOf("manager")).isEmpty();
    }

    @Test
    void no_label_expands_to_more_than_the_maximum() {
        var largest = Reference.ESCO.all().stream().flatMap(occupation -> occupation.labels().stream())
                .mapToInt(label -> thesaurus.synonymsOf(label).size()).max().orElseThrow();
        assertThat(largest).isEqualTo(JobTitleThesaurus.MAX_EXPANSIONS);
    }

    @Test
    void a_slash_label_is_two_labels() {
        // ESCO: "acteur/actrice"
        assertThat(thesaurus.synonymsOf("actrice")).contains("acteur", "toneelspeler");
        assertThat(thesaurus.labels()).contains("acteur", "actrice").doesNotContain("acteur/actrice");
    }

    @Test
    void each_screen_language_has_its_labels_and_names_each_occupation_in_it() {
        var labels = thesaurus.suggestionLabels();
        assertThat(labels).containsOnlyKeys(KioskLanguage.values());
        var slager = Suggestions.normalise("slager");
        assertThat(labels.get(KioskLanguage.DUTCH).occupationName(slager)).isEqualTo("slager");
        assertThat(labels.get(KioskLanguage.FRENCH).occupationName(slager)).isEqualTo("boucher");
        assertThat(labels.get(KioskLanguage.ENGLISH).occupationName(slager)).isEqualTo("butcher");
        assertThat(labels.get(KioskLanguage.FRENCH).occupationName(Suggestions.normalise("beenhouwer")))
                .as("only the preferred label is what vacancies carry as their occupation").isNull();
        assertThat(labels.get(KioskLanguage.FRENCH).withoutVacancies().suggest("bouch", 3))
                .containsExactly("boucher", "bouchère", "boucher pareur");
    }

    @Test
    void a_qualifier_in_parentheses_is_dropped() {
        assertThat(thesaurus.labels()).contains("wever").doesNotContain("wever (weefmachine)");
    }

    @Test
    void the_compound_dictionary_has_esco_words_and_flemish_extras_but_no_stop_words() {
        var compounds = thesaurus.compounds();
        assertThat(compounds.isWord("vrachtwagen")).isTrue();
        assertThat(compounds.isWord("chauffeur")).isTrue();
        assertThat(compounds.isWord("technieker")).isTrue();
        assertThat(compounds.isWord("kok")).isTrue();
        assertThat(compounds.isWord("voor")).isFalse();
    }

    @Test
    void french_and_english_labels_reach_the_dutch_name_of_their_occupation() {
        assertThat(thesaurus.synonymsOf("soudeur")).contains("lasser", "welder");
        assertThat(thesaurus.synonymsOf("conducteur de poids lourd")).contains("vrachtwagenchauffeur");
        assertThat(thesaurus.synonymsOf("factory hand")).as("a generic preferred label is still reached")
                .contains("productiemedewerker");
    }
}
