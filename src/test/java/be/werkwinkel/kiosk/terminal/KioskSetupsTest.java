package be.werkwinkel.kiosk.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.admin.audit.StaffAuditLog;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.terminal.SetupProblem.Problem;
import be.werkwinkel.kiosk.terminal.SetupProblem.Reason;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The configuration per site and per terminal against the real MariaDB: inheritance, validation, audit, reload. */
@KioskTest
class KioskSetupsTest {

    @Autowired
    KioskSetups setups;

    @Autowired
    Terminals terminals;

    @Autowired
    KioskScreens screens;

    @Autowired
    StaffAuditLog audit;

    @Test
    void a_terminal_follows_its_own_values_over_its_sites_over_the_properties() {
        var site = "Antenne " + unique();
        var terminal = terminals.create("Balie", site, "").terminal();
        var other = terminals.create("Gang", site, "").terminal();

        setups.saveSite(site, new SetupOverrides(Duration.ofSeconds(300), null,
                Map.of(KioskFeature.APPOINTMENTS, false), "gent", null,
                Map.of(DayOfWeek.MONDAY, "9:00-12:00", DayOfWeek.FRIDAY, "13:00-16:00"),
                Map.of(KioskLanguage.DUTCH, "Aan het onthaal")), "anna");
        setups.saveTerminal(terminal, new SetupOverrides(Duration.ofSeconds(90),
                EnumSet.of(KioskLanguage.DUTCH, KioskLanguage.FRENCH), Map.of(KioskFeature.APPOINTMENTS, true), null,
                false, null, null), "anna");

        var mine = setups.effective(terminal);
        assertThat(mine.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(mine.languages()).containsExactly(KioskLanguage.DUTCH, KioskLanguage.FRENCH);
        assertThat(mine.features()).containsExactlyInAnyOrder(KioskFeature.values());
        assertThat(mine.printing()).isFalse();
        assertThat(mine.defaultPlace()).as("from the site, as the reference data names it").isEqualTo("9000 Gent");
        assertThat(mine.staffLocation(KioskLanguage.FRENCH.locale())).isEqualTo("Aan het onthaal");
        assertThat(mine.openingHours(DayOfWeek.MONDAY).ranges()).hasSize(1);
        assertThat(mine.openingHours(DayOfWeek.TUESDAY).closed()).isTrue();

        var neighbour = setups.effective(other);
        assertThat(neighbour.idleTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(neighbour.offers(KioskFeature.APPOINTMENTS)).isFalse();
        assertThat(neighbour.printing()).as("from the properties").isTrue();
        assertThat(neighbour.languages()).containsExactlyInAnyOrder(KioskLanguage.values());
        assertThat(neighbour).isEqualTo(setups.effectiveForSite(site));

        assertThat(setups.ofSite(site).openingHours()).containsEntry(DayOfWeek.MONDAY, "09:00-12:00")
                .containsEntry(DayOfWeek.SUNDAY, "closed");
        assertThat(setups.sites()).contains(site);
    }

    @Test
    void a_site_that_sets_nothing_follows_the_properties_exactly() {
        var site = "Leeg " + unique();
        var terminal = terminals.create("Balie", site, "").terminal();
        setups.saveSite(site, new SetupOverrides(null, null, Map.of(), null, false, null, null), "anna");
        assertThat(setups.effective(terminal).printing()).isFalse();

        setups.saveSite(site, SetupOverrides.NONE, "anna");

        assertThat(setups.ofSite(site)).isEqualTo(SetupOverrides.NONE);
        assertThat(setups.effective(terminal)).isEqualTo(setups.defaults().at(site));
        assertThat(setups.effective(terminal).siteName()).as("the registry's site, not kiosk.site.name").isEqualTo(site);
        assertThat(setups.defaults().idleTimeout()).as("kiosk.session.idle-timeout of the test properties")
                .isEqualTo(Duration.ofSeconds(600));
        assertThat(setups.defaults().defaultPlace()).as("kiosk.vacancy.default-place").isEqualTo("9000");
        assertThat(setups.defaults().staffLocation(KioskLanguage.ENGLISH.locale())).isEqualTo("Ask at the desk.");
    }

    @Test
    void bad_input_is_refused_field_by_field_and_changes_nothing() {
        var site = "Fout " + unique();
        terminals.create("Balie", site, "");
        var good = new SetupOverrides(Duration.ofSeconds(60), null, Map.of(), "9000", null, null, null);
        setups.saveSite(site, good, "anna");
        var before = setups.ofSite(site);
        var hours = new EnumMap<DayOfWeek, String>(DayOfWeek.class);
        hours.put(DayOfWeek.MONDAY, "9-17");
        hours.put(DayOfWeek.TUESDAY, "17:00-09:00");
        hours.put(DayOfWeek.WEDNESDAY, "09:00-13:00, 12:00-16:00");
        hours.put(DayOfWeek.THURSDAY, "09:00-12:00");
        var bad = new SetupOverrides(Duration.ofSeconds(10), EnumSet.of(KioskLanguage.FRENCH),
                Map.of(KioskFeature.VACANCIES, false), "Atlantis", false, hours,
                Map.of(KioskLanguage.DUTCH, " ", KioskLanguage.ENGLISH, "x".repeat(201)));

        assertThatThrownBy(() -> setups.saveSite(site, bad, "anna"))
                .isInstanceOfSatisfying(SetupProblem.class, refused -> assertThat(refused.problems()).containsExactlyInAnyOrder(
                        new Problem("idleTimeout", Reason.IDLE_TIMEOUT_RANGE),
                        new Problem("languages", Reason.DUTCH_ALWAYS),
                        new Problem("defaultPlace", Reason.PLACE_UNKNOWN),
                        new Problem("openingHours.MONDAY", Reason.HOURS_FORMAT),
                        new Problem("openingHours.TUESDAY", Reason.HOURS_ORDER),
                        new Problem("openingHours.WEDNESDAY", Reason.HOURS_OVERLAP),
                        new Problem("staffLocation.nl", Reason.STAFF_LOCATION_DUTCH),
                        new Problem("staffLocation.en", Reason.TEXT_TOO_LONG)));
        assertThat(setups.ofSite(site)).as("nothing of it was saved, not even the valid parts").isEqualTo(before);
        assertThatThrownBy(() -> setups.saveSite(site, new SetupOverrides(Duration.ofHours(2), null, Map.of(), null,
                null, null, null), "anna")).isInstanceOf(SetupProblem.class);
        assertThatThrownBy(() -> setups.saveSite("Nergens " + unique(), good, "anna"))
                .isInstanceOfSatisfying(SetupProblem.class, refused -> assertThat(refused.problems())
                        .containsExactly(new Problem("site", Reason.UNKNOWN_SITE)));
        assertThatThrownBy(() -> setups.saveTerminal(new TerminalId(Long.MAX_VALUE), good, "anna"))
                .isInstanceOfSatisfying(SetupProblem.class, refused -> assertThat(refused.problems())
                        .containsExactly(new Problem("terminal", Reason.UNKNOWN_TERMINAL)));

        assertThat(audit.search("site " + site, null, null)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("CONFIGURATION_SITE_SAVED");
            assertThat(entry.result()).isEqualTo(StaffAudit.Result.REFUSED);
            assertThat(entry.detail()).contains("defaultPlace PLACE_UNKNOWN");
        }).anySatisfy(entry -> {
            assertThat(entry.result()).isEqualTo(StaffAudit.Result.DONE);
            assertThat(entry.actor()).isEqualTo("anna");
            assertThat(entry.detail()).contains("own: idle timeout, default place");
        });
    }

    @Test
    void saving_the_local_kiosks_configuration_reaches_its_screens_through_reload_configuration() throws Exception {
        var kiosk = terminals.localKiosk().orElseThrow();
        try {
            var told = setups.saveTerminal(kiosk, new SetupOverrides(null, null, Map.of(KioskFeature.DOCUMENTS, false),
                    null, false, null, null), "anna");

            assertThat(told).isEqualTo(1);
            var command = terminals.commands(kiosk, 1).getFirst();
            assertThat(command.kind()).isEqualTo(CommandKind.RELOAD_CONFIGURATION);
            assertThat(command.issuedBy()).isEqualTo("anna");
            await(() -> !screens.setup().printing() && !screens.setup().offers(KioskFeature.DOCUMENTS));
            await(() -> terminals.commands(kiosk, 10).stream().anyMatch(c -> c.seq() == command.seq()
                    && c.status() == CommandStatus.SUCCEEDED && String.valueOf(c.result()).contains("printing off")));
        } finally {
            setups.saveTerminal(kiosk, SetupOverrides.NONE, "anna");
            await(() -> screens.setup().equals(setups.effective(kiosk)));
        }
        assertThat(screens.setup().printing()).isTrue();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        var until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the condition within 15 s").isLessThan(until);
            Thread.sleep(20);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
