package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.base.KioskLanguage.DUTCH;
import static be.werkwinkel.kiosk.base.KioskLanguage.ENGLISH;
import static be.werkwinkel.kiosk.base.KioskLanguage.FRENCH;
import static be.werkwinkel.kiosk.vacancy.index.IndexFixture.ids;
import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.vacancy.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean" proposes words the visitor can read: words of vacancies in the screen's language,
 * and only when they find more. The typos here are two edits away, beyond what typo tolerance finds.
 */
class DidYouMeanLanguageTest {

    private static final VacancyIndex INDEX = IndexFixture.with(
            vacancy(1, "Verkoper"),
            vacancy(2, "Vendeur").language("fr"),
            vacancy(3, "Salesperson").language("en"),
            vacancy(4, "Kassier"),
            vacancy(5, "Caissier").language("fr"),
            vacancy(6, "Cashier").language("en"),
            vacancy(7, "Schilder"),
            vacancy(8, "Peintre").language("fr"),
            vacancy(9, "Painter").language("en"),
            vacancy(10, "Souffleur"),
            vacancy(11, "Soudeur").language("fr"));

    @AfterAll
    static void close() {
        INDEX.close();
    }

    private static SearchResult search(String text, KioskLanguage screen) {
        return INDEX.search(TestQuery.text(text).screen(screen).build());
    }

    @Test
    void a_french_word_is_proposed_on_a_french_screen_only() {
        assertThat(search("vandeer", FRENCH).didYouMean()).isEqualTo("vendeur");
        assertThat(search("vandeer", DUTCH).didYouMean()).isNull();
        assertThat(search("vandeer", ENGLISH).didYouMean()).isNull();
    }

    @Test
    void a_dutch_word_is_proposed_on_a_dutch_screen_only() {
        assertThat(search("kasir", DUTCH).didYouMean()).isEqualTo("kassier");
        assertThat(search("kasir", FRENCH).didYouMean()).isNull();
        assertThat(search("kasir", ENGLISH).didYouMean()).isNull();
    }

    @Test
    void an_english_word_is_proposed_on_an_english_screen_only() {
        assertThat(search("pantr", ENGLISH).didYouMean()).isEqualTo("painter");
        assertThat(search("pantr", DUTCH).didYouMean()).isNull();
        assertThat(search("pantr", FRENCH).didYouMean()).isNull();
    }

    @Test
    void the_proposal_finds_what_it_promises() {
        assertThat(ids(search("vendeur", FRENCH))).containsExactly(2L);
        assertThat(search("vandeer", FRENCH).total()).isZero();
    }

    @Test
    void a_word_that_vacancies_in_another_language_have_is_no_typo() {
        var soudeur = search("soudeur", DUTCH);
        assertThat(ids(soudeur)).containsExactly(11L);
        assertThat(soudeur.didYouMean()).as("not the Dutch 'souffleur', two letters away").isNull();
    }

    @Test
    void a_correction_is_still_offered_only_when_it_finds_more() {
        var typo = search("kasier", DUTCH);
        assertThat(ids(typo)).as("one typo is tolerated").containsExactly(4L);
        assertThat(typo.didYouMean()).as("kassier also finds caissier and cashier").isEqualTo("kassier");
        assertThat(ids(search("kassier", DUTCH))).containsExactlyInAnyOrder(4L, 5L, 6L);
        assertThat(search("schlder", DUTCH).didYouMean()).as("schilder finds no more than the typo did").isNull();
    }
}
