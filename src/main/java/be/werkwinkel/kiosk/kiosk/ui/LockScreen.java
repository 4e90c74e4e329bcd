package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.jspecify.annotations.Nullable;

/**
 * "Out of order" over the whole screen, with the message staff gave. While it shows, everything
 * else on the page is inert (no tap, no key, no focus reaches it), so a locked kiosk cannot be used
 * at all; the screens under it stay as they were and come back on unlock.
 */
final class LockScreen extends Div implements LocaleChangeObserver {

    /** Makes every other child of the page inert while the lock shows, and usable again after. */
    private static final String INERT_OTHERS = """
            const lock = $0;
            for (const other of document.body.children) {
              if (other !== lock) { other.inert = $1; }
            }""";

    private final H1 heading = new H1();
    private final Paragraph message = new Paragraph();
    private boolean locked;

    LockScreen() {
        setId("kiosk-lock");
        addClassName("kiosk-lock");
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-modal", "true");
        heading.setId("kiosk-lock-heading");
        message.setId("kiosk-lock-message");
        getElement().setAttribute("aria-labelledby", "kiosk-lock-heading");
        getElement().setAttribute("aria-describedby", "kiosk-lock-message");
        var icon = VaadinIcon.BAN.create();
        icon.addClassName("kiosk-lock-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, heading, message);
        setVisible(false);
    }

    void show(@Nullable String text) {
        var lock = text != null;
        message.setText(lock ? text : "");
        setVisible(lock);
        if (lock || locked) { // a page that was never locked keeps its own inert elements alone
            getElement().executeJs(INERT_OTHERS, getElement(), lock);
        }
        locked = lock;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("lock.title"));
    }
}
