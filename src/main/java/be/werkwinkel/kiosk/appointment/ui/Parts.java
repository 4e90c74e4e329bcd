package be.werkwinkel.kiosk.appointment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** What the appointment screens share: big choice tiles, where the visitor is, and dates in their language. */
final class Parts {

    private Parts() {
    }

    /**
     * A big tile to tap: a pictogram, a title, and lines below it in smaller type.
     *
     * @param on whether it is the current choice (marked, and told to screen readers)
     */
    static Button choice(Icon icon, String title, boolean on, String id, Runnable choose, String... lines) {
        var text = new Div(new Span(title));
        for (var line : lines) {
            if (!line.isBlank()) {
                text.add(new Paragraph(line));
            }
        }
        var button = new Button();
        button.getElement().appendChild(text.getElement());
        button.addClickListener(click -> choose.run());
        icon.addClassName("appt-choice-icon");
        button.setIcon(icon);
        button.addClassName("appt-choice");
        button.setId(id);
        if (on) {
            button.addClassName("appt-choice-on");
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        return button;
    }

    static Button choice(VaadinIcon icon, String title, boolean on, String id, Runnable choose, String... lines) {
        return choice(icon.create(), title, on, id, choose, lines);
    }

    /** A pictogram by its Vaadin name ({@code vaadin:file-text-o}), or a calendar when the name is not one. */
    static Icon icon(String name) {
        return name.startsWith("vaadin:") && name.length() > 7 ? new Icon(name) : VaadinIcon.CALENDAR_USER.create();
    }

    /** "Step 3 of 6: When?" with a bar, also for screen readers. */
    static Div progress(Component owner, int number, int count, String title) {
        var progress = new Div();
        progress.addClassName("appt-progress");
        var text = owner.getTranslation("appointment.book.step", number, count, title);
        progress.getElement().setAttribute("role", "progressbar");
        progress.getElement().setAttribute("aria-valuemin", "1");
        progress.getElement().setAttribute("aria-valuemax", String.valueOf(count));
        progress.getElement().setAttribute("aria-valuenow", String.valueOf(number));
        progress.getElement().setAttribute("aria-valuetext", text);
        progress.getElement().setAttribute("aria-label", owner.getTranslation("appointment.book.progress"));
        var bar = new Div();
        bar.addClassName("appt-progress-bar");
        bar.getStyle().set("width", (100 * number / count) + "%");
        var track = new Div(bar);
        track.addClassName("appt-progress-track");
        var where = new Span(text);
        where.setId("appt-step");
        progress.add(where, track);
        return progress;
    }

    /** "woensdag 9 december 2026", "mercredi 9 décembre 2026", "Wednesday, 9 December 2026". */
    static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day);
    }

    /** The weekday alone, for a day button: "woensdag". */
    static String weekday(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE", locale).format(day);
    }

    /** Day and month, for a day button: "9 december". */
    static String dayAndMonth(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM", locale).format(day);
    }

    /** "14:30" (nl, fr) or "14:30" (en-BE): the time as the visitor reads it. */
    static String time(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** Date and time in one line: "woensdag 9 december 2026, 14:30". */
    static String dateTime(ZonedDateTime time, Locale locale) {
        return date(time.toLocalDate(), locale) + ", " + time(time, locale);
    }

    /** A language's name in the visitor's language ("Arabisch", "arabe", "Arabic"), from its ISO 639-1 code. */
    static String languageName(String code, Locale locale) {
        var name = Locale.of(code).getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
