package be.werkwinkel.kiosk.terminal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.admin.audit.StaffAuditLog;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.support.WithStaff;
import be.werkwinkel.kiosk.terminal.KioskSetups;
import be.werkwinkel.kiosk.terminal.SetupOverrides;
import be.werkwinkel.kiosk.terminal.Terminals;
import be.werkwinkel.kiosk.terminal.TerminalView;
import be.werkwinkel.kiosk.terminal.ui.ConfigurationView.Source;
import be.werkwinkel.kiosk.terminal.ui.ConfigurationView.Switch;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The configuration screen of the staff console, browserless, as an administrator, a staff member and nobody. */
@KioskTest
class ConfigurationViewTest extends SpringBrowserlessTest {

    @Autowired
    KioskSetups setups;

    @Autowired
    Terminals terminals;

    @Autowired
    StaffAuditLog audit;

    @Test
    @WithStaff(role = Role.ADMIN)
    void an_administrator_switches_appointments_off_for_a_site_and_gives_one_terminal_its_own_idle_timeout() {
        var site = "Wijkpunt " + unique();
        var created = terminals.create("Balie", site, "inkom").terminal();
        open(QueryParameters.of("site", site));
        assertThat(select("config-site").getValue()).isEqualTo(site);
        assertThat(radio("config-feature-appointments").getValue()).isEqualTo(Switch.INHERIT);

        test(radio("config-feature-appointments")).selectItem(label(radio("config-feature-appointments"), Switch.OFF));
        test($(Button.class).id("config-save")).click();

        assertThat(setups.ofSite(site).features()).isEqualTo(Map.of(KioskFeature.APPOINTMENTS, false));
        assertThat(setups.effective(created).offers(KioskFeature.APPOINTMENTS)).isFalse();
        assertThat(audit.search("site " + site, null, null))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("CONFIGURATION_SITE_SAVED"));

        @SuppressWarnings("unchecked")
        Select<TerminalView> terminal = $(Select.class).id("config-terminal");
        test(terminal).selectItem("Balie · inkom");
        assertThat(label(radio("config-feature-appointments"), Switch.INHERIT))
                .as("a terminal is told what its site says").isEqualTo("Zoals de vestiging: uit");
        test(radioSource("config-idle-source")).selectItem("Eigen waarde");
        test($(IntegerField.class).id("config-idle")).setValue(45);
        test($(Button.class).id("config-save")).click();

        assertThat(setups.ofTerminal(created).idleTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(setups.ofSite(site).idleTimeout()).as("the site keeps its own").isNull();
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void bad_input_is_said_next_to_each_field_and_nothing_is_saved() {
        var site = "Fout " + unique();
        terminals.create("Balie", site, "");
        open(QueryParameters.of("site", site));

        test(radioSource("config-idle-source")).selectItem("Eigen waarde");
        $(IntegerField.class).id("config-idle").setValue(5); // as a browser sends it: the field's own bounds only warn
        test(radioSource("config-place-source")).selectItem("Eigen waarde");
        test($(TextField.class).id("config-place")).setValue("Atlantis");
        test(radioSource("config-hours-source")).selectItem("Eigen waarde");
        test($(TextField.class).id("config-hours-monday")).setValue("17:00-09:00");
        test($(Button.class).id("config-save")).click();

        var idle = $(IntegerField.class).id("config-idle");
        assertThat(idle.isInvalid()).isTrue();
        assertThat(idle.getErrorMessage()).isEqualTo("Kies een tijd van 30 tot 3600 seconden.");
        assertThat($(TextField.class).id("config-place").getErrorMessage()).startsWith("Deze plaats kennen we niet.");
        assertThat($(TextField.class).id("config-hours-monday").getErrorMessage())
                .isEqualTo("Een periode moet eindigen na haar begin.");
        assertThat($(TextField.class).id("config-hours-tuesday").isInvalid()).isFalse();
        assertThat(setups.ofSite(site)).isEqualTo(SetupOverrides.NONE);
    }

    @Test
    @WithStaff
    void a_staff_member_sees_the_configuration_but_cannot_change_it() {
        var kiosk = terminals.localKiosk().orElseThrow();
        open(QueryParameters.of("terminal", kiosk.toString()));

        assertThat($(Button.class).withId("config-save").all()).as("no visible Save").isEmpty();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("config-read-only").isVisible()).isTrue();
        assertThat(radio("config-printing").isReadOnly()).isTrue();
        assertThat(radioSource("config-idle-source").isReadOnly()).isTrue();
        assertThat($(IntegerField.class).id("config-idle").isReadOnly()).isTrue();
        @SuppressWarnings("unchecked")
        Select<TerminalView> terminal = $(Select.class).id("config-terminal");
        assertThat(terminal.getValue().id()).isEqualTo(kiosk);
        assertThat($(IntegerField.class).id("config-idle").getValue()).as("what the kiosk follows").isEqualTo(600);
    }

    @Test
    void nobody_signed_in_gets_no_configuration_screen() {
        navigate("admin/configuration", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(ConfigurationView.class);
    }

    /** As the address {@code /admin/configuration?site=…} or {@code ?terminal=…} opens it. */
    private void open(QueryParameters parameters) {
        UI.getCurrent().navigate(ConfigurationView.class, parameters);
        assertThat(getCurrentView()).isInstanceOf(ConfigurationView.class);
    }

    @SuppressWarnings("unchecked")
    private Select<String> select(String id) {
        return $(Select.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Switch> radio(String id) {
        return $(RadioButtonGroup.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Source> radioSource(String id) {
        return $(RadioButtonGroup.class).id(id);
    }

    private static <T> String label(RadioButtonGroup<T> group, T item) {
        return group.getItemLabelGenerator().apply(item);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
