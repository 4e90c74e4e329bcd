package be.werkwinkel.kiosk.appointment.ui.staff;

import be.werkwinkel.kiosk.appointment.AgendaEntry;
import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentStatus;
import be.werkwinkel.kiosk.appointment.Consultant;
import be.werkwinkel.kiosk.appointment.SharedDocument;
import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.base.ui.StaffFields;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.StoredDocument;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A consultant's agenda by day or by week (a staff member linked to a consultant sees their own
 * first): every appointment with its time, type, site, contact, status and a warning when the
 * consultant is absent or the site closed by now. A booked appointment is marked attended,
 * no-show or cancelled here. Documents the visitor shared open only for the appointment's own
 * consultant (the service decides; each attempt is recorded there and in the staff audit log).
 */
@Route(StaffScreens.PATH + "/agenda")
@Menu(title = "appointment.staff.agenda.menu", order = 10, icon = "vaadin:calendar-clock")
@RolesAllowed(StaffScreens.STAFF)
public class AgendaView extends Section implements LocaleChangeObserver, HasDynamicTitle {

    enum Span {
        DAY, WEEK
    }

    private final AppointmentAdministration administration;
    private final StaffAudit audit;
    private final String staff;
    private final H1 heading = new H1();
    private final ComboBox<Consultant> consultant = new ComboBox<>();
    private final DatePicker day;
    private final RadioButtonGroup<Span> span = StaffFields.choice("", value -> getTranslation(
            "appointment.staff.agenda.span." + value.name()));
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private final Paragraph period = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final Grid<AgendaEntry> grid = new Grid<>();

    public AgendaView(AppointmentAdministration administration, StaffAudit audit, AuthenticationContext authentication,
            Clock clock) {
        this.administration = administration;
        this.audit = audit;
        this.staff = authentication.getPrincipalName().orElse("");
        addClassName("staff-page");
        day = StaffFields.datePicker("", UI.getCurrent().getLocale());
        day.setId("agenda-day");
        day.setValue(LocalDate.now(clock));
        consultant.setId("agenda-consultant");
        consultant.setItems(administration.allConsultants());
        consultant.setItemLabelGenerator(Consultant::name);
        consultant.setValue(administration.consultantOfStaff(staff)
                .or(() -> administration.allConsultants().stream().filter(c -> c.details().active()).findFirst())
                .orElse(null));
        span.setId("agenda-span");
        span.setItems(Span.values());
        span.setValue(Span.DAY);
        previous.setId("agenda-previous");
        next.setId("agenda-next");
        previous.addClickListener(click -> step(-1));
        next.addClickListener(click -> step(1));
        consultant.addValueChangeListener(change -> refresh());
        day.addValueChangeListener(change -> refresh());
        span.addValueChangeListener(change -> refresh());
        grid.setId("agenda-grid");
        empty.setId("agenda-empty");
        period.setId("agenda-period");
        var filters = new Div(consultant, day, span, previous, next);
        filters.addClassName("staff-filters");
        add(heading, filters, period, empty, grid);
    }

    private void step(int direction) {
        var current = day.getValue() == null ? LocalDate.now() : day.getValue();
        day.setValue(current.plusDays((long) direction * (span.getValue() == Span.WEEK ? 7 : 1)));
    }

    private void refresh() {
        var chosen = consultant.getValue();
        var shown = day.getValue();
        if (chosen == null || shown == null) {
            grid.setItems(List.of());
            empty.setVisible(true);
            period.setText("");
            return;
        }
        List<AgendaEntry> entries;
        var format = StaffTexts.day(getLocale());
        if (span.getValue() == Span.WEEK) {
            var monday = shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            entries = administration.agendaOfConsultant(chosen.id(), monday, monday.plusDays(6));
            period.setText(getTranslation("appointment.staff.agenda.week", format.format(monday),
                    format.format(monday.plusDays(6))));
        } else {
            entries = administration.dayOfConsultant(chosen.id(), shown);
            period.setText(format.format(shown));
        }
        empty.setVisible(entries.isEmpty());
        grid.setItems(entries);
    }

    /** Marks a booked appointment; refused changes (too early for attended, not booked) are said so. */
    void mark(AgendaEntry entry, AppointmentStatus status) {
        var target = entry.booking().id().value().toString();
        try {
            administration.mark(RequestId.random(), entry.booking().id(), status, staff);
            audit.record(staff, "APPOINTMENT_MARKED", target, StaffAudit.Result.DONE, status.name());
            StaffTexts.saved(this);
        } catch (AppointmentProblem problem) {
            audit.record(staff, "APPOINTMENT_MARKED", target, StaffAudit.Result.REFUSED,
                    status + ": " + problem.reason());
            StaffTexts.refused(this, problem);
        }
        refresh();
    }

