package be.werkwinkel.kiosk.terminal.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.OpeningHours;
import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.kiosk.KioskSetup;
import be.werkwinkel.kiosk.terminal.KioskSetups;
import be.werkwinkel.kiosk.terminal.SetupOverrides;
import be.werkwinkel.kiosk.terminal.SetupProblem;
import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.TerminalView;
import be.werkwinkel.kiosk.terminal.Terminals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of the kiosks (decision 033): pick a site, then either the whole site or one of
 * its terminals; every setting either follows what is above it (the option says what that is) or
 * has a value of its own. Administrators change and save it (validated as a whole: a refused save
 * changes nothing and says why next to each field); staff members see it. A save reaches the open
 * kiosk screens of the site or terminal within seconds.
 */
@Route(StaffScreens.PATH + "/configuration")
@Menu(title = "config.menu", order = 16, icon = "vaadin:sliders")
@RolesAllowed({StaffScreens.ADMIN, StaffScreens.STAFF})
public class ConfigurationView extends Section implements LocaleChangeObserver, HasDynamicTitle, BeforeEnterObserver {

    /** A setting with a value: inherited, or its own. */
    enum Source {
        INHERIT, OWN
    }

    /** A setting that is on or off: inherited, or set either way. */
    enum Switch {
        INHERIT, ON, OFF
    }

    private final KioskSetups setups;
    private final Terminals terminals;
    private final AuthenticationContext authentication;
    private final boolean admin;

    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private final Paragraph readOnly = new Paragraph();
    private final Paragraph noSites = new Paragraph();
    private final Select<String> site = new Select<>();
    private final Select<TerminalView> terminal = new Select<>();
    private final Div form = new Div();

    private final H2 idleHeading = new H2();
    private final RadioButtonGroup<Source> idleSource = new RadioButtonGroup<>();
    private final IntegerField idle = new IntegerField();
    private final H2 languagesHeading = new H2();
    private final RadioButtonGroup<Source> languagesSource = new RadioButtonGroup<>();
    private final CheckboxGroup<KioskLanguage> languages = new CheckboxGroup<>();
    private final H2 featuresHeading = new H2();
    private final Map<KioskFeature, RadioButtonGroup<Switch>> features = new EnumMap<>(KioskFeature.class);
    private final RadioButtonGroup<Switch> printing = new RadioButtonGroup<>();
    private final H2 placeHeading = new H2();
    private final RadioButtonGroup<Source> placeSource = new RadioButtonGroup<>();
    private final TextField place = new TextField();
    private final H2 hoursHeading = new H2();
    private final RadioButtonGroup<Source> hoursSource = new RadioButtonGroup<>();
    private final Map<DayOfWeek, TextField> hours = new EnumMap<>(DayOfWeek.class);
    private final H2 locationHeading = new H2();
    private final RadioButtonGroup<Source> locationSource = new RadioButtonGroup<>();
    private final Map<KioskLanguage, TextField> locations = new EnumMap<>(KioskLanguage.class);
    private final Button save = new Button(VaadinIcon.CHECK.create());

    /** What the shown scope inherits, and what it sets itself as saved. */
    private KioskSetup inherited;
    private SetupOverrides own = SetupOverrides.NONE;
    private @Nullable String wantedSite;
    private @Nullable Long wantedTerminal;

