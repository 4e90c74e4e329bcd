package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.vacancy.MarkedText;
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

    /** The text with each mark in {@code <mark>}, to read expectations at a glance (nothing is escaped). */
    private static String shown(MarkedText text) {
        var shown = new StringBuilder();
        var position = 0;
        for (var mark : text.marks()) {
            shown.append(text.text(), position, mark.start()).append("<mark>")
                    .append(text.text(), mark.start(), mark.end()).append("</mark>");
            position = mark.end();
        }
        return shown.append(text.text().substring(position)).toString();
    }

    @Test
    void the_matched_title_word_is_marked() {
        assertThat(shown(only("lourd").title())).isEqualTo("Chauffeur poids <mark>lourd</mark> (h/f)");
    }

    @Test
    void a_compound_is_marked_when_a_part_matched() {
        assertThat(shown(only("vrachtwagen").title())).isEqualTo("<mark>Vrachtwagenchauffeur</mark>");
    }

    @Test
    void a_synonym_match_is_marked() {
        assertThat(shown(only("beenhouwer").title())).isEqualTo("<mark>Slager</mark>");
    }

    @Test
    void markup_in_a_vacancy_stays_plain_text_and_only_the_match_is_a_range() {
        var hit = only("kok");
        assertThat(hit.title().text()).isEqualTo("Kok <b>&</b> 'afwas' \"nu\"");
        assertThat(hit.title().marks()).containsExactly(new MarkedText.Range(0, 3));
        assertThat(hit.snippet().text()).isEqualTo("<script>alert('kok')</script> in de keuken");
        assertThat(hit.snippet().marked()).containsExactly("kok");
    }

    @Test
    void the_snippet_is_a_short_passage_around_the_match() {
        var snippet = shown(only("heftruck").snippet());
        assertThat(snippet).contains("met de <mark>heftruck</mark> in ons magazijn").startsWith("… ").endsWith(" …");
        assertThat(snippet.length()).isBetween(150, 280);
    }

    @Test
    void without_a_match_in_the_description_the_snippet_is_its_opening() {
        assertThat(shown(only("magazijnier").snippet())).startsWith("Wij zijn een familiebedrijf").endsWith(" …")
                .doesNotContain("<mark>");
    }

    @Test
    void without_text_titles_and_snippets_have_no_marks() {
        var hits = INDEX.search(TestQuery.everything().build()).hits();
        var kok = hits.stream().filter(hit -> hit.id().value() == 3).findFirst().orElseThrow();
        assertThat(kok.title()).isEqualTo(MarkedText.plain("Kok <b>&</b> 'afwas' \"nu\""));
        assertThat(kok.snippet()).isEqualTo(MarkedText.plain("<script>alert('kok')</script> in de keuken"));
        var magazijnier = hits.stream().filter(hit -> hit.id().value() == 4).findFirst().orElseThrow();
        assertThat(shown(magazijnier.snippet())).startsWith("Wij zijn een familiebedrijf").endsWith(" …");
        assertThat(magazijnier.snippet().text().length()).isLessThanOrEqualTo(ResultHighlighter.SNIPPET_LENGTH + 2);
    }
}
