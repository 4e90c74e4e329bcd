package be.werkwinkel.kiosk.kiosk.session;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.kiosk.ui.MainLayout;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.support.WithStaff;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A staff screen gets none of the visitor shell, and a staff reset never wipes the staff member's own session. */
@KioskTest
@ViewPackages(classes = {StaffScreenProbe.class, MainLayout.class})
class StaffSessionTest extends SpringBrowserlessTest {

    @Autowired
    VisitorSessions sessions;

    @Test
    @WithStaff
    void a_staff_screen_is_not_a_visitor_session_and_survives_a_staff_reset() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("admin/probe", StaffScreenProbe.class);
        var session = VaadinSession.getCurrent();

        assertThat(UI.getCurrent().getLocale()).as("no forced Dutch on a staff screen").isEqualTo(Locale.GERMAN);
        assertThat($(MainLayout.class).all()).as("no kiosk layout, so no idle watch or Stop").isEmpty();
        sessions.wipeAll(SessionEndReason.STAFF_RESET);

        assertThat(session.getAttribute("be.werkwinkel.kiosk.kiosk.session.VisitorSessionService.wiped")).isNull();
        assertThat(session.getSession()).isNotNull();
    }
}
