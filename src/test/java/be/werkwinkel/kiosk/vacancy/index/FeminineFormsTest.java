package be.werkwinkel.kiosk.vacancy.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeminineFormsTest {

    @Test
    void dutch_ster_becomes_er_with_the_spelling_that_takes() {
        assertThat(FeminineForms.plainForms("lasster")).contains("lasser");
        assertThat(FeminineForms.plainForms("kapster")).contains("kapper");
        assertThat(FeminineForms.plainForms("verkoopster")).first().isEqualTo("verkoper");
        assertThat(FeminineForms.plainForms("schoonmaakster")).first().isEqualTo("schoonmaker");
        assertThat(FeminineForms.plainForms("medewerkster")).contains("medewerker");
    }

    @Test
    void vrouw_becomes_man_and_kuis_becomes_poets() {
        assertThat(FeminineForms.plainForms("timmervrouw")).contains("timmerman");
        assertThat(FeminineForms.plainForms("kuisvrouw")).startsWith("poetsvrouw", "schoonmaakvrouw");
    }

    @Test
    void french_feminine_endings_become_masculine() {
        assertThat(FeminineForms.plainForms("vendeuse")).containsExactly("vendeur");
        assertThat(FeminineForms.plainForms("conductrice")).containsExactly("conducteur");
        assertThat(FeminineForms.plainForms("cuisiniere")).containsExactly("cuisinier");
    }

    @Test
    void a_plain_word_has_no_other_form() {
        assertThat(FeminineForms.plainForms("kok")).isEmpty();
        assertThat(FeminineForms.plainForms("chauffeur")).isEmpty();
    }
}
