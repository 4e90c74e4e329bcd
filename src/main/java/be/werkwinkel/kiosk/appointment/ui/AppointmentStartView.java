package be.werkwinkel.kiosk.appointment.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.Booking;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.storage.SignedInVisitor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;

/**
 * "Afspraak maken", the home tile's screen: make a new appointment (or go on with the one being
 * made), or find one with its booking code to see, move or cancel it. A signed-in visitor also
 * sees their own coming appointments.
 */
@AnonymousAllowed
@Route(AppointmentStartView.LOCATION)
public final class AppointmentStartView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    static final String LOCATION = "appointment";

    private final Appointments appointments;

    public AppointmentStartView(Appointments appointments) {
        this.appointments = appointments;
        addClassName("appt-screen");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.start.pageTitle");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var ui = UI.getCurrent();
        var session = ui.getSession();
        var draft = BookingDraft.in(session).filter(started -> started.type() != null);
        add(new H1(getTranslation("appointment.start.title")));
        var intro = new Paragraph(getTranslation("appointment.start.explanation"));
        intro.addClassName("appt-explanation");
        add(intro);
        var choices = new Div();
        choices.addClassNames("appt-choices", "appt-start-choices");
        if (draft.isPresent()) {
            choices.add(Parts.choice(VaadinIcon.ARROW_FORWARD, getTranslation("appointment.start.continue"), false, "appt-start-continue",
                    () -> ui.navigate(BookingView.class), getTranslation("appointment.start.continue.description")));
        }
        choices.add(Parts.choice(VaadinIcon.CALENDAR_USER, getTranslation("appointment.start.new"), false, "appt-start-new", () -> {
            BookingDraft.start(session, null);
            ui.navigate(BookingView.class);
        }, getTranslation("appointment.start.new.description")));
        choices.add(Parts.choice(VaadinIcon.TICKET, getTranslation("appointment.start.mine"), false, "appt-start-mine",
                () -> ui.navigate(MyAppointmentView.class), getTranslation("appointment.start.mine.description")));
        add(choices);

        var visitor = SignedInVisitor.in(session);
        if (visitor.isPresent()) {
            List<Booking> upcoming;
            try {
                upcoming = appointments.upcoming(visitor.get().account());
            } catch (RuntimeException unavailable) {
                upcoming = List.of();
            }
            if (!upcoming.isEmpty()) {
                add(new H2(getTranslation("appointment.start.yours")));
                var yours = new Div();
                yours.addClassName("appt-choices");
                yours.setId("appt-yours");
                var language = KioskLanguage.of(getLocale());
                for (var booking : upcoming) {
                    yours.add(Parts.choice(VaadinIcon.CALENDAR_CLOCK, Parts.dateTime(booking.start(), getLocale()), false,
                            "appt-yours-" + upcoming.indexOf(booking),
                            () -> TicketView.open(ui, booking, null, visitor.get().account()),
                            booking.type().name().in(language), booking.site().name()));
                }
                add(yours);
            }
        }
    }
}
