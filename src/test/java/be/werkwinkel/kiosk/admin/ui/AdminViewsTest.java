package be.werkwinkel.kiosk.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts;
import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.admin.audit.StaffAuditLog;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.support.WithStaff;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The staff console's own screens, browserless, as an administrator, a staff member and nobody. */
@KioskTest
class AdminViewsTest extends SpringBrowserlessTest {

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffAuditLog audit;

    @Autowired
    PersonalStorage storage;

    @Test
    @WithStaff(role = Role.ADMIN)
    void an_administrator_makes_a_staff_account_and_it_is_audited() {
        var username = "jan" + unique();
        navigate(StaffAccountsView.class);

        test(button("staff-create")).click();
        test(field(TextField.class, "staff-form-username")).setValue(username);
        test(field(TextField.class, "staff-form-name")).setValue("Jan Janssens");
        test(field(PasswordField.class, "staff-form-password")).setValue("lang-genoeg-wachtwoord");
        test(field(PasswordField.class, "staff-form-password-again")).setValue("lang-genoeg-wachtwoord");
        test(button("staff-form-save")).click();

        assertThat(accounts.all()).anySatisfy(account -> {
            assertThat(account.username()).isEqualTo(username);
            assertThat(account.role()).isEqualTo(Role.STAFF);
            assertThat(account.enabled()).isTrue();
        });
        assertThat(audit.search(username, null, null)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("anna");
            assertThat(entry.action()).isEqualTo("STAFF_ACCOUNT_CREATED");
        });
        @SuppressWarnings("unchecked")
        Grid<StaffAccounts.StaffAccount> grid = $(Grid.class).id("staff-grid");
        assertThat(test(grid).size()).isEqualTo(accounts.all().size());
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void a_short_password_is_refused_next_to_the_field_and_nothing_is_made() {
        var username = "kort" + unique();
        navigate(StaffAccountsView.class);

        test(button("staff-create")).click();
        test(field(TextField.class, "staff-form-username")).setValue(username);
        test(field(TextField.class, "staff-form-name")).setValue("Kort Wachtwoord");
        test(field(PasswordField.class, "staff-form-password")).setValue("kort");
        test(field(PasswordField.class, "staff-form-password-again")).setValue("kort");
        test(button("staff-form-save")).click();

        var password = field(PasswordField.class, "staff-form-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Het wachtwoord moet minstens 12 tekens lang zijn.");
        assertThat(accounts.all()).noneMatch(account -> account.username().equals(username));
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void the_last_administrator_cannot_be_disabled() {
        var only = accounts.all().stream().filter(account -> account.role() == Role.ADMIN && account.enabled())
                .toList();
        if (only.isEmpty()) {
            accounts.create("test", "baas" + unique(), "De Baas", Role.ADMIN, "lang-genoeg-wachtwoord");
        }
        var admins = accounts.all().stream().filter(account -> account.role() == Role.ADMIN && account.enabled())
                .toList();
        // all but one administrator step down, then the last one may not
        for (var admin : admins.subList(1, admins.size())) {
            accounts.update("test", admin.id(), admin.displayName(), Role.STAFF, true);
        }
        var last = admins.getFirst();
        navigate(StaffAccountsView.class);

        @SuppressWarnings("unchecked")
        Grid<StaffAccounts.StaffAccount> grid = $(Grid.class).id("staff-grid");
        var row = accounts.all().stream().map(StaffAccounts.StaffAccount::id).toList().indexOf(last.id());
        var actions = test(grid).getCellComponent(row, 5);
        test(actions.getChildren().map(Button.class::cast)
                .filter(button -> button.getId().orElse("").equals("staff-edit-" + last.username()))
                .findFirst().orElseThrow()).click();
        test(field(Checkbox.class, "staff-form-enabled")).click();
        test(button("staff-form-save")).click();

        @SuppressWarnings("unchecked")
        ComboBox<Role> role = $(ComboBox.class).id("staff-form-role");
        assertThat(role.isInvalid()).isTrue();
        assertThat(role.getErrorMessage()).contains("laatste actieve beheerder");
        assertThat(accounts.all()).filteredOn(account -> account.id() == last.id())
                .singleElement().satisfies(account -> assertThat(account.enabled()).isTrue());
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void the_audit_log_finds_an_action_by_a_word() {
        var username = "zoek" + unique();
        accounts.create("anna", username, "Zoek Mij", Role.STAFF, "lang-genoeg-wachtwoord");
        navigate(AuditLogView.class);

        test(field(TextField.class, "audit-words")).setValue(username);
        test(button("audit-search")).click();

        @SuppressWarnings("unchecked")
        Grid<?> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("STAFF_ACCOUNT_CREATED");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Gedaan");
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void an_administrator_sees_every_console_screen_in_the_navigation() {
        navigate(AdminHomeView.class);

        assertThat(navigationPaths()).containsExactly("admin", "admin/agenda", "admin/terminals", "admin/configuration",
                "admin/appointment-types", "admin/sites", "admin/consultants", "admin/visitor-pin", "admin/statistics",
                "admin/content/vacancies", "admin/content/mail", "admin/staff", "admin/audit");
        assertThat($(Span.class).id("staff-who").getText())
                .isEqualTo("Aangemeld als Anna Peeters (anna)");
    }

    @Test
    @WithStaff
    void a_staff_member_sees_only_the_screens_of_staff() {
        navigate(AdminHomeView.class);

        assertThat(navigationPaths()).containsExactly("admin", "admin/agenda", "admin/terminals", "admin/configuration",
                "admin/visitor-pin", "admin/statistics");
    }

    @Test
    @WithStaff
    void a_staff_member_cannot_open_the_staff_accounts_or_the_audit_log() {
        navigate("admin/staff", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(StaffAccountsView.class);

        navigate("admin/audit", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
    }

    @Test
    void nobody_signed_in_gets_no_console_screen() {
        for (var path : new String[] {"admin", "admin/staff", "admin/audit", "admin/visitor-pin"}) {
            navigate(path, Component.class);
            assertThat(getCurrentView()).as(path).isNotInstanceOfAny(AdminHomeView.class, StaffAccountsView.class,
                    AuditLogView.class, VisitorPinView.class);
        }
    }

    @Test
    void the_sign_in_screen_is_open_to_everyone_and_speaks_the_chosen_language() {
        navigate(LoginView.class);

        test(button("staff-language-fr")).click();

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        assertThat($(H1.class).single().getText()).isEqualTo("Gestion Werkwinkel");
        assertThat($(LoginForm.class).single().getElement().getPropertyRaw("i18n").toString())
                .contains("Se connecter", "Nom d’utilisateur");
    }

    @Test
    @WithStaff
    void a_staff_member_gives_a_visitor_a_one_time_pin_after_checking_who_they_are() {
        var visitor = "bezoeker" + unique();
        storage.createAccount(RequestId.random(), visitor, "402913", null);
        navigate(VisitorPinView.class);

        test(field(TextField.class, "pin-username")).setValue(visitor);
        test(button("pin-reset")).click();
        assertThat(field(Checkbox.class, "pin-identity-checked").isInvalid()).isTrue();
        assertThat($(Span.class).withId("pin-one-time").exists()).isFalse();

        test(field(Checkbox.class, "pin-identity-checked")).click();
        test(button("pin-reset")).click();

        var pin = $(Span.class).id("pin-one-time").getText();
        assertThat(pin).matches("\\d{6}");
        assertThat(storage.signIn(visitor, pin, "admin-views-test")).isInstanceOf(SignIn.SignedIn.class);
        assertThat(audit.search("VISITOR_PIN_RESET", null, null)).anySatisfy(entry ->
                assertThat(entry.actor()).isEqualTo("anna"));
    }

    @Test
    @WithStaff
    void an_unknown_visitor_username_is_said_so_and_nothing_is_shown() {
        navigate(VisitorPinView.class);

        test(field(TextField.class, "pin-username")).setValue("niemand" + unique());
        test(field(Checkbox.class, "pin-identity-checked")).click();
        test(button("pin-reset")).click();

        assertThat(field(TextField.class, "pin-username").getErrorMessage())
                .isEqualTo("Er is geen account met deze gebruikersnaam.");
        assertThat($(Span.class).withId("pin-one-time").exists()).isFalse();
    }

    private List<String> navigationPaths() {
        return $(SideNav.class).id("staff-navigation").getItems().stream().map(SideNavItem::getPath).toList();
    }

    private Button button(String id) {
        return $(Button.class).id(id);
    }

    private <T extends Component> T field(Class<T> type, String id) {
        return $(type).id(id);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }
}
