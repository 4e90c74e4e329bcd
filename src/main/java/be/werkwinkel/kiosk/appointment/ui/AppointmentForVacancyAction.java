package be.werkwinkel.kiosk.appointment.ui;

import be.werkwinkel.kiosk.appointment.AttachedVacancy;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyAction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * "Afspraak maken over deze vacature" on a vacancy's details: starts a new appointment with the
 * vacancy attached, so the consultant sees what it is about; the visitor still chooses what for.
 */
final class AppointmentForVacancyAction implements VacancyAction {

    /** As many characters of a title as the appointment keeps. */
    static final int TITLE_LENGTH = 200;

    @Override
    public String key() {
        return APPOINTMENT;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.CALENDAR_USER;
    }

    @Override
    public void perform(Vacancy vacancy) {
        var ui = UI.getCurrent();
        var title = vacancy.title().strip();
        if (title.length() > TITLE_LENGTH) {
            title = title.substring(0, TITLE_LENGTH).strip();
        }
        var subject = vacancy.employer().isBlank() ? title : title + " – " + vacancy.employer().strip();
        var id = vacancy.id() == null ? vacancy.identifier() : String.valueOf(vacancy.id().value());
        BookingDraft.start(ui.getSession(), new AttachedVacancy(id, subject.length() > TITLE_LENGTH ? title : subject));
        ui.navigate(BookingView.class);
    }
}
