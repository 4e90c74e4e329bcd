package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.vacancy.index.IndexFixture.ids;
import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.vacancy.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What words find: compounds, synonyms, stems, accents, typos, other languages, ranking. */
class TextSearchTest {

    private static final VacancyIndex INDEX = IndexFixture.with(
            vacancy(1, "Vrachtwagenchauffeur C/CE (m/v/x)").description("Je rijdt nationaal met een trekker.")
                    .postedDaysAgo(1),
            vacancy(2, "Slager").description("Voor onze slagerij in Gent zoeken we een ervaren kracht.")
                    .postedDaysAgo(2),
            vacancy(3, "Heftruckchauffeur").description("Laden en lossen in ploegen.").postedDaysAgo(3),
            vacancy(4, "Chauffeur poids lourd (h/f)").description("Vous conduisez un camion.").language("fr")
                    .postedDaysAgo(4),
            vacancy(5, "Truck driver").description("International transport.").language("en").postedDaysAgo(5),
            vacancy(6, "Kok").description("Je kookt in een drukke keuken.").postedDaysAgo(6),
            vacancy(7, "Café-medewerker").description("Bediening in het café aan de Korenmarkt.").postedDaysAgo(7),
            vacancy(8, "Magazijnier").description("Orderpicking met de heftruck.").postedDaysAgo(8),
            vacancy(9, "Kassamedewerker").employer("Colruyt").postedDaysAgo(9),
            vacancy(10, "Poetshulp").description("Poetsen bij klanten thuis in Gent.").postedDaysAgo(10));

    @AfterAll
    static void close() {
        INDEX.close();
    }

    private static SearchResult search(String text) {
        return INDEX.search(TestQuery.text(text).build());
    }

    @Test
    void chauffeur_finds_compound_titles_and_the_french_title() {
        assertThat(ids(search("chauffeur"))).containsExactlyInAnyOrder(1L, 3L, 4L);
    }

    @Test
    void vrachtwagen_finds_vrachtwagenchauffeur() {
        assertThat(ids(search("vrachtwagen"))).containsExactly(1L);
    }

    @Test
    void beenhouwer_finds_slager_vacancies() {
        assertThat(ids(search("beenhouwer"))).containsExactly(2L);
        assertThat(ids(search("vleeshouwers"))).containsExactly(2L);
    }

    @Test
    void a_plural_finds_the_singular() {
        assertThat(ids(search("chauffeurs"))).containsExactlyInAnyOrder(1L, 3L, 4L);
        assertThat(ids(search("slagers"))).containsExactly(2L);
    }

    @Test
    void case_and_accents_do_not_matter() {
        assertThat(ids(search("CAFE"))).containsExactly(7L);
        assertThat(ids(search("café"))).containsExactly(7L);
    }

    @Test
    void heftruk_finds_heftruck_titles() {
        // typo tolerance is for titles: the magazijnier mentions a heftruck in the description only
        assertThat(ids(search("heftruk"))).containsExactly(3L);
    }

    @Test
    void a_long_word_survives_two_typos() {
        assertThat(ids(search("vrachtwagenchaufer"))).containsExactly(1L);
    }

    @Test
    void a_title_match_ranks_above_a_description_match() {
        assertThat(ids(search("heftruck"))).containsExactly(3L, 8L);
    }

    @Test
    void the_word_typed_ranks_above_its_synonyms() {
        // ESCO makes a poissonnier a kind of cook ("viskok"), and a slager a beenhouwer; a visitor
        // who types "kok" or "slager" still wants those very jobs first, newest or not
        try (var index = IndexFixture.with(
                vacancy(1, "Poissonnier").description("Je bereidt visgerechten.").postedDaysAgo(1),
                vacancy(2, "Beenhouwer").description("Versnijden van vlees.").postedDaysAgo(1),
                vacancy(3, "Kok").description("Je werkt in de keuken.").postedDaysAgo(9),
                vacancy(4, "Slager").description("Versnijden van vlees.").postedDaysAgo(9),
                vacancy(5, "Grillkokkin").occupation("rotisseur").description("Hotel Vlaanderen zoekt een collega als "
                        + "rotisseur. Rotisseurs bereiden en presenteren vlees, groenten en vis met grillapparaten.")
                        .postedDaysAgo(1))) {
            // the grill cook matches three synonyms (kokkin twice, rotisseur): still not above the cook
            assertThat(ids(index.search(TestQuery.text("kok").build()))).startsWith(3L).contains(1L, 5L);
            assertThat(ids(index.search(TestQuery.text("slager").build()))).containsExactly(4L, 2L);
            assertThat(ids(index.search(TestQuery.text("beenhouwer").build()))).containsExactly(2L, 4L);
        }
    }

    @Test
    void french_and_english_words_are_found() {
        assertThat(ids(search("camion"))).containsExactly(4L);
        assertThat(ids(search("driver"))).containsExactly(5L);
    }

    @Test
    void employer_and_description_words_are_found() {
        assertThat(ids(search("colruyt"))).containsExactly(9L);
        assertThat(ids(search("korenmarkt"))).containsExactly(7L);
    }

    @Test
    void every_typed_word_must_match_but_in_any_field() {
        assertThat(ids(search("slager gent"))).containsExactly(2L);
        assertThat(search("slager gent").partialMatch()).isFalse();
        assertThat(search("slager brugge").partialMatch()).as("no slager in Brugge: near matches").isTrue();
    }

    @Test
    void no_text_finds_everything_newest_first() {
        assertThat(ids(search(""))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void only_stop_words_or_emoji_search_nothing_and_say_so() {
        for (var text : new String[] {"de het een", "\uD83D\uDE00\uD83D\uDC4D", "?!", "le la the"}) {
            var result = search(text);
            assertThat(result.noWords()).as(text).isTrue();
            assertThat(result.total()).as(text).isZero();
            assertThat(result.didYouMean()).as(text).isNull();
        }
        assertThat(search("").noWords()).as("no text at all is everything").isFalse();
        assertThat(search("kok \uD83D\uDE00").noWords()).isFalse();
    }

    @Test
    void a_query_that_finds_nothing_gets_a_correction_that_does() {
        var result = search("kokk");
        assertThat(result.didYouMean()).isEqualTo("kok");
        // nothing has "kokk" itself; the suggestions shown for it ("kokkin") find the cook
        assertThat(result.completedAs()).startsWith("kokkin");
        assertThat(ids(result)).containsExactly(6L);
    }

    @Test
    void a_query_that_finds_enough_gets_no_correction() {
        var result = search("chauffeur");
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.didYouMean()).isNull();
    }

    @Test
    void no_correction_is_offered_when_nothing_close_exists() {
        var result = search("xylofoonstemmer");
        assertThat(result.total()).isZero();
        assertThat(result.didYouMean()).isNull();
    }

    @Test
    void a_correction_keeps_the_other_words() {
        assertThat(search("kokk keuken").didYouMean()).isEqualTo("kok keuken");
    }

    @Test
    void words_that_no_vacancy_has_together_fall_back_to_near_matches() {
        var strict = search("slager gent");
        var relaxed = search("slager gent astronaut");

        assertThat(strict.partialMatch()).isFalse();
        assertThat(ids(relaxed)).containsExactly(2L);
        assertThat(relaxed.partialMatch()).isTrue();
        assertThat(ids(search("slager brugge"))).containsExactly(2L);
    }

    @Test
    void a_repeated_word_counts_once() {
        assertThat(ids(search("slager slager SLAGER"))).containsExactly(2L);
    }
}
