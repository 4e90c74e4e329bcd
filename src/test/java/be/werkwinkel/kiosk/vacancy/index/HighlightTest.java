package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.vacancy.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class HighlightTest {

    private static final String LONG_DESCRIPTION = "Wij zijn een familiebedrijf met veertig medewerkers. ".repeat(5)
            + "Je werkt met de heftruck in ons magazijn en laadt vrachtwagens. "
            + "Wij bieden een vast contract en een goed loon. ".repeat(5);

    private static final VacancyIndex INDEX = IndexFixture.with(
            vacancy(1, "Chauffeur poids lourd (h/f)").description("Vous conduisez un camion."),
            vacancy(2, "Vrachtwagenchauffeur").description("Nationaal transport."),
            vacancy(3, "Kok <b>&</b> 'afwas' \"nu\"").description("<script>alert('kok')</script> in de keuken"),
            vacancy(4, "Magazijnier").description(LONG_DESCRIPTION),
            vacancy(5, "Slager").description("Vers vlees snijden."));

    @AfterAll
    static void close() {
        INDEX.close();
    }

    private static SearchResult.Hit only(String text) {
        var result = INDEX.search(TestQuery.text(text).build());
        assertThat(result.hits()).hasSize(1);
        return result.hits().getFirst();
    }

    @Test
    void the_matched_title_word_is_marked() {
        assertThat(only("lourd").titleHtml()).isEqualTo("Chauffeur poids <mark>lourd</mark> (h/f)");
    }

    @Test
    void a_compound_is_marked_when_a_part_matched() {
        assertThat(only("vrachtwagen").titleHtml()).isEqualTo("<mark>Vrachtwagenchauffeur</mark>");
    }

    @Test
    void a_synonym_match_is_marked() {
        assertThat(only("beenhouwer").titleHtml()).isEqualTo("<mark>Slager</mark>");
    }

    @Test
    void everything_but_the_marks_is_escaped() {
        var hit = only("kok");
        assertThat(hit.titleHtml())
                .isEqualTo("<mark>Kok</mark> &lt;b&gt;&amp;&lt;/b&gt; &#39;afwas&#39; &quot;nu&quot;");
        assertThat(hit.snippetHtml())
                .isEqualTo("&lt;script&gt;alert(&#39;<mark>kok</mark>&#39;)&lt;/script&gt; in de keuken");
    }

    @Test
    void the_snippet_is_a_short_passage_around_the_match() {
        var snippet = only("heftruck").snippetHtml();
        assertThat(snippet).contains("met de <mark>heftruck</mark> in ons magazijn").startsWith("… ").endsWith(" …");
        assertThat(snippet.length()).isBetween(150, 280);
    }

    @Test
    void without_a_match_in_the_description_the_snippet_is_its_opening() {
        assertThat(only("magazijnier").snippetHtml()).startsWith("Wij zijn een familiebedrijf").endsWith(" …")
                .doesNotContain("<mark>");
    }

    @Test
    void without_text_titles_and_snippets_are_escaped_only() {
        var hits = INDEX.search(TestQuery.everything().build()).hits();
        var kok = hits.stream().filter(hit -> hit.id().value() == 3).findFirst().orElseThrow();
        assertThat(kok.titleHtml()).isEqualTo("Kok &lt;b&gt;&amp;&lt;/b&gt; &#39;afwas&#39; &quot;nu&quot;");
        assertThat(kok.snippetHtml()).isEqualTo("&lt;script&gt;alert(&#39;kok&#39;)&lt;/script&gt; in de keuken");
        var magazijnier = hits.stream().filter(hit -> hit.id().value() == 4).findFirst().orElseThrow();
        assertThat(magazijnier.snippetHtml()).startsWith("Wij zijn een familiebedrijf").endsWith(" …");
        assertThat(magazijnier.snippetHtml().length()).isLessThanOrEqualTo(ResultHighlighter.SNIPPET_LENGTH + 2);
    }
}
