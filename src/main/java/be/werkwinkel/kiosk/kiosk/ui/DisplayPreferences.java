package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serial;
import java.io.Serializable;

/**
 * The visitor's display choices (larger text, high contrast). They live in the Vaadin session, so
 * the wipe forgets them with everything else, and are applied to the page's root element because
 * all of Lumo's sizes are in rem.
 */
final class DisplayPreferences implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String LARGE_TEXT_CLASS = "kiosk-large-text";
    static final String HIGH_CONTRAST_CLASS = "kiosk-high-contrast";

    /** Pinch-zoom is allowed only while the visitor asked for larger text. */
    private static final String APPLY = """
            const root = document.documentElement;
            root.classList.toggle($0, $1);
            root.classList.toggle($2, $3);
            const viewport = document.querySelector('meta[name=viewport]');
            if (viewport) {
              viewport.content = $1
                ? 'width=device-width, initial-scale=1'
                : 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no';
            }""";

    private boolean largeText;
    private boolean highContrast;

    static DisplayPreferences of(VaadinSession session) {
        var preferences = session.getAttribute(DisplayPreferences.class);
        if (preferences == null) {
            preferences = new DisplayPreferences();
            session.setAttribute(DisplayPreferences.class, preferences);
        }
        return preferences;
    }

    boolean largeText() {
        return largeText;
    }

    boolean highContrast() {
        return highContrast;
    }

    void toggleLargeText(UI ui) {
        largeText = !largeText;
        applyTo(ui);
    }

    void toggleHighContrast(UI ui) {
        highContrast = !highContrast;
        applyTo(ui);
    }

    void applyTo(UI ui) {
        ui.getPage().executeJs(APPLY, LARGE_TEXT_CLASS, largeText, HIGH_CONTRAST_CLASS, highContrast);
    }
}
