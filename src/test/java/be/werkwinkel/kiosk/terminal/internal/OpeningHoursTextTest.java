package be.werkwinkel.kiosk.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.OpeningHours;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.kiosk.KioskSetup;
import be.werkwinkel.kiosk.terminal.SetupProblem.Reason;
import be.werkwinkel.kiosk.terminal.TerminalConfiguration;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The opening hours staff type in the console, and the configuration as the terminal API carries it. */
class OpeningHoursTextTest {

    @Test
    void hours_typed_the_belgian_way_are_stored_in_the_properties_form() throws Exception {
        assertThat(OpeningHoursText.canonical("9:00-12:00, 13u00 - 16.30")).isEqualTo("09:00-12:00, 13:00-16:30");
        assertThat(OpeningHoursText.canonical("08:30-12:00;12:00-17:00")).isEqualTo("08:30-12:00, 12:00-17:00");
        assertThat(OpeningHoursText.canonical("  ")).isEqualTo("closed");
        assertThat(OpeningHoursText.canonical("Gesloten")).isEqualTo("closed");
        assertThat(OpeningHoursText.canonical("fermé")).isEqualTo("closed");
        assertThat(OpeningHoursText.canonical("CLOSED")).isEqualTo("closed");
        // what is stored reads back with the properties' own parser
        assertThat(OpeningHours.parse(OpeningHoursText.canonical("9:00-12:00, 13u00-16.30")).ranges()).hasSize(2);
    }

    @Test
    void hours_that_do_not_read_end_before_they_start_or_overlap_are_refused_with_their_reason() {
        assertRefused("9-17", Reason.HOURS_FORMAT);
        assertRefused("09:00 tot 12:00", Reason.HOURS_FORMAT);
        assertRefused("25:00-26:00", Reason.HOURS_FORMAT);
        assertRefused("09:60-10:00", Reason.HOURS_FORMAT);
        assertRefused("09:00-12:00,", Reason.HOURS_FORMAT);
        assertRefused("17:00-09:00", Reason.HOURS_ORDER);
        assertRefused("12:00-12:00", Reason.HOURS_ORDER);
        assertRefused("09:00-13:00, 12:00-16:00", Reason.HOURS_OVERLAP);
        assertRefused("13:00-16:00, 09:00-12:00", Reason.HOURS_OVERLAP);
    }

    @Test
    void the_configuration_goes_through_the_terminal_api_and_comes_back_the_same() {
        var setup = new KioskSetup("Werkwinkel Gent", Duration.ofSeconds(90), EnumSet.of(KioskLanguage.DUTCH, KioskLanguage.FRENCH),
                EnumSet.of(KioskFeature.VACANCIES, KioskFeature.DOCUMENTS), "9000 Gent", false,
                Map.of(DayOfWeek.MONDAY, OpeningHours.parse("09:00-12:00, 13:00-16:30"),
                        DayOfWeek.TUESDAY, OpeningHours.parse("closed")),
                Map.of(KioskLanguage.DUTCH, "Aan de balie", KioskLanguage.FRENCH, "Au guichet"));

        var carried = TerminalConfiguration.Settings.of(setup);

        assertThat(carried.languages()).containsExactly("nl", "fr");
        assertThat(carried.features()).containsExactly(Map.entry("vacancies", true), Map.entry("documents", true),
                Map.entry("appointments", false));
        assertThat(carried.openingHours()).hasSize(7).containsEntry("monday", java.util.List.of(
                new TerminalConfiguration.Settings.Period("09:00", "12:00"),
                new TerminalConfiguration.Settings.Period("13:00", "16:30")));
        var back = carried.toSetup("Werkwinkel Gent");
        assertThat(back).isEqualTo(new KioskSetup(setup.siteName(), setup.idleTimeout(), setup.languages(), setup.features(),
                setup.defaultPlace(), setup.printing(), java.util.Arrays.stream(DayOfWeek.values()).collect(
                        java.util.stream.Collectors.toMap(day -> day, setup::openingHours)), setup.staffLocation()));
        assertThat(back.openingHours(DayOfWeek.WEDNESDAY).closed()).isTrue();
        assertThat(back.offers(KioskFeature.APPOINTMENTS)).isFalse();
    }

    @Test
    void unknown_opening_hours_stay_unknown_through_the_terminal_api() {
        var setup = new KioskSetup("Werkantenne Ledeberg", Duration.ofSeconds(120), EnumSet.allOf(KioskLanguage.class),
                EnumSet.allOf(KioskFeature.class), "", true, Map.of(), Map.of());

        var back = TerminalConfiguration.Settings.of(setup).toSetup("Werkantenne Ledeberg");

        assertThat(back).isEqualTo(setup);
        assertThat(back.openingHoursKnown()).isFalse();
    }

    private static void assertRefused(String typed, Reason reason) {
        assertThatThrownBy(() -> OpeningHoursText.canonical(typed)).as(typed)
                .isInstanceOfSatisfying(OpeningHoursText.Refused.class, refused -> assertThat(refused.reason).isEqualTo(reason));
    }
}
