package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.vacancy.index.IndexFixture.ids;
import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The classes of failure a visitor met before: nothing found for a partial text, a half-typed word,
 * a compound typed that postings write apart, feminine and informal words, synonyms outranking the
 * word typed, false friends inside compounds, other languages, and equal hits in random places.
 */
class SearchQualityTest {

    private static final VacancyIndex INDEX = IndexFixture.with(
            vacancy(1, "Tekenaar bouwkunde").in("9000").postedDaysAgo(1),
            vacancy(2, "Lasser TIG").in("3000").postedDaysAgo(2),
            vacancy(3, "Kok").in("8000").regimes(WorkRegime.FULL_TIME).postedDaysAgo(3),
            vacancy(4, "Vrachtwagenchauffeur CE").in("2000").postedDaysAgo(4),
            vacancy(5, "Schoonmaker kantoren").in("9000").postedDaysAgo(5),
            vacancy(6, "Medewerker magazijn").in("2800").postedDaysAgo(6),
            vacancy(7, "Koperslager").in("9000").postedDaysAgo(7),
            vacancy(8, "Slager").in("3000").postedDaysAgo(8),
            vacancy(9, "Landbouwer").in("8800").postedDaysAgo(9),
            vacancy(10, "Bouwvakker").in("9000").postedDaysAgo(10),
            vacancy(11, "Schoenmaker").in("9000").postedDaysAgo(11),
            vacancy(12, "Docent kok").description("Als kok en docent leer je koks het vak: kok worden.")
                    .in("3000").postedDaysAgo(1),
            vacancy(13, "Verkoper doe-het-zelf").in("9000").postedDaysAgo(12),
            vacancy(14, "Kapper").in("2000").postedDaysAgo(13),
            vacancy(15, "Poissonnier").description("Kok die vis bereidt.").in("8000").postedDaysAgo(0),
            vacancy(16, "Caissière").language("fr").in("1000").postedDaysAgo(14),
            vacancy(17, "Kassamedewerker").in("9000").postedDaysAgo(15),
            vacancy(18, "Kok").in("9000").postedDaysAgo(3),
            vacancy(19, "Soudeur").language("fr").in("1000").postedDaysAgo(16),
            vacancy(20, "Buschauffeur").in("8000").postedDaysAgo(17));

    @AfterAll
    static void close() {
        INDEX.close();
    }

    private static SearchResult search(String text) {
        return INDEX.search(TestQuery.text(text).build());
    }

    @Test
    void a_title_with_one_of_two_words_is_a_near_match() {
        var result = search("technisch tekenaar");
        assertThat(ids(result)).containsExactly(1L);
        assertThat(result.partialMatch()).isTrue();
    }

    @Test
    void a_job_with_a_place_or_regime_word_finds_the_job_elsewhere_not_everything_in_the_place() {
        assertThat(ids(search("lasser hasselt"))).containsExactly(2L);
        assertThat(ids(search("kok deeltijds"))).containsExactly(18L, 3L, 15L, 12L);
        assertThat(search("kok deeltijds").partialMatch()).isTrue();
        assertThat(ids(search("astronaut gent"))).as("no job word: no near matches").isEmpty();
    }

    @Test
    void a_job_of_several_words_with_a_place_or_regime_word_keeps_its_synonyms_in_the_near_matches() {
        // "conducteur d'autobus" is the French ESCO label of the buschauffeur; "bruges" is no word of a posting
        var place = search("conducteur d’autobus bruges");
        assertThat(place.partialMatch()).isTrue();
        assertThat(ids(place)).containsExactly(20L);
        assertThat(ids(search("conducteur d'autobus mi-temps"))).containsExactly(20L);
        assertThat(ids(search("bus driver weekend"))).containsExactly(20L);
    }

    @Test
    void a_half_typed_word_finds_what_it_starts() {
        assertThat(ids(search("vrachtw"))).containsExactly(4L);
        assertThat(ids(search("schoonm"))).containsExactly(5L);
        assertThat(search("vrachtw").didYouMean()).isNull();
        assertThat(search("vrachtw").partialMatch()).isFalse();
    }