    /** Opens a shared document for this staff member, if they are the appointment's consultant. */
    void open(AgendaEntry entry, SharedDocument shared) {
        var target = entry.booking().id().value().toString();
        StoredDocument document;
        try {
            document = administration.openSharedDocument(entry.booking().id(), shared.document(), staff);
            audit.record(staff, "SHARED_DOCUMENT_OPENED", target, StaffAudit.Result.DONE, null);
        } catch (AppointmentProblem problem) {
            audit.record(staff, "SHARED_DOCUMENT_OPENED", target, StaffAudit.Result.REFUSED, problem.reason().name());
            StaffTexts.refused(this, problem);
            return;
        }
        var summary = document.summary();
        var bytes = document.content().bytes();
        var dialog = new Dialog(summary.name());
        dialog.setId("agenda-document");
        var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), summary.name(), document.content().mediaType(), bytes.length)),
                getTranslation("appointment.staff.agenda.download"));
        download.setId("agenda-document-download");
        download.getElement().setAttribute("download", true);
        var close = new Button(getTranslation("admin.cancel"), click -> dialog.close());
        dialog.add(new Paragraph(getTranslation("appointment.staff.agenda.documentNote")), download);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Div actions(AgendaEntry entry) {
        var actions = new Div();
        var id = entry.booking().id().value().toString();
        if (entry.booking().status() == AppointmentStatus.BOOKED) {
            for (var status : List.of(AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED)) {
                var button = new Button(getTranslation("appointment.staff.agenda.mark." + status.name()),
                        click -> mark(entry, status));
                button.setId("agenda-mark-" + status.name().toLowerCase(Locale.ROOT) + "-" + id);
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(button);
            }
        }
        var mine = Objects.equals(consultant.getValue() == null ? null
                : consultant.getValue().details().staffUsername(), staff);
        var number = 0;
        for (var shared : entry.sharedDocuments()) {
            number++;
            var button = new Button(getTranslation("appointment.staff.agenda.openDocument", number),
                    click -> open(entry, shared));
            button.setId("agenda-document-" + id + "-" + number);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setEnabled(mine);
            actions.add(button);
        }
        return actions;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        var language = StaffTexts.language(getLocale());
        heading.setText(getTranslation("appointment.staff.agenda.heading"));
        consultant.setLabel(getTranslation("appointment.staff.agenda.consultant"));
        day.setLabel(getTranslation("appointment.staff.agenda.day"));
        day.setLocale(event.getLocale());
        span.setLabel(getTranslation("appointment.staff.agenda.span"));
        span.setItemLabelGenerator(value -> getTranslation("appointment.staff.agenda.span." + value.name()));
        previous.setAriaLabel(getTranslation("appointment.staff.agenda.previous"));
        next.setAriaLabel(getTranslation("appointment.staff.agenda.next"));
        empty.setText(getTranslation("appointment.staff.agenda.empty"));
        var shortDay = StaffTexts.shortDay(event.getLocale());
        grid.removeAllColumns();
        grid.addColumn(entry -> shortDay.format(entry.booking().start()) + " "
                + StaffTexts.TIME.format(entry.booking().start()) + "–" + StaffTexts.TIME.format(entry.booking().end()))
                .setHeader(getTranslation("appointment.staff.agenda.when")).setAutoWidth(true);
        grid.addColumn(entry -> entry.booking().type().name().in(language))
                .setHeader(getTranslation("appointment.staff.agenda.type")).setAutoWidth(true);
        grid.addColumn(entry -> entry.booking().site().name())
                .setHeader(getTranslation("appointment.staff.agenda.site")).setAutoWidth(true);
        grid.addColumn(entry -> entry.contactName() + contact(entry))
                .setHeader(getTranslation("appointment.staff.agenda.visitor")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("appointment.staff.status." + entry.booking().status().name())
                + (entry.conflict() ? " – " + getTranslation("appointment.staff.agenda.conflict") : ""))
                .setHeader(getTranslation("appointment.staff.agenda.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.staff.actions")).setAutoWidth(true);
        refresh();
    }

    private static String contact(AgendaEntry entry) {
        var ways = new StringBuilder();
        if (entry.phone() != null) {
            ways.append(", ").append(entry.phone());
        }
        if (entry.email() != null) {
            ways.append(", ").append(entry.email());
        }
        return ways.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.staff.agenda.menu") + " – " + getTranslation("admin.title");
    }
}
