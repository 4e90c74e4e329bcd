package be.werkwinkel.kiosk.kiosk.session;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessionEnded;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.kiosk.ui.HelpView;
import be.werkwinkel.kiosk.support.KioskTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@KioskTest
@RecordApplicationEvents
class VisitorSessionEndTest extends SpringBrowserlessTest {

    @Autowired
    VisitorSessions sessions;

    @Autowired
    ApplicationEvents events;

    @Test
    void stop_publishes_the_end_of_the_visitor_session_once_with_its_language() {
        navigate(HelpView.class);
        test($(Button.class).id("language-fr")).click();
        var id = sessions.sessionId(UI.getCurrent().getSession());
        assertThat(sessions.activeCount()).isPositive();

        test($(Button.class).id("top-stop")).click();
        sessions.wipe(UI.getCurrent().getSession(), SessionEndReason.IDLE); // a late idle countdown changes nothing

        assertThat(events.stream(VisitorSessionEnded.class)).singleElement().satisfies(ended -> {
            assertThat(ended.sessionId()).isEqualTo(id);
            assertThat(ended.reason()).isEqualTo(SessionEndReason.STOPPED);
            assertThat(ended.language()).isEqualTo(KioskLanguage.FRENCH);
            assertThat(ended.startedAt()).isBeforeOrEqualTo(ended.endedAt());
        });
    }
}
