package be.werkwinkel.kiosk.kiosk.ui;

import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.base.OpeningHours;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.stream.Collectors;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Help: what this terminal can do, where to find a staff member, and when the site is open. */
@Route("help")
@AnonymousAllowed
public final class HelpView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final KioskSettings settings;
    private final Clock clock;

    public HelpView(KioskSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        addClassName("kiosk-help");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.pageTitle");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("help.title")), whatYouCanDo(), staff(), openingHours(), howItWorks(), aboutTheData());
    }

    private Section whatYouCanDo() {
        return section("help-can-do", getTranslation("help.canDo.title"), list(
                "help.canDo.vacancies", "help.canDo.documents", "help.canDo.appointment"));
    }

    private Section staff() {
        var where = settings.site().staffLocation(getLocale());
        return section("help-staff", getTranslation("help.staff.title"),
                new Paragraph(where.isBlank() ? getTranslation("help.staff.default") : where));
    }

    private Section openingHours() {
        if (settings.site().openingHours().isEmpty()) {
            return section("help-hours", getTranslation("help.hours.title"),
                    new Paragraph(getTranslation("help.hours.unknown")));
        }
        var today = LocalDate.now(clock).getDayOfWeek();
        var days = new UnorderedList();
        days.addClassName("kiosk-opening-hours");
        for (var day : DayOfWeek.values()) {
            var name = new Span(day.getDisplayName(TextStyle.FULL, getLocale()));
            name.addClassName("kiosk-day");
            var hours = new Span(describe(settings.site().openingHours(day)));
            var row = new ListItem(name, hours);
            if (day == today) {
                row.addClassName("kiosk-today");
                row.getElement().setAttribute("aria-current", "date");
            }
            days.add(row);
        }
        return section("help-hours", getTranslation("help.hours.title"), days);
    }

    private Section howItWorks() {
        return section("help-how", getTranslation("help.how.title"), list(
                "help.how.tap", "help.how.keyboard", "help.how.language", "help.how.stop", "help.how.privacy"));
    }

    /** The attributions that the reference data's licences ask for. */
    private Section aboutTheData() {
        var section = section("help-about", getTranslation("help.about.title"), list("help.about.esco", "help.about.geonames"));
        section.addClassName("kiosk-help-about");
        return section;
    }

    private String describe(OpeningHours hours) {
        if (hours.closed()) {
            return getTranslation("help.hours.closed");
        }
        return hours.ranges().stream()
                .map(range -> getTranslation("help.hours.range", range.from().toString(), range.until().toString()))
                .collect(Collectors.joining(", "));
    }

    private UnorderedList list(String... keys) {
        var list = new UnorderedList();
        for (var key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }

    private static Section section(String id, String title, com.vaadin.flow.component.Component body) {
        var section = new Section(new H2(title), body);
        section.setId(id);
        section.addClassName("kiosk-help-section");
        return section;
    }
}
