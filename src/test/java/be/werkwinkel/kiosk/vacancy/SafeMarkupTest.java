package be.werkwinkel.kiosk.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a details screen sets as markup keeps structure and emphasis, and nothing that can run or load. */
class SafeMarkupTest {

    @Test
    void structure_and_emphasis_stay_and_everything_that_can_run_or_load_goes() {
        assertThat(SafeMarkup.clean("<p>Wij zoeken een <strong>lasser</strong> m/v/x</p><ul><li>TIG</li></ul>"))
                .isEqualTo("<p>Wij zoeken een <strong>lasser</strong> m/v/x</p><ul><li>TIG</li></ul>");
        assertThat(SafeMarkup.clean("<p onclick=\"steal()\">Hallo<script>steal()</script>"
                + "<img src=x onerror=steal()><a href=\"javascript:steal()\">klik</a></p>"))
                .isEqualTo("<p>Halloklik</p>");
    }
}