    public ConfigurationView(KioskSetups setups, Terminals terminals, AuthenticationContext authentication) {
        this.setups = setups;
        this.terminals = terminals;
        this.authentication = authentication;
        this.admin = authentication.hasRole(StaffScreens.ADMIN);
        this.inherited = setups.defaults();
        addClassNames("staff-page", "config-page");

        site.setId("config-site");
        site.setEmptySelectionAllowed(false);
        site.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                terminal.setItems(terminals.overview().stream().filter(view -> view.site().equals(change.getValue())).toList());
                terminal.setValue(null);
                load();
            }
        });
        terminal.setId("config-terminal");
        terminal.setEmptySelectionAllowed(true);
        terminal.setItemLabelGenerator(view -> view == null ? "" : view.location().isBlank() ? view.name()
                : view.name() + " · " + view.location());
        terminal.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getOldValue() != null || change.getValue() != null) {
                load();
            }
        });
        var scope = new Div(site, terminal);
        scope.addClassName("staff-filters");
        readOnly.setId("config-read-only");
        readOnly.setVisible(!admin);
        noSites.setId("config-no-sites");

        idle.setId("config-idle");
        idle.setMin((int) Duration.ofSeconds(30).toSeconds());
        idle.setMax((int) Duration.ofHours(1).toSeconds());
        source(idleSource, "config-idle-source", idle);
        languages.setId("config-languages");
        languages.setItems(KioskLanguage.values());
        languages.setItemLabelGenerator(KioskLanguage::nativeName);
        languages.setItemEnabledProvider(language -> language != KioskLanguage.DEFAULT); // Dutch always
        source(languagesSource, "config-languages-source", languages);
        for (var feature : KioskFeature.values()) {
            var choice = new RadioButtonGroup<Switch>();
            choice.setId("config-feature-" + feature.name().toLowerCase(Locale.ROOT));
            choice.setItems(Switch.values());
            choice.setReadOnly(!admin);
            features.put(feature, choice);
        }
        printing.setId("config-printing");
        printing.setItems(Switch.values());
        printing.setReadOnly(!admin);
        place.setId("config-place");
        place.setMaxLength(60);
        source(placeSource, "config-place-source", place);
        var days = new Div();
        days.addClassName("config-hours");
        for (var day : DayOfWeek.values()) {
            var field = new TextField();
            field.setId("config-hours-" + day.name().toLowerCase(Locale.ROOT));
            field.setMaxLength(100);
            hours.put(day, field);
            days.add(field);
        }
        source(hoursSource, "config-hours-source", hours.values().toArray(Component[]::new));
        var texts = new Div();
        texts.addClassName("config-locations");
        for (var language : KioskLanguage.values()) {
            var field = new TextField();
            field.setId("config-location-" + language.code());
            field.setMaxLength(200);
            locations.put(language, field);
            texts.add(field);
        }
        source(locationSource, "config-location-source", locations.values().toArray(Component[]::new));

        save.setId("config-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(admin);
        save.addClickListener(click -> save());

        var featureChoices = new Div();
        featureChoices.addClassName("config-switches");
        features.values().forEach(featureChoices::add);
        featureChoices.add(printing);
        form.setId("config-form");
        form.addClassName("config-form");
        form.add(setting(idleHeading, idleSource, idle), setting(languagesHeading, languagesSource, languages),
                setting(featuresHeading, featureChoices), setting(placeHeading, placeSource, place),
                setting(hoursHeading, hoursSource, days), setting(locationHeading, locationSource, texts), save);
        add(heading, explanation, readOnly, scope, noSites, form);
    }

    /** {@code ?site=Gent} or {@code ?terminal=3} (from the terminals screen) opens that one. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        wantedSite = parameters.getSingleParameter("site").orElse(null);
        wantedTerminal = parameters.getSingleParameter("terminal").flatMap(ConfigurationView::number).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("config.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("config.title"));
        explanation.setText(getTranslation("config.explanation"));
        readOnly.setText(getTranslation("config.readOnly"));
        noSites.setText(getTranslation("config.noSites"));
        site.setLabel(getTranslation("config.site"));
        terminal.setLabel(getTranslation("config.terminal"));
        terminal.setEmptySelectionCaption(getTranslation("config.wholeSite"));
        idleHeading.setText(getTranslation("config.idle"));
        idle.setLabel(getTranslation("config.idle.seconds"));
        idle.setHelperText(getTranslation("config.idle.help"));
        languagesHeading.setText(getTranslation("config.languages"));
        languages.setLabel(getTranslation("config.languages.offered"));
        languages.setHelperText(getTranslation("config.languages.help"));
        featuresHeading.setText(getTranslation("config.features"));
        features.forEach((feature, choice) -> choice.setLabel(getTranslation("config.feature." + feature.name())));
        printing.setLabel(getTranslation("config.printing"));
        placeHeading.setText(getTranslation("config.place"));
        place.setLabel(getTranslation("config.place.field"));
        place.setHelperText(getTranslation("config.place.help"));
        hoursHeading.setText(getTranslation("config.hours"));
        hours.forEach((day, field) -> {
            var name = day.getDisplayName(TextStyle.FULL, getLocale());
            field.setLabel(name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1)); // "maandag" heads a field
            field.setPlaceholder(getTranslation("config.hours.placeholder"));
        });
        locationHeading.setText(getTranslation("config.location"));
        locations.forEach((language, field) -> field.setLabel(getTranslation("config.location." + language.code())));
        save.setText(getTranslation("config.save"));
        refreshSites();
        labels();
    }

    private void refreshSites() {
        var all = setups.sites();
        var shown = all.isEmpty() ? Optional.<String>empty() : Optional.of(pickSite(all));
        noSites.setVisible(all.isEmpty());
        form.setVisible(!all.isEmpty());
        site.setVisible(!all.isEmpty());
        terminal.setVisible(!all.isEmpty());
        if (!all.equals(site.getListDataView().getItems().toList())) {
            site.setItems(all);
        }
        shown.ifPresent(chosen -> {
            if (!chosen.equals(site.getValue())) {
                site.setValue(chosen); // loads it
            }
            if (wantedTerminal != null) {
                var wanted = wantedTerminal;
                wantedTerminal = null;
                terminal.getListDataView().getItems().filter(view -> view.id().value() == wanted).findFirst()
                        .ifPresent(terminal::setValue);
            }
        });
    }

    /** The one asked for, the one shown, this kiosk's own, or the first. */
    private String pickSite(List<String> all) {
        if (wantedSite != null && all.contains(wantedSite)) {
            var wanted = wantedSite;
            wantedSite = null;
            return wanted;
        }
        if (wantedTerminal != null) {
            var wanted = wantedTerminal;
            var of = terminals.find(new TerminalId(wanted)).map(TerminalView::site).filter(all::contains);
            if (of.isPresent()) {
                return of.get();
            }
        }
        if (site.getValue() != null && all.contains(site.getValue())) {
            return site.getValue();
        }
        return terminals.localKiosk().flatMap(terminals::find).map(TerminalView::site).filter(all::contains)
                .orElse(all.getFirst());
    }

    // --- showing a scope ---

    private void load() {
        if (site.getValue() == null) {
            return;
        }
        var chosen = terminal.getValue();
        inherited = chosen == null ? setups.defaults() : setups.effectiveForSite(site.getValue());
        own = chosen == null ? setups.ofSite(site.getValue()) : setups.ofTerminal(chosen.id());
        clearErrors();
        show(idleSource, own.idleTimeout() != null);
        show(languagesSource, own.languages() != null);
        show(placeSource, own.defaultPlace() != null);
        show(hoursSource, own.openingHours() != null);
        show(locationSource, own.staffLocation() != null);
        fill();
        features.forEach((feature, choice) -> choice.setValue(switchOf(own.features().get(feature))));
        printing.setValue(switchOf(own.printing()));
        labels();
    }

    /** Each editor shows its own value, or the inherited one (greyed) when it follows. */
    private void fill() {
        idle.setValue((int) (own.idleTimeout() != null ? own.idleTimeout() : inherited.idleTimeout()).toSeconds());
        languages.setValue(own.languages() != null ? own.languages() : inherited.languages());
        place.setValue(own.defaultPlace() != null ? own.defaultPlace() : inherited.defaultPlace());
        for (var day : DayOfWeek.values()) {
            hours.get(day).setValue(own.openingHours() != null ? hoursText(own.openingHours().get(day))
                    : inherited.openingHoursKnown() ? hoursText(inherited.openingHours(day)) : "");
        }
        for (var language : KioskLanguage.values()) {
            locations.get(language).setValue(own.staffLocation() != null
                    ? own.staffLocation().getOrDefault(language, "")
                    : inherited.staffLocation().getOrDefault(language, ""));
        }
    }

    /** The options that inherit say what they would inherit. */
    private void labels() {
        var fromSite = terminal.getValue() != null;
        var inherit = fromSite ? "config.inherit.site" : "config.inherit.defaults";
        idleSource.setItemLabelGenerator(source -> source == Source.OWN ? getTranslation("config.own")
                : getTranslation(inherit, getTranslation("config.idle.value", inherited.idleTimeout().toSeconds())));
        languagesSource.setItemLabelGenerator(source -> source == Source.OWN ? getTranslation("config.own")
                : getTranslation(inherit, inherited.languages().stream().map(KioskLanguage::nativeName)
                        .collect(Collectors.joining(", "))));
        features.forEach((feature, choice) -> choice.setItemLabelGenerator(value -> switchLabel(value, inherit,
                inherited.offers(feature))));
        printing.setItemLabelGenerator(value -> switchLabel(value, inherit, inherited.printing()));
        placeSource.setItemLabelGenerator(source -> source == Source.OWN ? getTranslation("config.own")
                : getTranslation(inherit, inherited.defaultPlace().isBlank() ? getTranslation("config.place.none")
                        : inherited.defaultPlace()));
        hoursSource.setItemLabelGenerator(source -> source == Source.OWN ? getTranslation("config.own")
                : getTranslation(inherit, getTranslation(inherited.openingHoursKnown() ? "config.hours.shown"
                        : "config.hours.unknown")));
        locationSource.setItemLabelGenerator(source -> source == Source.OWN ? getTranslation("config.own")
                : getTranslation(inherit, inherited.staffLocation(Locale.of("nl")).isBlank()
                        ? getTranslation("config.location.none") : inherited.staffLocation(Locale.of("nl"))));
        for (var group : List.of(idleSource, languagesSource, placeSource, hoursSource, locationSource)) {
            group.setLabel(getTranslation("config.source"));
        }
    }

    private String switchLabel(Switch value, String inherit, boolean inheritedOn) {
        return switch (value) {
            case INHERIT -> getTranslation(inherit, getTranslation(inheritedOn ? "config.on" : "config.off"));
            case ON -> getTranslation("config.switch.on");
            case OFF -> getTranslation("config.switch.off");
        };
    }

    // --- saving ---

    private void save() {
        if (!admin || site.getValue() == null) {
            return;
        }
        var overrides = collect();
        var staff = authentication.getPrincipalName().orElse("?");
        clearErrors();
        try {
            var chosen = terminal.getValue();
            var told = chosen == null ? setups.saveSite(site.getValue(), overrides, staff)
                    : setups.saveTerminal(chosen.id(), overrides, staff);
            Notification.show(getTranslation("config.saved", told));
            refreshSites();
            load();
        } catch (SetupProblem refused) {
            refused.problems().forEach(problem -> showProblem(problem.field(), problem.reason()));
            Notification.show(getTranslation("config.refused"));
        }
    }

    /** What the form says, as overrides; the service checks it (a value that is not a number is out of range). */
    private SetupOverrides collect() {
        var ownFeatures = new EnumMap<KioskFeature, Boolean>(KioskFeature.class);
        features.forEach((feature, choice) -> {
            if (choice.getValue() == Switch.ON || choice.getValue() == Switch.OFF) {
                ownFeatures.put(feature, choice.getValue() == Switch.ON);
            }
        });
        var ownHours = new EnumMap<DayOfWeek, String>(DayOfWeek.class);
        hours.forEach((day, field) -> ownHours.put(day, field.getValue()));
        var ownLocations = new EnumMap<KioskLanguage, String>(KioskLanguage.class);
        locations.forEach((language, field) -> ownLocations.put(language, field.getValue()));
        var chosenLanguages = EnumSet.noneOf(KioskLanguage.class);
        chosenLanguages.addAll(languages.getValue());
        return new SetupOverrides(
                owns(idleSource) ? Duration.ofSeconds(idle.getValue() == null ? 0 : idle.getValue()) : null,
                owns(languagesSource) ? chosenLanguages : null,
                ownFeatures,
                owns(placeSource) ? place.getValue() : null,
                printing.getValue() == Switch.ON ? Boolean.TRUE : printing.getValue() == Switch.OFF ? Boolean.FALSE : null,
                owns(hoursSource) ? ownHours : null,
                owns(locationSource) ? ownLocations : null);
    }

    private void showProblem(String field, SetupProblem.Reason reason) {
        var message = getTranslation("config.problem." + reason.name());
        HasValidation target = switch (field) {
            case "idleTimeout" -> idle;
            case "languages" -> languages;
            case "defaultPlace" -> place;
            default -> {
                if (field.startsWith("openingHours.")) {
                    yield hours.get(DayOfWeek.valueOf(field.substring("openingHours.".length())));
                }
                if (field.startsWith("staffLocation.")) {
                    yield KioskLanguage.byCode(field.substring("staffLocation.".length())).map(locations::get).orElse(null);
                }
                yield null; // the site or terminal itself: the notification says it
            }
        };
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            Notification.show(message);
        }
    }

    private void clearErrors() {
        List.<HasValidation>of(idle, languages, place).forEach(field -> field.setInvalid(false));
        hours.values().forEach(field -> field.setInvalid(false));
        locations.values().forEach(field -> field.setInvalid(false));
    }

    // --- helpers ---

    /** Inherit or own for these editors: the editors can be changed only while it is "own" (and by an administrator). */
    private void source(RadioButtonGroup<Source> group, String id, Component... editors) {
        group.setId(id);
        group.setItems(Source.values());
        group.setReadOnly(!admin);
        group.addValueChangeListener(change -> {
            var owned = change.getValue() == Source.OWN;
            for (var editor : editors) {
                ((com.vaadin.flow.component.HasValue<?, ?>) editor).setReadOnly(!admin || !owned);
                editor.getElement().getClassList().set("config-inherited", !owned);
            }
            if (change.isFromClient() && !owned) {
                fill(); // back to what it inherits
            }
        });
    }

    private static void show(RadioButtonGroup<Source> group, boolean owned) {
        group.setValue(owned ? Source.OWN : Source.INHERIT);
    }

    private static boolean owns(RadioButtonGroup<Source> group) {
        return group.getValue() == Source.OWN;
    }

    private static Switch switchOf(@Nullable Boolean on) {
        return on == null ? Switch.INHERIT : on ? Switch.ON : Switch.OFF;
    }

    private static String hoursText(@Nullable String stored) {
        return stored == null || stored.equals("closed") ? "" : stored;
    }

    private static String hoursText(OpeningHours day) {
        return day.closed() ? "" : day.ranges().stream().map(range -> range.from() + "-" + range.until())
                .collect(Collectors.joining(", "));
    }

    private static Section setting(H2 title, Component... parts) {
        var section = new Section(title);
        section.add(parts);
        section.addClassName("config-setting");
        return section;
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The address of this screen for one terminal, for a link from the terminals screen. */
    static QueryParameters forTerminal(TerminalId terminal) {
        return QueryParameters.of("terminal", terminal.toString());
    }
}
