package be.werkwinkel.kiosk.mail.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.admin.audit.StaffAuditLog;
import be.werkwinkel.kiosk.mail.MailOutbox;
import be.werkwinkel.kiosk.mail.MailStatus.State;
import be.werkwinkel.kiosk.mail.OutgoingMail;
import be.werkwinkel.kiosk.mail.internal.OutboxRuns;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.support.WithStaff;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Content status, mail: browserless, as an administrator, a staff member and nobody. */
@KioskTest
class MailOutboxViewTest extends SpringBrowserlessTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    StaffAuditLog audit;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("DELETE FROM mail_outbox").update();
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void an_administrator_sees_a_given_up_message_masked_and_retries_it() {
        var request = UUID.randomUUID();
        var status = outbox.queue(new OutgoingMail(request, "fatima.el-amrani@example.be", "Sollicitatie Magazijnier",
                "Beste", List.of()));
        OutboxRuns.sendDue(context, status.queuedAt().plus(Duration.ofDays(7)).plusSeconds(1), null);

        navigate(MailOutboxView.class);

        assertThat($(Paragraph.class).id("mail-summary").getText()).isEqualTo(
                "Er wacht geen bericht, geen enkel met een probleem; 1 bericht opgegeven; geen bericht verstuurd in de laatste 24 uur.");
        assertThat($(Paragraph.class).id("mail-no-server").isVisible()).isTrue();
        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        var row = IntStream.range(0, 8).filter(column -> column != 0 && column != 7)
                .mapToObj(column -> grid.getCellText(0, column)).toList();
        assertThat(row.get(0)).isEqualTo("f•••@e•••.be");
        assertThat(String.join(" ", row)).doesNotContain("fatima", "example", "Sollicitatie");
        assertThat(row.get(5)).startsWith("Opgegeven op").endsWith("kan nog opnieuw.");

        var retry = (Button) grid.getCellComponent(0, 7);
        assertThat(retry.getId()).hasValue("mail-retry-" + request.toString().substring(0, 8));
        test(retry).click();

        assertThat(outbox.status(request).orElseThrow().state()).isEqualTo(State.WAITING);
        assertThat(audit.search("mail " + request, null, null)).anySatisfy(line -> {
            assertThat(line.actor()).isEqualTo("anna");
            assertThat(line.action()).isEqualTo("MAIL_RETRY");
        });
        // never tried (given up at the first run, seven days on): waiting again, without a problem so far
        assertThat($(Paragraph.class).id("mail-summary").getText())
                .startsWith("Er wacht 1 bericht, geen enkel met een probleem; geen bericht opgegeven;");
        assertThat(test(grid()).getCellText(0, 6)).startsWith("Volgende poging");
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void the_screen_speaks_french_at_once() {
        navigate(MailOutboxView.class);

        UI.getCurrent().setLocale(Locale.FRENCH);

        assertThat($(H1.class).single().getText()).isEqualTo("Contenu : e-mail");
        assertThat($(Paragraph.class).id("mail-empty").getText()).isEqualTo("Aucun message n’attend et aucun n’a été abandonné.");
        assertThat($(Button.class).id("mail-retry-all").isEnabled()).as("nothing to retry").isFalse();
    }

    @Test
    @WithStaff
    void a_staff_member_cannot_open_it() {
        navigate("admin/content/mail", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(MailOutboxView.class);
    }

    @Test
    void nobody_signed_in_gets_no_outbox_screen() {
        navigate("admin/content/mail", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(MailOutboxView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<?> grid() {
        return $(Grid.class).id("mail-grid");
    }
}
