package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.DrivingLicence;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.EnumSet;
import java.util.Set;

/** Step 6: driving licences, each a big toggle with its letter and what it lets you drive. */
final class LicencesStep extends StepForm<Cv> {

    private final Set<DrivingLicence> chosen;
    private final Div toggles = new Div();

    LicencesStep(Cv cv) {
        chosen = cv.licences().isEmpty() ? EnumSet.noneOf(DrivingLicence.class) : EnumSet.copyOf(cv.licences());
        toggles.addClassName("cv-licences");
        toggles.setId("cv-licences");
        add(toggles);
        draw();
    }

    @Override
    Cv collect(Cv cv) {
        return cv.withLicences(chosen);
    }

    private void draw() {
        toggles.removeAll();
        for (var licence : DrivingLicence.values()) {
            var on = chosen.contains(licence);
            var letter = new Span(licence.name());
            letter.addClassName("cv-licence-letter");
            var what = new Span(getTranslation("cv.licence." + licence.name()));
            what.addClassName("cv-licence-what");
            var toggle = WizardParts.richButton(new Span(letter, what), click -> {
                if (!chosen.remove(licence)) {
                    chosen.add(licence);
                }
                draw();
            });
            toggle.setIcon(on ? VaadinIcon.CHECK_SQUARE_O.create() : VaadinIcon.THIN_SQUARE.create());
            toggle.addClassNames("cv-licence", "cv-toggle");
            toggle.getElement().getClassList().set("cv-toggle-on", on);
            toggle.getElement().setAttribute("aria-pressed", String.valueOf(on));
            toggle.setId("cv-licence-" + licence.name());
            toggles.add(toggle);
        }
    }
}
