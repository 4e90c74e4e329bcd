package be.werkwinkel.kiosk.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.support.KioskTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The appointment screens without a browser: the language switch redraws the step at once, bad
 * input is said next to the field and books nothing, a time taken meanwhile is said plainly with
 * the nearest free ones, and a code that cannot be one never reaches the lookup. The same context
 * as the other view tests, so it starts no other database.
 */
@KioskTest
@TestPropertySource(properties = "kiosk.site.name=Werkwinkel Vacaturetest")
class AppointmentViewsTest extends SpringBrowserlessTest {

    @Autowired
    Appointments appointments;

    @Test
    void switching_the_language_redraws_the_step_at_once_with_dates_in_that_language() {
        startBooking();
        assertThat(step()).isEqualTo("Stap 1 van 6: Waarvoor komt u?");
        firstIn("appt-types");
        firstIn("appt-sites");
        assertThat(step()).startsWith("Stap 3 van 6");

        UI.getCurrent().setLocale(KioskLanguage.FRENCH.locale());

        assertThat(step()).isEqualTo("Étape 3 sur 6 : Quand ?");
        var first = $(Button.class).withId("appt-first").single().getElement().getTextRecursively();
        assertThat(first).startsWith("Premier rendez-vous libre")
                .containsPattern("(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \\d{1,2} ");
        UI.getCurrent().setLocale(KioskLanguage.ENGLISH.locale());
        assertThat(step()).isEqualTo("Step 3 of 6: When?");
        UI.getCurrent().setLocale(KioskLanguage.DUTCH.locale());
    }

    @Test
    void bad_contact_details_are_said_next_to_the_field_and_book_nothing() {
        startBooking();
        firstIn("appt-types");
        firstIn("appt-sites");
        click("appt-first");
        click("appt-consultant-any");
        assertThat(step()).startsWith("Stap 5 van 6");

        field("appt-name").setValue("   ");
        field("appt-phone").setValue("12");
        field("appt-email").setValue("zoe@");
        field("appt-birth-year").setValue("1850");
        click("appt-next");

        assertThat(step()).as("still asking").startsWith("Stap 5 van 6");
        assertThat(field("appt-name").getErrorMessage()).isEqualTo("Vul uw naam in.");
        assertThat(field("appt-phone").getErrorMessage()).startsWith("Dit is geen telefoonnummer");
        assertThat(field("appt-email").getErrorMessage()).startsWith("Dit is geen e-mailadres");
        assertThat(field("appt-birth-year").getErrorMessage()).startsWith("Dit is geen geboortejaar");

        field("appt-name").setValue("Zoë");
        field("appt-phone").setValue("");
        field("appt-email").setValue("");
        field("appt-birth-year").setValue("");
        click("appt-next");
        assertThat(field("appt-birth-year").getErrorMessage()).as("one way to find it again is needed")
                .startsWith("Geef uw telefoonnummer of uw geboortejaar");

        field("appt-birth-year").setValue("1985");
        click("appt-next");
        assertThat(step()).startsWith("Stap 6 van 6");
        assertThat($(Div.class).withId("appt-summary").single().getElement().getTextRecursively()).contains("Zoë");
    }

    @Test
    void a_time_taken_meanwhile_is_said_plainly_with_the_nearest_free_times_and_one_of_them_books() {
        startBooking();
        firstIn("appt-types");
        firstIn("appt-sites");
        click("appt-first");
        click("appt-consultant-0"); // a named consultant: one booking by someone else takes the time
        field("appt-name").setValue("Ana");
        field("appt-phone").setValue("0470 98 76 54");
        click("appt-next");
        assertThat(step()).startsWith("Stap 6 van 6");

        var draft = BookingDraft.in(UI.getCurrent().getSession()).orElseThrow();
        var someoneElse = new BookingRequest(draft.type(), draft.site(), draft.slot().start(), draft.consultant(), "Iemand anders",
                "0470 11 11 11", null, null, null, null, KioskLanguage.DUTCH, "test");
        assertThat(appointments.book(RequestId.random(), someoneElse)).isInstanceOf(BookingOutcome.Booked.class);

        click("appt-book");

        var dialog = $(Dialog.class).withId("appt-taken").single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Net genomen");
        assertThat(dialog.getElement().getTextRecursively()).contains("Iemand anders heeft dit uur net genomen");
        assertThat(step()).as("nothing booked, still confirming").startsWith("Stap 6 van 6");
        click("appt-alternative-0");
        click("appt-book");
        assertThat(getCurrentView()).isInstanceOf(TicketView.class);
        assertThat($(Span.class).withId("appt-code").single().getText()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(BookingDraft.in(UI.getCurrent().getSession())).as("the answers go once booked").isEmpty();
    }

    @Test
    void a_code_that_cannot_be_one_is_refused_on_the_spot() {
        navigate(MyAppointmentView.class);
        field("appt-mine-code").setValue("ABC<script>");
        field("appt-mine-factor").setValue("1985");
        click("appt-mine-find");

        assertThat(field("appt-mine-code").isInvalid()).isTrue();
        assertThat(field("appt-mine-code").getErrorMessage()).startsWith("Dit is geen code");
        assertThat($(Dialog.class).all()).as("nothing was looked up").isEmpty();
    }

    private void startBooking() {
        BookingDraft.forget(UI.getCurrent().getSession());
        UI.getCurrent().setLocale(Locale.of("nl", "BE"));
        navigate(BookingView.class);
    }

    private String step() {
        return $(Span.class).withId("appt-step").single().getText();
    }

    private void firstIn(String id) {
        var first = (Button) $(Div.class).withId(id).single().getChildren().findFirst().orElseThrow();
        test(first).click();
    }

    private void click(String id) {
        test($(Button.class).withId(id).single()).click();
    }

    private TextField field(String id) {
        return $(TextField.class).withId(id).single();
    }
}
