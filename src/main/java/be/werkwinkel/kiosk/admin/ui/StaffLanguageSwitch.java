package be.werkwinkel.kiosk.admin.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;

/**
 * Nederlands, Français, English for staff. The choice is the session's: it holds on every staff
 * screen and through the sign-in, and it is independent of the kiosk's visitor language.
 */
class StaffLanguageSwitch extends Div {

    StaffLanguageSwitch() {
        addClassName("staff-languages");
        getElement().setAttribute("role", "group");
        for (var language : KioskLanguage.values()) {
            var button = new Button(language.nativeName(), click -> choose(language));
            button.setId("staff-language-" + language.code());
            button.getElement().setAttribute("lang", language.code());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(button);
        }
        addAttachListener(attach -> mark(KioskLanguage.of(attach.getUI().getLocale())));
    }

    private void choose(KioskLanguage language) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(language.locale());
        }
        UI.getCurrent().setLocale(language.locale());
        mark(language);
    }

    private void mark(KioskLanguage chosen) {
        getChildren().forEach(child -> child.getElement().setAttribute("aria-pressed",
                String.valueOf(child.getId().orElse("").equals("staff-language-" + chosen.code()))));
    }
}
