package be.werkwinkel.kiosk.vacancy;

import be.werkwinkel.kiosk.kiosk.KioskFeature;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;

/**
 * A button on a vacancy's details screen that another feature puts there as a Spring bean, such
 * as "save to my documents" or "make an appointment about this vacancy", so that vacancy search
 * never imports those features. The details screen announces the save and appointment actions as
 * coming soon until a feature contributes an action with the same key.
 */
public interface VacancyAction {

    /** The key for saving a vacancy to the visitor's documents. */
    String SAVE = "vacancy.details.save";

    /** The key for making an appointment about a vacancy. */
    String APPOINTMENT = "vacancy.details.appointment";

    /**
     * The translation key of the button's label; the part after the last dot, prefixed with
     * {@code vacancy-}, is the button's id on the page.
     */
    String key();

    /** Where the button stands among the actions, smallest first (print always comes first). */
    int order();

    /** The button's icon. */
    VaadinIcon icon();

    /**
     * The feature the button leads into: while that feature is switched off on this kiosk, the
     * button is not there. By default the feature whose screens live in the action's own package
     * ({@link be.werkwinkel.kiosk.kiosk.FeatureScreen}).
     */
    default Optional<KioskFeature> feature() {
        return KioskFeature.ofScreen(getClass());
    }

    /** Runs on the UI thread when the visitor taps the button. */
    void perform(Vacancy vacancy);
}
