package be.werkwinkel.kiosk.vacancy.index;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.reference.Place;
import org.junit.jupiter.api.Test;

/** The places a visitor may type, as the index and the screens look them up. */
class PlaceNamesTest {

    private static String postcodeOf(String typed) {
        return Reference.PLACES.find(typed).map(Place::postcode).orElse("none");
    }

    @Test
    void french_and_english_names_of_flemish_towns_are_the_towns() {
        assertThat(postcodeOf("Gand")).isEqualTo("9000");
        assertThat(postcodeOf("Ghent")).isEqualTo("9000");
        assertThat(postcodeOf("Anvers")).isEqualTo("2000");
        assertThat(postcodeOf("Antwerp")).isEqualTo("2000");
        assertThat(postcodeOf("Louvain")).isEqualTo("3000");
        assertThat(postcodeOf("Malines")).isEqualTo("2800");
        assertThat(postcodeOf("Courtrai")).isEqualTo("8500");
        assertThat(postcodeOf("Bruges")).isEqualTo("8000");
        assertThat(postcodeOf("Ostende")).isEqualTo("8400");
        assertThat(postcodeOf("alost")).isEqualTo("9300");
    }

    @Test
    void dutch_names_of_walloon_towns_are_the_towns() {
        assertThat(postcodeOf("Luik")).isEqualTo("4000");
        assertThat(postcodeOf("Doornik")).isEqualTo("7500");
        assertThat(postcodeOf("Waver")).isEqualTo("1300");
    }

    @Test
    void organisations_with_a_postcode_are_no_places() {
        for (var organisation : new String[] {"VRT", "OTAN - NATO", "U.E.-Conseil", "RTBF", "Parlement Européen",
                "Bruxelles X-Aeroport Remailing", "Postcheque", "Brucargo", "1043", "1110", "1048"}) {
            assertThat(Reference.PLACES.find(organisation)).as(organisation).isEmpty();
        }
        assertThat(Reference.PLACES.all()).extracting(Place::name)
                .doesNotContain("VRT", "OTAN - NATO", "U.E.-Conseil", "SPF Mobilité", "Senat de Belgique");
    }

    @Test
    void names_are_whole() {
        assertThat(Reference.PLACES.all()).extracting(Place::name)
                .doesNotContain("Brainele-Château", "Comblainla-Tour", "Hollognesur-Geer", "Villeen-Hesbaye")
                .contains("Braine-le-Château", "Comblain-la-Tour", "Hollogne-sur-Geer", "Ville-en-Hesbaye",
                        "Ville-sur-Haine");
    }
}
