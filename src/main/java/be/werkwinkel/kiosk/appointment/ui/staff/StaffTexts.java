package be.werkwinkel.kiosk.appointment.ui.staff;

import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.base.KioskLanguage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Small helpers shared by the appointment staff screens. */
final class StaffTexts {

    private StaffTexts() {
    }

    static KioskLanguage language(Locale locale) {
        return KioskLanguage.of(locale);
    }

    static DateTimeFormatter day(Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
    }

    static DateTimeFormatter shortDay(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
    }

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Says why a save was refused, in the staff member's language; nothing was changed. */
    static void refused(Component component, AppointmentProblem problem) {
        var notification = Notification.show(component.getTranslation("appointment.problem." + problem.reason().name()));
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("staff-problem");
    }

    static void saved(Component component) {
        Notification.show(component.getTranslation("admin.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
