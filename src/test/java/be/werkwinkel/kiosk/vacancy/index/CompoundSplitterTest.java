package be.werkwinkel.kiosk.vacancy.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundSplitterTest {

    private final CompoundSplitter splitter = new CompoundSplitter(List.of("vracht", "wagen", "vrachtwagen",
            "chauffeur", "heftruck", "heftruckchauffeur", "bedrijf", "leider", "medewerker", "kok", "hulp", "kassa",
            "arts", "start", "magazijn"));

    private List<String> parts(String word) {
        return splitter.split(word).stream().map(part -> part.of(word)).toList();
    }

    @Test
    void a_compound_splits_into_its_words_and_they_split_again() {
        assertThat(parts("vrachtwagenchauffeur")).containsExactly("vrachtwagen", "vracht", "wagen", "chauffeur");
    }

    @Test
    void a_plural_ending_after_the_last_part_is_allowed() {
        assertThat(parts("vrachtwagenchauffeurs")).containsExactly("vrachtwagen", "vracht", "wagen", "chauffeur");
    }

    @Test
    void a_compound_that_is_itself_in_the_dictionary_still_yields_its_first_part() {
        assertThat(parts("heftruckchauffeur")).containsExactly("heftruck", "chauffeur");
    }

    @Test
    void a_linking_s_between_parts_is_skipped() {
        assertThat(parts("bedrijfsleider")).containsExactly("bedrijf", "leider");
    }

    @Test
    void short_job_words_from_the_extra_list_split_off() {
        assertThat(parts("hulpkok")).containsExactly("hulp", "kok");
    }

    @Test
    void a_word_with_an_unknown_modifier_yields_only_its_known_head() {
        assertThat(parts("colruytmedewerkers")).containsExactly("medewerker");
    }

    @Test
    void a_word_with_an_unknown_head_yields_only_its_known_modifier() {
        assertThat(parts("magazijnier")).containsExactly("magazijn");
    }

    @Test
    void a_word_inside_a_word_it_cannot_segment_is_no_part() {
        // "salaris" is unknown: only the known start is trusted, never "arts" from the middle
        assertThat(parts("startsalaris")).containsExactly("start");
    }

    @Test
    void a_plain_word_has_no_parts() {
        assertThat(parts("chauffeur")).isEmpty();
        assertThat(parts("kok")).isEmpty();
    }

    /** The real dictionary, where every false friend below is a word. */
    private final CompoundSplitter real = Reference.THESAURUS.compounds();

    private List<String> realParts(String word) {
        return real.split(word).stream().map(part -> part.of(word)).toList();
    }

    @Test
    void a_coppersmith_is_no_butcher() {
        assertThat(realParts("koperslager")).doesNotContain("slager");
        assertThat(realParts("koperslagers")).doesNotContain("slager");
        assertThat(realParts("goudslager")).doesNotContain("slager");
    }

    @Test
    void farming_is_no_building() {
        assertThat(realParts("landbouw")).doesNotContain("bouw");
        assertThat(realParts("landbouwer")).doesNotContain("bouw", "bouwer");
        assertThat(realParts("tuinbouwer")).doesNotContain("bouw", "bouwer");
        assertThat(realParts("landbouwmachines")).contains("landbouw").doesNotContain("bouw");
    }

    @Test
    void a_woodcutter_is_no_hairdresser_and_a_brickmaker_no_baker() {
        assertThat(realParts("houtkapper")).doesNotContain("kapper");
        assertThat(realParts("steenbakker")).doesNotContain("bakker");
    }

    @Test
    void a_compound_typed_splits_into_its_outermost_parts_only() {
        assertThat(real.topParts("magazijnmedewerker")).containsExactly("magazijn", "medewerker");
        assertThat(real.topParts("koperslager")).isEmpty();
        assertThat(real.topParts("kok")).isEmpty();
    }
}
