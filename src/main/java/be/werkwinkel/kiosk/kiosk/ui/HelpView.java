package be.werkwinkel.kiosk.kiosk.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.OpeningHours;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.KioskSetup;
import be.werkwinkel.kiosk.kiosk.KioskSetupObserver;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.stream.Collectors;

/**
 * Help: what this terminal can do, where to find a staff member, and when the site is open, as this
 * kiosk is configured (and again at once when staff change that).
 */
@Route("help")
@AnonymousAllowed
public final class HelpView extends Div implements LocaleChangeObserver, HasDynamicTitle, KioskSetupObserver {

    private final KioskScreens screens;
    private final Clock clock;
    private KioskSetup setup;

    public HelpView(KioskScreens screens, Clock clock) {
        this.screens = screens;
        this.clock = clock;
        this.setup = screens.setup();
        addClassName("kiosk-help");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.pageTitle");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setup = screens.setup();
        show();
    }

    @Override
    public void setupChange(KioskSetup changed) {
        setup = changed;
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("help.title")), whatYouCanDo(), staff(), openingHours(), howItWorks(), aboutTheData());
    }

    /** Only what this kiosk offers. */
    private Section whatYouCanDo() {
        var offered = new java.util.ArrayList<String>();
        // without a printer, the texts that promise printing would mislead
        var print = setup.printing() ? "" : ".noPrint";
        if (setup.offers(KioskFeature.VACANCIES)) {
            offered.add("help.canDo.vacancies" + print);
        }
        if (setup.offers(KioskFeature.DOCUMENTS)) {
            offered.add("help.canDo.documents" + print);
        }
        if (setup.offers(KioskFeature.APPOINTMENTS)) {
            offered.add("help.canDo.appointment");
        }
        var section = section("help-can-do", getTranslation("help.canDo.title"), list(offered.toArray(String[]::new)));
        section.setVisible(!offered.isEmpty());
        return section;
    }

    private Section staff() {
        var where = setup.staffLocation(getLocale());
        return section("help-staff", getTranslation("help.staff.title"),
                new Paragraph(where.isBlank() ? getTranslation("help.staff.default") : where));
    }

    private Section openingHours() {
        if (!setup.openingHoursKnown()) {
            return section("help-hours", getTranslation("help.hours.title"),
                    new Paragraph(getTranslation("help.hours.unknown")));
        }
        var today = LocalDate.now(clock).getDayOfWeek();
        var days = new UnorderedList();
        days.addClassName("kiosk-opening-hours");
        for (var day : DayOfWeek.values()) {
            var name = new Span(day.getDisplayName(TextStyle.FULL, getLocale()));
            name.addClassName("kiosk-day");
            var hours = new Span(describe(setup.openingHours(day)));
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
        var steps = list("help.how.tap", "help.how.keyboard");
        if (setup.languages().size() == KioskLanguage.values().length) {
            steps.add(new ListItem(getTranslation("help.how.language")));
        } else if (setup.languages().size() > 1) {
            steps.add(new ListItem(getTranslation("help.how.language.offered", setup.languages().stream()
                    .map(KioskLanguage::nativeName).collect(Collectors.joining(", ")))));
        }
        steps.add(new ListItem(getTranslation("help.how.stop")), new ListItem(getTranslation("help.how.privacy")));
        return section("help-how", getTranslation("help.how.title"), steps);
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