    @Test
    void a_half_typed_word_that_no_title_starts_finds_what_its_suggestions_find_in_the_screen_language() {
        // the titles are Dutch: no title word starts with "bouch", but the French screen suggests "boucher"
        var french = INDEX.search(TestQuery.text("bouch").screen(KioskLanguage.FRENCH).build());
        assertThat(ids(french)).containsExactly(8L);
        assertThat(french.completedAs()).startsWith("boucher").allMatch(label -> label.startsWith("bouch"));
        assertThat(french.partialMatch()).isFalse();
        assertThat(ids(INDEX.search(TestQuery.text("coiff").screen(KioskLanguage.FRENCH).build()))).containsExactly(14L);
        var english = INDEX.search(TestQuery.text("cashi").screen(KioskLanguage.ENGLISH).build());
        assertThat(ids(english)).containsExactlyInAnyOrder(17L, 16L);
        assertThat(english.completedAs()).startsWith("cashier");

        // a half word that titles start is searched as such, and one nothing completes finds nothing
        var dutch = search("slage");
        assertThat(ids(dutch)).as("not the koperslager").containsExactly(8L);
        assertThat(dutch.completedAs()).isEmpty();
        assertThat(search("astron").completedAs()).isEmpty();
        assertThat(ids(search("astron"))).isEmpty();

        // a job that only the filters left out: the way out is wider filters, not other jobs
        // ("caiss" starts the caissière in Brussels; its suggestion "caissier" would find the kassamedewerker in Gent)
        var filtered = INDEX.search(TestQuery.text("caiss").near("9000").within(5).screen(KioskLanguage.FRENCH).build());
        assertThat(filtered.total()).isZero();
        assertThat(filtered.completedAs()).isEmpty();
    }

    @Test
    void five_words_with_many_synonyms_are_still_answered() {
        // the near-match query with each text of four words is larger than Lucene takes: words one by one
        for (var text : java.util.List.of("magazijnier heftruckchauffeur orderpicker reachtruck gent",
                "verpleegkundige zorgkundige thuiszorg nacht gent", "kok hulpkok afwasser keukenhulp deeltijds")) {
            assertThat(search(text).noWords()).as(text).isFalse();
        }
    }

    @Test
    void a_compound_typed_finds_its_parts_written_apart() {
        assertThat(ids(search("magazijnmedewerker"))).containsExactly(6L);
    }

    @Test
    void feminine_and_informal_words_find_the_job() {
        assertThat(ids(search("lasster"))).containsExactlyInAnyOrder(2L, 19L);
        assertThat(ids(search("verkoopster"))).containsExactly(13L);
        assertThat(ids(search("kapster"))).containsExactly(14L);
        assertThat(ids(search("kuisvrouw"))).containsExactly(5L);
        assertThat(ids(search("poetsvrouw"))).containsExactly(5L);
    }

    @Test
    void the_word_typed_ranks_above_its_synonyms_and_relatives() {
        var kok = ids(search("kok"));
        assertThat(kok).startsWith(18L, 3L).contains(15L);
        assertThat(kok.indexOf(15L)).as("poissonnier, an ESCO synonym of kok").isGreaterThan(kok.indexOf(3L));
    }

    @Test
    void a_trade_ranks_above_teaching_it() {
        assertThat(ids(search("kok"))).startsWith(18L, 3L).endsWith(12L);
        assertThat(ids(search("docent kok"))).startsWith(12L);
    }

    @Test
    void a_compound_part_is_no_false_friend() {
        assertThat(ids(search("slager"))).containsExactly(8L);
        assertThat(ids(search("bouw"))).doesNotContain(9L);
        assertThat(ids(search("schoonmaker"))).containsExactly(5L);
        assertThat(ids(search("schoenmaker"))).containsExactly(11L);
    }

    @Test
    void french_and_english_words_find_dutch_postings_and_the_other_way_round() {
        assertThat(ids(search("soudeur"))).containsExactly(19L, 2L);
        assertThat(ids(search("kassamedewerker"))).containsExactly(17L, 16L);
        assertThat(ids(search("cashier"))).containsExactlyInAnyOrder(16L, 17L);
        assertThat(ids(search("truck driver"))).containsExactly(4L);
    }

    @Test
    void with_a_place_equal_hits_come_nearest_first() {
        assertThat(ids(INDEX.search(TestQuery.text("kok").near("Gent").build()))).startsWith(18L, 3L);
        assertThat(ids(INDEX.search(TestQuery.text("kok").near("Brugge").build()))).startsWith(3L, 18L);
    }

    @Test
    void without_words_the_list_starts_near_the_place() {
        var ids = ids(INDEX.search(TestQuery.everything().near("Gent").build()));
        assertThat(ids.subList(0, 8)).as("in Gent, newest first").containsExactly(1L, 18L, 5L, 7L, 10L, 11L, 13L, 17L);
        assertThat(ids.subList(8, 10)).as("Brugge, 39 km").containsExactly(15L, 3L);
    }
}
