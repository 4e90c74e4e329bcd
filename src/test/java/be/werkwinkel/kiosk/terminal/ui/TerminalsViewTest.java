package be.werkwinkel.kiosk.terminal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.admin.audit.StaffAuditLog;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.support.WithStaff;
import be.werkwinkel.kiosk.terminal.CommandKind;
import be.werkwinkel.kiosk.terminal.CommandStatus;
import be.werkwinkel.kiosk.terminal.TerminalView;
import be.werkwinkel.kiosk.terminal.Terminals;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The terminals console, browserless, as an administrator, a staff member and nobody. */
@KioskTest
class TerminalsViewTest extends SpringBrowserlessTest {

    @Autowired
    Terminals terminals;

    @Autowired
    StaffAuditLog audit;

    @Test
    @WithStaff(role = Role.ADMIN)
    void an_administrator_adds_a_terminal_and_sees_its_one_time_code_once() {
        var name = "Balie " + unique();
        navigate(TerminalsView.class);

        test(button("terminals-create")).click();
        test($(TextField.class).id("terminal-create-name")).setValue(name);
        test($(TextField.class).id("terminal-create-site")).setValue("Gent");
        test($(TextField.class).id("terminal-create-location")).setValue("naast de printer");
        test(button("terminal-create-save")).click();

        var code = $(Paragraph.class).id("terminal-code").getText();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        var created = terminals.overview().stream().filter(view -> view.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.site()).isEqualTo("Gent");
        assertThat(created.state().name()).isEqualTo("NOT_ENROLLED");
        assertThat(audit.search("terminal " + created.id(), null, null))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("TERMINAL_CREATE"));
    }

    @Test
    @WithStaff
    void a_staff_member_locks_the_local_kiosk_and_follows_the_result() {
        var kiosk = terminals.localKiosk().orElseThrow();
        navigate(TerminalsView.class);
        assertThat($(Button.class).all()).as("only administrators add terminals")
                .noneMatch(button -> button.getId().filter("terminals-create"::equals).isPresent());

        grid().select(terminals.find(kiosk).orElseThrow());
        test($(TextArea.class).id("terminal-lock-message")).setValue("Even buiten gebruik");
        test(button("terminal-lock")).click();

        var command = terminals.commands(kiosk, 1).getFirst();
        assertThat(command.kind()).isEqualTo(CommandKind.LOCK);
        assertThat(command.issuedBy()).isEqualTo("anna");
        assertThat(command.status()).isIn(CommandStatus.WAITING, CommandStatus.DELIVERED, CommandStatus.SUCCEEDED);
        assertThat(audit.search("terminal " + kiosk, null, null))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("TERMINAL_LOCK"));
        @SuppressWarnings("unchecked")
        Grid<?> commands = $(Grid.class).id("terminal-commands");
        assertThat(test(commands).size()).isPositive();

        // other tests share this kiosk: it is unlocked again before the next one starts
        var unlock = terminals.send(kiosk, CommandKind.UNLOCK, null, "test");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> terminals.commands(kiosk, 5)
                .stream().anyMatch(sent -> sent.seq() == unlock && sent.status() == CommandStatus.SUCCEEDED));
    }

    @Test
    @WithStaff
    void a_lock_without_a_message_is_refused_next_to_the_field() {
        var kiosk = terminals.localKiosk().orElseThrow();
        var before = terminals.commands(kiosk, 1);
        navigate(TerminalsView.class);

        grid().select(terminals.find(kiosk).orElseThrow());
        test(button("terminal-lock")).click();

        assertThat($(TextArea.class).id("terminal-lock-message").isInvalid()).isTrue();
        assertThat(terminals.commands(kiosk, 1)).isEqualTo(before);
    }

    @Test
    void nobody_signed_in_gets_no_terminals_screen() {
        navigate("admin/terminals", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(TerminalsView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<TerminalView> grid() {
        return $(Grid.class).id("terminals-grid");
    }

    private Button button(String id) {
        return $(Button.class).id(id);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
