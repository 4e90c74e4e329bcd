package be.werkwinkel.kiosk.appointment.ui;

import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.SlotQuery;
import be.werkwinkel.kiosk.base.ui.BigButton;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * "When?": a big "first free moment" button, then the days that have a free time as big buttons;
 * a day tapped shows its times. Used to book and to move an appointment. Texts are translated
 * through the owner, so they follow its language.
 */
final class SlotPicker extends Div {

    /**
     * @param day the day whose times to show, or null for the days
     * @param current the time chosen before, marked when shown
     * @param onDay a day was tapped (null: back to the days)
     * @param onSlot a time was tapped
     */
    SlotPicker(Component owner, Appointments appointments, SlotQuery query, @Nullable LocalDate day, @Nullable FreeSlot current,
            Consumer<@Nullable LocalDate> onDay, Consumer<FreeSlot> onSlot) {
        addClassName("appt-slot-picker");
        var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        if (day != null) {
            var slots = appointments.freeSlots(query, day);
            var heading = new H3(owner.getTranslation("appointment.when.times", Parts.date(day, locale)));
            heading.setId("appt-day-chosen");
            add(heading);
            if (slots.isEmpty()) {
                add(notice(owner, "appointment.when.dayFull"));
            }
            var times = new Div();
            times.addClassName("appt-times");
            times.setId("appt-times");
            for (var slot : slots) {
                var on = current != null && current.start().equals(slot.start());
                var button = new Button(Parts.time(slot.start(), locale), VaadinIcon.CLOCK.create(), click -> onSlot.accept(slot));
                button.setId("appt-time-" + slots.indexOf(slot));
                button.addClassName("appt-time");
                button.getElement().setAttribute("aria-label", Parts.dateTime(slot.start(), locale));
                if (on) {
                    button.addClassName("appt-time-on");
                }
                times.add(button);
            }
            add(times, BigButton.of(owner, "appointment.when.otherDay", VaadinIcon.CALENDAR, "appt-other-day",
                    () -> onDay.accept(null)));
            return;
        }
        var first = appointments.firstAvailable(query);
        if (first.isEmpty()) {
            add(notice(owner, "appointment.when.none"));
            return;
        }
        var slot = first.get();
        var firstButton = Parts.choice(VaadinIcon.BOLT, owner.getTranslation("appointment.when.first"), false, "appt-first",
                () -> onSlot.accept(slot), Parts.dateTime(slot.start(), locale));
        firstButton.addClassName("appt-first");
        add(firstButton);
        add(new H3(owner.getTranslation("appointment.when.days")));
        var days = new Div();
        days.addClassName("appt-days");
        days.setId("appt-days");
        var free = appointments.daysWithFreeSlots(query);
        for (var each : free) {
            var weekday = new Span(Parts.weekday(each, locale));
            weekday.addClassName("appt-day-weekday");
            var date = new Span(Parts.dayAndMonth(each, locale));
            date.addClassName("appt-day-date");
            var button = new Button();
            button.getElement().appendChild(weekday.getElement(), date.getElement());
            button.addClickListener(click -> onDay.accept(each));
            button.setId("appt-day-" + free.indexOf(each));
            button.addClassName("appt-day");
            button.getElement().setAttribute("aria-label", Parts.date(each, locale));
            if (current != null && current.start().toLocalDate().equals(each)) {
                button.addClassName("appt-day-on");
            }
            days.add(button);
        }
        add(days);
    }

    private static Paragraph notice(Component owner, String key) {
        var notice = new Paragraph(owner.getTranslation(key));
        notice.addClassName("appt-notice");
        return notice;
    }
}
