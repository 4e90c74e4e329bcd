package be.werkwinkel.kiosk.appointment.ui.staff;

import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.Coordinates;
import be.werkwinkel.kiosk.appointment.LocalizedText;
import be.werkwinkel.kiosk.appointment.Site;
import be.werkwinkel.kiosk.appointment.Site.SiteDetails;
import be.werkwinkel.kiosk.appointment.SiteClosure;
import be.werkwinkel.kiosk.appointment.SiteKind;
import be.werkwinkel.kiosk.base.OpeningHours;
import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.base.ui.StaffFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Sites for administrators: job shops and neighbourhood points, their opening hours and their closures. */
@Route(StaffScreens.PATH + "/sites")
@Menu(title = "appointment.staff.sites.menu", order = 30, icon = "vaadin:building")
@RolesAllowed(StaffScreens.ADMIN)
public class SitesView extends Section implements LocaleChangeObserver, HasDynamicTitle {

    private final AppointmentAdministration administration;
    private final StaffAudit audit;
    private final Clock clock;
    private final String staff;
    private final H1 heading = new H1();
    private final Button create = new Button();
    private final Grid<Site> grid = new Grid<>();

    public SitesView(AppointmentAdministration administration, StaffAudit audit, AuthenticationContext authentication,
            Clock clock) {
        this.administration = administration;
        this.audit = audit;
        this.clock = clock;
        this.staff = authentication.getPrincipalName().orElse("");
        addClassName("staff-page");
        create.setId("sites-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> edit(null));
        grid.setId("sites-grid");
        add(heading, create, grid);
        grid.setItems(administration.allSites());
    }

    void edit(@Nullable Site site) {
        var details = site == null ? null : site.details();
        var dialog = new Dialog(getTranslation(site == null ? "appointment.staff.sites.create" : "appointment.staff.sites.edit"));
        var kind = new ComboBox<SiteKind>(getTranslation("appointment.staff.sites.kind"));
        kind.setId("site-kind");
        kind.setItems(SiteKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("appointment.staff.sites.kind." + value.name()));
        kind.setValue(details == null ? SiteKind.JOB_SHOP : details.kind());
        var name = field("appointment.staff.sites.name", "site-name", details == null ? "" : details.name());
        var street = field("appointment.staff.sites.street", "site-street", details == null ? "" : details.street());
        var postcode = field("appointment.staff.sites.postcode", "site-postcode", details == null ? "" : details.postcode());
        var municipality = field("appointment.staff.sites.municipality", "site-municipality",
                details == null ? "" : details.municipality());
        var latitude = field("appointment.staff.sites.latitude", "site-latitude",
                details == null ? "" : String.valueOf(details.coordinates().latitude()));
        var longitude = field("appointment.staff.sites.longitude", "site-longitude",
                details == null ? "" : String.valueOf(details.coordinates().longitude()));
        var hours = new EnumMap<DayOfWeek, TextField>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            var current = details == null ? "" : text(details.hoursOn(day));
            var field = new TextField(day.getDisplayName(TextStyle.FULL, getLocale()), current,
                    getTranslation("appointment.staff.sites.hours.placeholder"));
            field.setId("site-hours-" + day.name().toLowerCase(Locale.ROOT));
            hours.put(day, field);
        }
        var route = new LocalizedTextFields(this, "appointment.staff.sites.route", "site-route",
                details == null ? LocalizedText.empty() : details.routeHint());
        var active = new Checkbox(getTranslation("appointment.staff.active"), details == null || details.active());
        active.setId("site-active");
        var save = new Button(getTranslation("admin.save"), click -> {
            Map<DayOfWeek, OpeningHours> opening = new EnumMap<>(DayOfWeek.class);
            for (var entry : hours.entrySet()) {
                try {
                    var parsed = OpeningHours.parse(entry.getValue().getValue());
                    entry.getValue().setInvalid(false);
                    if (!parsed.closed()) {
                        opening.put(entry.getKey(), parsed);
                    }
                } catch (IllegalArgumentException wrong) {
                    entry.getValue().setErrorMessage(getTranslation("appointment.staff.sites.hours.invalid"));
                    entry.getValue().setInvalid(true);
                    return;
                }
            }
            var action = site == null ? "SITE_CREATED" : "SITE_CHANGED";
            try {
                var saved = administration.saveSite(site == null ? null : site.id(), new SiteDetails(kind.getValue(),
                        name.getValue(), street.getValue(), postcode.getValue(), municipality.getValue(),
                        coordinates(latitude.getValue(), longitude.getValue()), opening, route.value(),
                        active.getValue()));
                audit.done(staff, action, saved.id().value().toString());
                dialog.close();
                grid.setItems(administration.allSites());
                StaffTexts.saved(this);
            } catch (AppointmentProblem problem) {
                audit.record(staff, action, site == null ? null : site.id().value().toString(), StaffAudit.Result.REFUSED,
                        problem.reason().name());
                StaffTexts.refused(this, problem);
            }
        });
        save.setId("site-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(kind, name, street, postcode, municipality, latitude, longitude);
        hours.values().forEach(form::add);
        route.fields().forEach(form::add);
        form.add(active);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    void closures(Site site) {
        var dialog = new Dialog(getTranslation("appointment.staff.closures.heading", site.name()));
        var list = new Grid<SiteClosure>();
        list.setId("closures-grid");
        list.setAllRowsVisible(true);
        var format = StaffTexts.shortDay(getLocale());
        Runnable reload = () -> list.setItems(administration.closures(site.id(), LocalDate.now(clock)));
        list.addColumn(closure -> format.format(closure.from())).setHeader(getTranslation("appointment.staff.closures.from"));
        list.addColumn(closure -> format.format(closure.until())).setHeader(getTranslation("appointment.staff.closures.until"));
        list.addColumn(SiteClosure::reason).setHeader(getTranslation("appointment.staff.closures.reason"));
        list.addComponentColumn(closure -> {
            var remove = new Button(getTranslation("appointment.staff.remove"), click -> {
                administration.removeClosure(closure.id());
                audit.done(staff, "SITE_CLOSURE_REMOVED", site.id().value() + " " + closure.from() + ".." + closure.until());
                reload.run();
            });
            remove.setId("closure-remove-" + closure.from());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setHeader(getTranslation("admin.staff.actions"));
        reload.run();
        var from = StaffFields.datePicker(getTranslation("appointment.staff.closures.from"), getLocale());
        from.setId("closure-from");
        var until = StaffFields.datePicker(getTranslation("appointment.staff.closures.until"), getLocale());
        until.setId("closure-until");
        var reason = new TextField(getTranslation("appointment.staff.closures.reason"));
        reason.setId("closure-reason");
        var add = new Button(getTranslation("appointment.staff.add"), click -> {
            if (from.getValue() == null || until.getValue() == null) {
                StaffTexts.refused(this, new AppointmentProblem(AppointmentProblem.Reason.PERIOD_INVALID));
                return;
            }
            try {
                administration.addClosure(site.id(), from.getValue(), until.getValue(), reason.getValue());
                audit.done(staff, "SITE_CLOSURE_ADDED", site.id().value() + " " + from.getValue() + ".." + until.getValue());
                from.clear();
                until.clear();
                reason.clear();
                reload.run();
            } catch (AppointmentProblem problem) {
                audit.record(staff, "SITE_CLOSURE_ADDED", site.id().value().toString(), StaffAudit.Result.REFUSED,
                        problem.reason().name());
                StaffTexts.refused(this, problem);
            }
        });
        add.setId("closure-add");
        var adding = new Div(from, until, reason, add);
        adding.addClassName("staff-filters");
        dialog.add(list, adding);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()));
        dialog.open();
    }

    private TextField field(String key, String id, String value) {
        var field = new TextField(getTranslation(key));
        field.setId(id);
        field.setValue(value);
        return field;
    }

    private static Coordinates coordinates(String latitude, String longitude) {
        try {
            return new Coordinates(Double.parseDouble(latitude.strip().replace(',', '.')),
                    Double.parseDouble(longitude.strip().replace(',', '.')));
        } catch (NumberFormatException notANumber) {
            throw new AppointmentProblem(AppointmentProblem.Reason.COORDINATES_INVALID);
        }
    }

    private static String text(OpeningHours hours) {
        return hours.ranges().stream().map(range -> StaffTexts.TIME.format(range.from()) + "-"
                + StaffTexts.TIME.format(range.until())).collect(Collectors.joining(", "));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("appointment.staff.sites.heading"));
        create.setText(getTranslation("appointment.staff.sites.create"));
        grid.removeAllColumns();
        grid.addColumn(Site::name).setHeader(getTranslation("appointment.staff.sites.name")).setAutoWidth(true);
        grid.addColumn(site -> getTranslation("appointment.staff.sites.kind." + site.kind().name()))
                .setHeader(getTranslation("appointment.staff.sites.kind")).setAutoWidth(true);
        grid.addColumn(Site::addressLine).setHeader(getTranslation("appointment.staff.sites.address")).setAutoWidth(true);
        grid.addColumn(site -> getTranslation(site.active() ? "appointment.staff.yes" : "appointment.staff.no"))
                .setHeader(getTranslation("appointment.staff.active")).setAutoWidth(true);
        grid.addComponentColumn(site -> {
            var edit = new Button(getTranslation("admin.staff.editButton"), click -> edit(site));
            edit.getElement().setAttribute("aria-label", getTranslation("admin.staff.editButton") + " " + site.name());
            var closed = new Button(getTranslation("appointment.staff.closures.button"), click -> closures(site));
            closed.getElement().setAttribute("aria-label",
                    getTranslation("appointment.staff.closures.heading", site.name()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            closed.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new Div(edit, closed);
        }).setHeader(getTranslation("admin.staff.actions")).setAutoWidth(true);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.staff.sites.menu") + " – " + getTranslation("admin.title");
    }
}
