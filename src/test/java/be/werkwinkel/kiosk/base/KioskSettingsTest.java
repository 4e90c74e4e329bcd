package be.werkwinkel.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KioskSettingsTest {

    private static final KioskSettings.Site SITE = new KioskSettings.Site("Werkwinkel", Map.of(), Map.of());
    private static final KioskSettings.Session SESSION = new KioskSettings.Session(Duration.ofSeconds(120), Duration.ofSeconds(30));

    @Test
    void opening_hours_read_several_ranges_and_closed_days() {
        var hours = OpeningHours.parse(" 09:00-12:00, 13:00-16:30 ");

        assertThat(hours.ranges()).containsExactly(
                new OpeningHours.Range(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new OpeningHours.Range(LocalTime.of(13, 0), LocalTime.of(16, 30)));
        assertThat(OpeningHours.parse("closed").closed()).isTrue();
        assertThat(OpeningHours.parse("").closed()).isTrue();
    }

    @Test
    void opening_hours_with_a_typo_are_refused_with_the_text_in_the_message() {
        assertThatThrownBy(() -> OpeningHours.parse("9u-12u")).hasMessageContaining("'9u-12u'");
        assertThatThrownBy(() -> OpeningHours.parse("12:00-09:00")).hasMessageContaining("end before they start");
        assertThatThrownBy(() -> new KioskSettings.Site("W", Map.of(), Map.of(DayOfWeek.MONDAY, "09:00")))
                .hasMessageContaining("09:00-12:00");
    }

    @Test
    void a_day_without_configured_hours_is_closed() {
        var site = new KioskSettings.Site("W", Map.of(), Map.of(DayOfWeek.MONDAY, "09:00-12:00"));

        assertThat(site.openingHours(DayOfWeek.MONDAY).closed()).isFalse();
        assertThat(site.openingHours(DayOfWeek.SUNDAY).closed()).isTrue();
    }

    @Test
    void the_staff_location_falls_back_to_dutch() {
        var site = new KioskSettings.Site("W", Map.of("nl", "aan de balie", "fr", "au guichet"), Map.of());

        assertThat(site.staffLocation(Locale.of("fr", "BE"))).isEqualTo("au guichet");
        assertThat(site.staffLocation(Locale.ENGLISH)).isEqualTo("aan de balie");
    }

    @Test
    void a_countdown_shorter_than_twenty_seconds_is_refused() {
        assertThatThrownBy(() -> new KioskSettings.Session(Duration.ofSeconds(120), Duration.ofSeconds(10)))
                .hasMessageContaining("at least 20s");
    }
}
