package be.werkwinkel.kiosk.vacancy.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    private final Analyzer titles = TextAnalysis.titles(Reference.THESAURUS.compounds());
    private final Analyzer plain = TextAnalysis.plain();
    private final Analyzer query = TextAnalysis.query(Reference.THESAURUS.synonyms());

    @Test
    void case_and_accents_are_folded() {
        assertThat(TextAnalysis.terms(plain, "CAFÉ Crème")).isEqualTo(TextAnalysis.terms(plain, "cafe creme"))
                .containsExactly("caf", "crem");
    }

    @Test
    void dutch_words_are_stemmed() {
        assertThat(TextAnalysis.terms(plain, "chauffeurs verkopers")).containsExactly("chauffeur", "verkoper");
    }

    @Test
    void stop_words_and_gender_tags_are_dropped() {
        assertThat(TextAnalysis.terms(plain, "Kok voor de keuken (m/v/x)")).containsExactly("kok", "keuk");
    }

    @Test
    void a_title_is_indexed_with_its_compound_parts() {
        assertThat(TextAnalysis.terms(titles, "Vrachtwagenchauffeurs"))
                .containsExactly("vrachtwagenchauffeur", "vrachtwag", "vracht", "wag", "chauffeur");
    }

    @Test
    void a_query_word_is_expanded_with_its_synonyms_after_stemming() {
        assertThat(TextAnalysis.terms(query, "beenhouwers"))
                .contains("beenhouwer", "slager", "vleeshouwer").doesNotContain("beenhouwers");
    }

    @Test
    void a_query_keeps_only_its_first_ten_words() {
        var words = TextAnalysis.terms(TextAnalysis.queryWithoutSynonyms(),
                "een twee drie vier vijf zes zeven acht negen tien elf twaalf");
        // "een" is a stop word, so the tenth word is "elf"
        assertThat(words).hasSize(TextAnalysis.MAX_QUERY_WORDS).contains("elf").doesNotContain("twaalf");
    }

    @Test
    void lucene_syntax_is_just_punctuation() {
        assertThat(TextAnalysis.terms(TextAnalysis.queryWithoutSynonyms(), "\"*?:( kok AND -\" ~2 [a TO z]"))
                .containsExactly("kok", "2", "z");
    }

    @Test
    void a_colon_separates_words_and_emoji_are_no_words() {
        assertThat(TextAnalysis.terms(plain, "vacature:kok 😀🚚")).containsExactly("vacatur", "kok");
    }
}
