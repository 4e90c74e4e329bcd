package be.werkwinkel.kiosk.appointment.ui.staff;

import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.AppointmentType.AppointmentTypeDetails;
import be.werkwinkel.kiosk.appointment.LocalizedText;
import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.base.ui.StaffFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
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
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Appointment types for administrators: what visitors can come for, with duration, buffer and what to bring. */
@Route(StaffScreens.PATH + "/appointment-types")
@Menu(title = "appointment.staff.types.menu", order = 20, icon = "vaadin:clipboard-text")
@RolesAllowed(StaffScreens.ADMIN)
public class AppointmentTypesView extends Section implements LocaleChangeObserver, HasDynamicTitle {

    private final AppointmentAdministration administration;
    private final StaffAudit audit;
    private final String staff;
    private final H1 heading = new H1();
    private final Button create = new Button();
    private final Grid<AppointmentType> grid = new Grid<>();

    public AppointmentTypesView(AppointmentAdministration administration, StaffAudit audit,
            AuthenticationContext authentication) {
        this.administration = administration;
        this.audit = audit;
        this.staff = authentication.getPrincipalName().orElse("");
        addClassName("staff-page");
        create.setId("types-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> edit(null));
        grid.setId("types-grid");
        add(heading, create, grid);
        grid.setItems(administration.allTypes());
    }

    void edit(@Nullable AppointmentType type) {
        var details = type == null ? new AppointmentTypeDetails("", LocalizedText.empty(), LocalizedText.empty(),
                Duration.ofMinutes(30), Duration.ZERO, LocalizedText.empty(), "vaadin:user", 10, true) : type.details();
        var dialog = new Dialog(getTranslation(type == null ? "appointment.staff.types.create" : "appointment.staff.types.edit"));
        var code = new TextField(getTranslation("appointment.staff.types.code"));
        code.setId("type-code");
        code.setValue(details.code());
        code.setHelperText(getTranslation("appointment.staff.types.code.help"));
        var name = new LocalizedTextFields(this, "appointment.staff.types.name", "type-name", details.name());
        var description = new LocalizedTextFields(this, "appointment.staff.types.description", "type-description",
                details.description());
        var bring = new LocalizedTextFields(this, "appointment.staff.types.bring", "type-bring", details.whatToBring());
        var duration = StaffFields.integerField(getTranslation("appointment.staff.types.duration"), 5, 240);
        duration.setId("type-duration");
        duration.setStep(5);
        duration.setValue((int) details.duration().toMinutes());
        var buffer = StaffFields.integerField(getTranslation("appointment.staff.types.buffer"), 0, 60);
        buffer.setId("type-buffer");
        buffer.setStep(5);
        buffer.setValue((int) details.buffer().toMinutes());
        var icon = new TextField(getTranslation("appointment.staff.types.icon"));
        icon.setId("type-icon");
        icon.setValue(details.icon());
        var order = StaffFields.integerField(getTranslation("appointment.staff.types.order"), 0, 999);
        order.setId("type-order");
        order.setValue(details.sortOrder());
        var active = new Checkbox(getTranslation("appointment.staff.active"), details.active());
        active.setId("type-active");
        var save = new Button(getTranslation("admin.save"), click -> {
            if (duration.getValue() == null || buffer.getValue() == null || order.getValue() == null
                    || duration.isInvalid() || buffer.isInvalid() || order.isInvalid()) {
                StaffTexts.refused(this, new AppointmentProblem(AppointmentProblem.Reason.DURATION_INVALID));
                return;
            }
            try {
                var saved = administration.saveType(type == null ? null : type.id(), new AppointmentTypeDetails(
                        code.getValue(), name.value(), description.value(), Duration.ofMinutes(duration.getValue()),
                        Duration.ofMinutes(buffer.getValue()), bring.value(), icon.getValue(), order.getValue(),
                        active.getValue()));
                audit.done(staff, type == null ? "APPOINTMENT_TYPE_CREATED" : "APPOINTMENT_TYPE_CHANGED",
                        saved.details().code());
                dialog.close();
                grid.setItems(administration.allTypes());
                StaffTexts.saved(this);
            } catch (AppointmentProblem problem) {
                audit.record(staff, type == null ? "APPOINTMENT_TYPE_CREATED" : "APPOINTMENT_TYPE_CHANGED",
                        code.getValue(), StaffAudit.Result.REFUSED, problem.reason().name());
                StaffTexts.refused(this, problem);
            }
        });
        save.setId("type-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(code);
        name.fields().forEach(form::add);
        description.fields().forEach(form::add);
        bring.fields().forEach(form::add);
        form.add(duration, buffer, icon, order, active);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        var language = StaffTexts.language(getLocale());
        heading.setText(getTranslation("appointment.staff.types.heading"));
        create.setText(getTranslation("appointment.staff.types.create"));
        grid.removeAllColumns();
        grid.addColumn(type -> type.details().code()).setHeader(getTranslation("appointment.staff.types.code"))
                .setAutoWidth(true);
        grid.addColumn(type -> type.name().in(language)).setHeader(getTranslation("appointment.staff.types.name"))
                .setAutoWidth(true);
        grid.addColumn(type -> getTranslation("appointment.staff.minutes", type.duration().toMinutes()))
                .setHeader(getTranslation("appointment.staff.types.duration")).setAutoWidth(true);
        grid.addColumn(type -> getTranslation("appointment.staff.minutes", type.details().buffer().toMinutes()))
                .setHeader(getTranslation("appointment.staff.types.buffer")).setAutoWidth(true);
        grid.addColumn(type -> getTranslation(type.active() ? "appointment.staff.yes" : "appointment.staff.no"))
                .setHeader(getTranslation("appointment.staff.active")).setAutoWidth(true);
        grid.addComponentColumn(type -> {
            var edit = new Button(getTranslation("admin.staff.editButton"), click -> edit(type));
            edit.setId("type-edit-" + type.details().code());
            edit.getElement().setAttribute("aria-label",
                    getTranslation("admin.staff.editButton") + " " + type.name().in(language));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return edit;
        }).setHeader(getTranslation("admin.staff.actions")).setAutoWidth(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.staff.types.menu") + " – " + getTranslation("admin.title");
    }
}
