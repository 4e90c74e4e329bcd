package be.werkwinkel.kiosk.appointment.ui.staff;

import be.werkwinkel.kiosk.appointment.Absence;
import be.werkwinkel.kiosk.appointment.AbsenceKind;
import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.Consultant;
import be.werkwinkel.kiosk.appointment.Consultant.ConsultantDetails;
import be.werkwinkel.kiosk.appointment.Site;
import be.werkwinkel.kiosk.appointment.WorkingPlan;
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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Consultants for administrators: who they are (linked to a staff account by its username, which
 * lets them open documents shared with their appointments), where they work and what they do,
 * their weekly working plans with breaks, and their absences (leave, sickness, training).
 */
@Route(StaffScreens.PATH + "/consultants")
@Menu(title = "appointment.staff.consultants.menu", order = 40, icon = "vaadin:user-card")
@RolesAllowed(StaffScreens.ADMIN)
public class ConsultantsView extends Section implements LocaleChangeObserver, HasDynamicTitle {

    private final AppointmentAdministration administration;
    private final StaffAudit audit;
    private final Clock clock;
    private final String staff;
    private final H1 heading = new H1();
    private final Button create = new Button();
    private final Grid<Consultant> grid = new Grid<>();

    public ConsultantsView(AppointmentAdministration administration, StaffAudit audit,
            AuthenticationContext authentication, Clock clock) {
        this.administration = administration;
        this.audit = audit;
        this.clock = clock;
        this.staff = authentication.getPrincipalName().orElse("");
        addClassName("staff-page");
        create.setId("consultants-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> edit(null));
        grid.setId("consultants-grid");
        add(heading, create, grid);
        grid.setItems(administration.allConsultants());
    }

    void edit(@Nullable Consultant consultant) {
        var details = consultant == null ? new ConsultantDetails("", Set.of("nl"), Set.of(), Set.of(), null, true)
                : consultant.details();
        var language = StaffTexts.language(getLocale());
        var dialog = new Dialog(getTranslation(consultant == null ? "appointment.staff.consultants.create"
                : "appointment.staff.consultants.edit"));
        var name = new TextField(getTranslation("appointment.staff.consultants.name"));
        name.setId("consultant-name");
        name.setValue(details.name());
        var languages = new TextField(getTranslation("appointment.staff.consultants.languages"));
        languages.setId("consultant-languages");
        languages.setHelperText(getTranslation("appointment.staff.consultants.languages.help"));
        languages.setValue(String.join(", ", details.languages().stream().sorted().toList()));
        var allSites = administration.allSites();
        var sites = StaffFields.<Site>multiSelect(getTranslation("appointment.staff.consultants.sites"), Site::name);
        sites.setId("consultant-sites");
        sites.setItems(allSites);
        sites.setValue(allSites.stream().filter(site -> details.sites().contains(site.id())).collect(Collectors.toSet()));
        var allTypes = administration.allTypes();
        var types = StaffFields.<AppointmentType>multiSelect(getTranslation("appointment.staff.consultants.types"),
                type -> type.name().in(language));
        types.setId("consultant-types");
        types.setItems(allTypes);
        types.setValue(allTypes.stream().filter(type -> details.types().contains(type.id())).collect(Collectors.toSet()));
        var username = new TextField(getTranslation("appointment.staff.consultants.staffUsername"));
        username.setId("consultant-staff-username");
        username.setHelperText(getTranslation("appointment.staff.consultants.staffUsername.help"));
        username.setValue(details.staffUsername() == null ? "" : details.staffUsername());
        var active = new Checkbox(getTranslation("appointment.staff.active"), details.active());
        active.setId("consultant-active");
        var save = new Button(getTranslation("admin.save"), click -> {
            var action = consultant == null ? "CONSULTANT_CREATED" : "CONSULTANT_CHANGED";
            try {
                var codes = Arrays.stream(languages.getValue().split("[,; ]+")).filter(code -> !code.isBlank())
                        .collect(Collectors.toSet());
                var saved = administration.saveConsultant(consultant == null ? null : consultant.id(),
                        new ConsultantDetails(name.getValue(), codes,
                                sites.getValue().stream().map(Site::id).collect(Collectors.toSet()),
                                types.getValue().stream().map(AppointmentType::id).collect(Collectors.toSet()),
                                username.getValue(), active.getValue()));
                audit.done(staff, action, saved.id().value().toString());
                dialog.close();
                grid.setItems(administration.allConsultants());
                StaffTexts.saved(this);
            } catch (AppointmentProblem problem) {
                audit.record(staff, action, consultant == null ? null : consultant.id().value().toString(),
                        StaffAudit.Result.REFUSED, problem.reason().name());
                StaffTexts.refused(this, problem);
            }
        });
        save.setId("consultant-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, languages, sites, types, username, active));
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    void plans(Consultant consultant) {
        var dialog = new Dialog(getTranslation("appointment.staff.plans.heading", consultant.name()));
        dialog.setWidth("min(70rem, 95vw)");
        var sitesById = administration.allSites().stream().collect(Collectors.toMap(Site::id, Function.identity()));
        var list = new Grid<WorkingPlan>();
        list.setId("plans-grid");
        list.setAllRowsVisible(true);
        var format = StaffTexts.shortDay(getLocale());
        Runnable reload = () -> list.setItems(administration.plans(consultant.id()));
        list.addColumn(plan -> plan.day().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("appointment.staff.plans.day"));
        list.addColumn(plan -> sitesById.containsKey(plan.site()) ? sitesById.get(plan.site()).name() : "")
                .setHeader(getTranslation("appointment.staff.plans.site"));
        list.addColumn(plan -> StaffTexts.TIME.format(plan.from()) + "–" + StaffTexts.TIME.format(plan.until()))
                .setHeader(getTranslation("appointment.staff.plans.hours"));
        list.addColumn(plan -> plan.breaks().stream().map(b -> StaffTexts.TIME.format(b.from()) + "-"
                + StaffTexts.TIME.format(b.until())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("appointment.staff.plans.breaks"));
        list.addColumn(plan -> format.format(plan.validFrom()) + " – "
                + (plan.validUntil() == null ? "…" : format.format(plan.validUntil())))
                .setHeader(getTranslation("appointment.staff.plans.valid"));
        list.addComponentColumn(plan -> {
            var remove = new Button(getTranslation("appointment.staff.remove"), click -> {
                administration.removePlan(plan.id());
                audit.done(staff, "WORKING_PLAN_REMOVED", consultant.id().value() + " " + plan.day());
                reload.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setHeader(getTranslation("admin.staff.actions"));
        reload.run();

        var day = new ComboBox<DayOfWeek>(getTranslation("appointment.staff.plans.day"));
        day.setId("plan-day");
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(value -> value.getDisplayName(TextStyle.FULL, getLocale()));
        var site = new ComboBox<Site>(getTranslation("appointment.staff.plans.site"));
        site.setId("plan-site");
        site.setItems(consultant.details().sites().stream().map(sitesById::get).filter(s -> s != null).toList());
        site.setItemLabelGenerator(Site::name);
        var from = StaffFields.timePicker(getTranslation("appointment.staff.plans.from"), getLocale());
        from.setId("plan-from");
        var until = StaffFields.timePicker(getTranslation("appointment.staff.plans.until"), getLocale());
        until.setId("plan-until");
        var breaks = new TextField(getTranslation("appointment.staff.plans.breaks"), "",
                getTranslation("appointment.staff.plans.breaks.placeholder"));
        breaks.setId("plan-breaks");
        var validFrom = StaffFields.datePicker(getTranslation("appointment.staff.plans.validFrom"), getLocale());
        validFrom.setId("plan-valid-from");
        validFrom.setValue(LocalDate.now(clock));
        var validUntil = StaffFields.datePicker(getTranslation("appointment.staff.plans.validUntil"), getLocale());
        validUntil.setId("plan-valid-until");
        var add = new Button(getTranslation("appointment.staff.add"), click -> {
            if (day.getValue() == null || site.getValue() == null || from.getValue() == null || until.getValue() == null
                    || validFrom.getValue() == null) {
                StaffTexts.refused(this, new AppointmentProblem(AppointmentProblem.Reason.PLAN_TIMES_INVALID));
                return;
            }
            List<WorkingPlan.Break> pauses;
            try {
                pauses = OpeningHours.parse(breaks.getValue()).ranges().stream()
                        .map(range -> new WorkingPlan.Break(range.from(), range.until())).toList();
            } catch (IllegalArgumentException wrong) {
                StaffTexts.refused(this, new AppointmentProblem(AppointmentProblem.Reason.PLAN_TIMES_INVALID));
                return;
            }
            try {
                administration.savePlan(null, consultant.id(), site.getValue().id(), day.getValue(), from.getValue(),
                        until.getValue(), pauses, validFrom.getValue(), validUntil.getValue());
                audit.done(staff, "WORKING_PLAN_ADDED", consultant.id().value() + " " + day.getValue());
                reload.run();
                StaffTexts.saved(this);
            } catch (AppointmentProblem problem) {
                audit.record(staff, "WORKING_PLAN_ADDED", consultant.id().value().toString(), StaffAudit.Result.REFUSED,
                        problem.reason().name());
                StaffTexts.refused(this, problem);
            }
        });
        add.setId("plan-add");
        var adding = new Div(day, site, from, until, breaks, validFrom, validUntil, add);
        adding.addClassName("staff-filters");
        dialog.add(list, adding);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()));
        dialog.open();
    }

    void absences(Consultant consultant) {
        var dialog = new Dialog(getTranslation("appointment.staff.absences.heading", consultant.name()));
        dialog.setWidth("min(70rem, 95vw)");
        var list = new Grid<Absence>();
        list.setId("absences-grid");
        list.setAllRowsVisible(true);
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        Runnable reload = () -> list.setItems(administration.absences(consultant.id(), LocalDate.now(clock)));
        list.addColumn(absence -> getTranslation("appointment.staff.absences.kind." + absence.kind().name()))
                .setHeader(getTranslation("appointment.staff.absences.kind"));
        list.addColumn(absence -> format.format(absence.from())).setHeader(getTranslation("appointment.staff.absences.from"));
        list.addColumn(absence -> format.format(absence.until())).setHeader(getTranslation("appointment.staff.absences.until"));
        list.addColumn(Absence::note).setHeader(getTranslation("appointment.staff.absences.note"));
        list.addComponentColumn(absence -> {
            var remove = new Button(getTranslation("appointment.staff.remove"), click -> {
                administration.removeAbsence(absence.id());
                audit.done(staff, "ABSENCE_REMOVED", consultant.id().value() + " " + absence.from());
                reload.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setHeader(getTranslation("admin.staff.actions"));
        reload.run();
        var kind = new ComboBox<AbsenceKind>(getTranslation("appointment.staff.absences.kind"));
        kind.setId("absence-kind");
        kind.setItems(AbsenceKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("appointment.staff.absences.kind." + value.name()));
        kind.setValue(AbsenceKind.LEAVE);
        var fromDay = StaffFields.datePicker(getTranslation("appointment.staff.absences.from"), getLocale());
        fromDay.setId("absence-from-day");
        var fromTime = StaffFields.timePicker(getTranslation("appointment.staff.absences.fromTime"), getLocale());
        fromTime.setId("absence-from-time");
        fromTime.setValue(LocalTime.MIDNIGHT);
        var untilDay = StaffFields.datePicker(getTranslation("appointment.staff.absences.until"), getLocale());
        untilDay.setId("absence-until-day");
        var untilTime = StaffFields.timePicker(getTranslation("appointment.staff.absences.untilTime"), getLocale());
        untilTime.setId("absence-until-time");
        untilTime.setHelperText(getTranslation("appointment.staff.absences.untilTime.help"));
        var note = new TextField(getTranslation("appointment.staff.absences.note"));
        note.setId("absence-note");
        var add = new Button(getTranslation("appointment.staff.add"), click -> {
            if (kind.getValue() == null || fromDay.getValue() == null || untilDay.getValue() == null) {
                StaffTexts.refused(this, new AppointmentProblem(AppointmentProblem.Reason.PERIOD_INVALID));
                return;
            }
            var start = LocalDateTime.of(fromDay.getValue(), fromTime.getValue() == null ? LocalTime.MIDNIGHT
                    : fromTime.getValue());
            // without a time the absence takes the last day whole
            var end = untilTime.getValue() == null ? untilDay.getValue().plusDays(1).atStartOfDay()
                    : LocalDateTime.of(untilDay.getValue(), untilTime.getValue());
            try {
                administration.addAbsence(consultant.id(), kind.getValue(), start, end, note.getValue());
                audit.done(staff, "ABSENCE_ADDED", consultant.id().value() + " " + start + ".." + end);
                reload.run();
                StaffTexts.saved(this);
            } catch (AppointmentProblem problem) {
                audit.record(staff, "ABSENCE_ADDED", consultant.id().value().toString(), StaffAudit.Result.REFUSED,
                        problem.reason().name());
                StaffTexts.refused(this, problem);
            }
        });
        add.setId("absence-add");
        var adding = new Div(kind, fromDay, fromTime, untilDay, untilTime, note, add);
        adding.addClassName("staff-filters");
        dialog.add(list, adding);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()));
        dialog.open();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("appointment.staff.consultants.heading"));
        create.setText(getTranslation("appointment.staff.consultants.create"));
        grid.removeAllColumns();
        grid.addColumn(Consultant::name).setHeader(getTranslation("appointment.staff.consultants.name")).setAutoWidth(true);
        grid.addColumn(consultant -> String.join(", ", new HashSet<>(consultant.details().languages()).stream()
                .sorted().toList())).setHeader(getTranslation("appointment.staff.consultants.languages")).setAutoWidth(true);
        grid.addColumn(consultant -> consultant.details().staffUsername() == null ? ""
                : consultant.details().staffUsername())
                .setHeader(getTranslation("appointment.staff.consultants.staffUsername")).setAutoWidth(true);
        grid.addColumn(consultant -> getTranslation(consultant.details().active() ? "appointment.staff.yes"
                : "appointment.staff.no")).setHeader(getTranslation("appointment.staff.active")).setAutoWidth(true);
        grid.addComponentColumn(consultant -> {
            var edit = new Button(getTranslation("admin.staff.editButton"), click -> edit(consultant));
            edit.getElement().setAttribute("aria-label", getTranslation("admin.staff.editButton") + " " + consultant.name());
            var plan = new Button(getTranslation("appointment.staff.plans.button"), click -> plans(consultant));
            plan.getElement().setAttribute("aria-label",
                    getTranslation("appointment.staff.plans.heading", consultant.name()));
            var away = new Button(getTranslation("appointment.staff.absences.button"), click -> absences(consultant));
            away.getElement().setAttribute("aria-label",
                    getTranslation("appointment.staff.absences.heading", consultant.name()));
            for (var button : List.of(edit, plan, away)) {
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            }
            return new Div(edit, plan, away);
        }).setHeader(getTranslation("admin.staff.actions")).setAutoWidth(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.staff.consultants.menu") + " – " + getTranslation("admin.title");
    }
}
