package be.werkwinkel.kiosk.admin.ui;

import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.StorageAdministration;
import be.werkwinkel.kiosk.storage.StorageProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * A visitor forgot the PIN of Mijn documenten: after checking who they are, staff give a one-time
 * PIN, shown here once and kept nowhere; the visitor chooses a new PIN at the next sign-in (the
 * same as the {@code reset-pin} command). Audited in storage's own trail and in the staff audit log.
 */
@Route(StaffScreens.PATH + "/visitor-pin")
@Menu(title = "admin.pin.menu", order = 50, icon = "vaadin:key")
@RolesAllowed(StaffScreens.STAFF)
public class VisitorPinView extends Section implements LocaleChangeObserver, HasDynamicTitle {

    private final StorageAdministration storage;
    private final StaffAudit audit;
    private final AuthenticationContext authentication;
    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private final TextField username = new TextField();
    private final Checkbox identityChecked = new Checkbox();
    private final Button reset = new Button();
    private final Div outcome = new Div();

    public VisitorPinView(StorageAdministration storage, StaffAudit audit, AuthenticationContext authentication) {
        this.storage = storage;
        this.audit = audit;
        this.authentication = authentication;
        addClassName("staff-page");
        username.setId("pin-username");
        identityChecked.setId("pin-identity-checked");
        reset.setId("pin-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reset.addClickListener(click -> resetPin());
        outcome.setId("pin-outcome");
        outcome.getElement().setAttribute("role", "status");
        add(heading, explanation, username, identityChecked, reset, outcome);
    }

    private void resetPin() {
        outcome.removeAll();
        username.setInvalid(false);
        identityChecked.setInvalid(false);
        if (username.getValue().isBlank()) {
            username.setErrorMessage(getTranslation("admin.pin.usernameMissing"));
            username.setInvalid(true);
            return;
        }
        if (!identityChecked.getValue()) {
            identityChecked.setErrorMessage(getTranslation("admin.pin.identityMissing"));
            identityChecked.setInvalid(true);
            return;
        }
        var staff = authentication.getPrincipalName().orElseThrow();
        try {
            var pin = storage.resetPin(RequestId.random(), username.getValue().strip(), staff);
            audit.done(staff, "VISITOR_PIN_RESET", null);
            var shown = new Span(pin);
            shown.addClassName("staff-one-time-pin");
            shown.setId("pin-one-time");
            outcome.add(new Paragraph(getTranslation("admin.pin.done")), shown,
                    new Paragraph(getTranslation("admin.pin.handOver")));
            username.clear();
            identityChecked.clear();
        } catch (StorageProblem notFound) {
            audit.record(staff, "VISITOR_PIN_RESET", null, StaffAudit.Result.REFUSED, "no such account");
            username.setErrorMessage(getTranslation("admin.pin.notFound"));
            username.setInvalid(true);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("admin.pin.heading"));
        explanation.setText(getTranslation("admin.pin.explanation"));
        username.setLabel(getTranslation("admin.pin.username"));
        identityChecked.setLabel(getTranslation("admin.pin.identityChecked"));
        reset.setText(getTranslation("admin.pin.reset"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.pin.menu") + " – " + getTranslation("admin.title");
    }
}
