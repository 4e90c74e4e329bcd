package be.werkwinkel.kiosk.admin.ui;

import be.werkwinkel.kiosk.admin.StaffAccountProblem;
import be.werkwinkel.kiosk.admin.StaffAccounts;
import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.admin.StaffAccounts.StaffAccount;
import be.werkwinkel.kiosk.admin.staff.StaffSettings;
import be.werkwinkel.kiosk.base.StaffScreens;
import com.vaadin.flow.component.HasValidation;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;

/**
 * Staff accounts for administrators: make one, change name and role, disable or enable it, give it
 * a new password. Every save is checked by {@link StaffAccounts} and refused with a message next to
 * the field; nothing is changed then. An enabled account that is paused after wrong passwords shows
 * until when; enabling it again or a new password lifts the pause.
 */
@Route(StaffScreens.PATH + "/staff")
@Menu(title = "admin.staff.menu", order = 80, icon = "vaadin:users")
@RolesAllowed(StaffScreens.ADMIN)
public class StaffAccountsView extends Section implements LocaleChangeObserver, HasDynamicTitle {

    private final StaffAccounts accounts;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final StaffSettings settings;
    private final H1 heading = new H1();
    private final Button create = new Button();
    private final Grid<StaffAccount> grid = new Grid<>();

    public StaffAccountsView(StaffAccounts accounts, AuthenticationContext authentication, Clock clock,
            StaffSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
        this.authentication = authentication;
        this.clock = clock;
        addClassName("staff-page");
        create.setId("staff-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openCreate());
        grid.setId("staff-grid");
        add(heading, create, grid);
        grid.setItems(accounts.all());
    }

    private String actor() {
        return authentication.getPrincipalName().orElseThrow();
    }

    void openCreate() {
        var dialog = new Dialog(getTranslation("admin.staff.create"));
        var username = new TextField(getTranslation("admin.staff.username"));
        username.setId("staff-form-username");
        username.setHelperText(getTranslation("admin.staff.username.help"));
        var name = new TextField(getTranslation("admin.staff.name"));
        name.setId("staff-form-name");
        var role = roleBox();
        role.setValue(Role.STAFF);
        var password = new PasswordField(getTranslation("admin.staff.password"));
        password.setId("staff-form-password");
        var again = new PasswordField(getTranslation("admin.staff.passwordAgain"));
        again.setId("staff-form-password-again");
        var save = new Button(getTranslation("admin.save"), click -> {
            if (!password.getValue().equals(again.getValue())) {
                refuse(again, "admin.staff.passwordsDiffer");
                return;
            }
            try {
                accounts.create(actor(), username.getValue(), name.getValue(), role.getValue(), password.getValue());
                dialog.close();
                saved();
            } catch (StaffAccountProblem problem) {
                refuse(switch (problem.reason()) {
                    case USERNAME_INVALID, USERNAME_TAKEN -> username;
                    case NAME_INVALID -> name;
                    default -> password;
                }, problem.reason().messageKey());
            }
        });
        save.setId("staff-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(username, name, role, password, again));
        dialog.getFooter().add(cancel(dialog), save);
        dialog.open();
    }

    void openEdit(StaffAccount account) {
        var dialog = new Dialog(getTranslation("admin.staff.edit", account.username()));
        var name = new TextField(getTranslation("admin.staff.name"));
        name.setId("staff-form-name");
        name.setValue(account.displayName());
        var role = roleBox();
        role.setValue(account.role());
        var enabled = new Checkbox(getTranslation("admin.staff.enabled"), account.enabled());
        enabled.setId("staff-form-enabled");
        var save = new Button(getTranslation("admin.save"), click -> {
            try {
                accounts.update(actor(), account.id(), name.getValue(), role.getValue(), enabled.getValue());
                dialog.close();
                saved();
            } catch (StaffAccountProblem problem) {
                if (problem.reason() == StaffAccountProblem.Reason.NAME_INVALID) {
                    refuse(name, problem.reason().messageKey());
                } else {
                    refuse(role, problem.reason().messageKey());
                }
            }
        });
        save.setId("staff-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, role, enabled));
        dialog.getFooter().add(cancel(dialog), save);
        dialog.open();
    }

    void openPassword(StaffAccount account) {
        var dialog = new Dialog(getTranslation("admin.staff.newPassword", account.username()));
        var password = new PasswordField(getTranslation("admin.staff.password"));
        password.setId("staff-form-password");
        var again = new PasswordField(getTranslation("admin.staff.passwordAgain"));
        again.setId("staff-form-password-again");
        var save = new Button(getTranslation("admin.save"), click -> {
            if (!password.getValue().equals(again.getValue())) {
                refuse(again, "admin.staff.passwordsDiffer");
                return;
            }
            try {
                accounts.resetPassword(actor(), account.id(), password.getValue());
                dialog.close();
                saved();
            } catch (StaffAccountProblem problem) {
                refuse(password, problem.reason().messageKey());
            }
        });
        save.setId("staff-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(password, again));
        dialog.getFooter().add(cancel(dialog), save);
        dialog.open();
    }

    private ComboBox<Role> roleBox() {
        var role = new ComboBox<Role>(getTranslation("admin.staff.role"));
        role.setId("staff-form-role");
        role.setItems(Arrays.asList(Role.values()));
        role.setItemLabelGenerator(value -> getTranslation("admin.staff.role." + value.name()));
        role.setAllowCustomValue(false);
        role.setRequired(true);
        return role;
    }

    private Button cancel(Dialog dialog) {
        var cancel = new Button(getTranslation("admin.cancel"), click -> dialog.close());
        cancel.setId("staff-form-cancel");
        return cancel;
    }

    private void refuse(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key, settings.minPasswordLength()));
        field.setInvalid(true);
    }

    private void saved() {
        grid.setItems(accounts.all());
        Notification.show(getTranslation("admin.saved"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("admin.staff.heading"));
        create.setText(getTranslation("admin.staff.create"));
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(event.getLocale())
                .withZone(clock.getZone());
        grid.removeAllColumns();
        grid.addColumn(StaffAccount::username).setHeader(getTranslation("admin.staff.username")).setAutoWidth(true);
        grid.addColumn(StaffAccount::displayName).setHeader(getTranslation("admin.staff.name")).setAutoWidth(true);
        grid.addColumn(account -> getTranslation("admin.staff.role." + account.role().name()))
                .setHeader(getTranslation("admin.staff.role")).setAutoWidth(true);
        grid.addColumn(account -> !account.enabled() ? getTranslation("admin.staff.state.disabled")
                : account.pausedUntil() != null && account.pausedUntil().isAfter(clock.instant())
                        ? getTranslation("admin.staff.state.paused", when.format(account.pausedUntil()))
                        : getTranslation("admin.staff.state.active"))
                .setHeader(getTranslation("admin.staff.state")).setAutoWidth(true);
        grid.addColumn(account -> account.lastSignInAt() == null ? "" : when.format(account.lastSignInAt()))
                .setHeader(getTranslation("admin.staff.lastSignIn")).setAutoWidth(true);
        grid.addComponentColumn(account -> {
            var edit = new Button(getTranslation("admin.staff.editButton"), click -> openEdit(account));
            edit.setId("staff-edit-" + account.username());
            edit.getElement().setAttribute("aria-label", getTranslation("admin.staff.edit", account.username()));
            var password = new Button(getTranslation("admin.staff.passwordButton"), click -> openPassword(account));
            password.setId("staff-password-" + account.username());
            password.getElement().setAttribute("aria-label",
                    getTranslation("admin.staff.newPassword", account.username()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            password.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new Div(edit, password);
        }).setHeader(getTranslation("admin.staff.actions")).setAutoWidth(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.staff.menu") + " – " + getTranslation("admin.title");
    }
}
